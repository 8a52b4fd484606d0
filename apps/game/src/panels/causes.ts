/** Lists of explained effects, each cause phrased and cited. */
import type { Effect, GameState, PartnerId, StateId } from '@c5plus/sim';
import { el, signed } from '../dom';
import { causeText, citationView, eventTitle, t } from '../i18n';

/** Event and card titles by id, for phrasing event causes. */
export function eventTitles(game: GameState): Map<string, string> {
  const titles = new Map<string, string>();
  for (const e of game.scenario.scripted) titles.set(e.id, eventTitle(e.citation, e.title));
  for (const c of game.scenario.deck) titles.set(c.id, c.title);
  return titles;
}

/** A citation: the document's title, the quoted words and the record referred to. */
export function citation(reference: string): HTMLElement {
  const view = citationView(reference);
  if (!view) return el('p', { class: 'citation' }, reference);
  return el(
    'figure',
    { class: 'citation' },
    el('blockquote', { lang: 'en' }, `“${view.quote}”`),
    el(
      'figcaption',
      {},
      t('result.citation', { document: view.document }),
      ' ',
      el('code', {}, reference),
    ),
  );
}

/** One list item per effect, largest first. */
export function causeList(effects: readonly Effect[], titles: Map<string, string>): HTMLElement {
  if (effects.length === 0) return el('p', { class: 'help' }, t('result.noCauses'));
  const list = el('ul', { class: 'causes' });
  for (const e of [...effects].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))) {
    list.append(
      el(
        'li',
        {},
        el('strong', {}, signed(e.delta, 2)),
        ' ',
        causeText(e.cause, titles),
        e.citation ? citation(e.citation) : null,
      ),
    );
  }
  return list;
}

/** The effects of a turn on one partner's attention, and on its suspicion of one state. */
export function partnerEffects(
  effects: readonly Effect[],
  partner: PartnerId,
  state: StateId,
): { attention: Effect[]; suspicion: Effect[] } {
  const attention: Effect[] = [];
  const suspicion: Effect[] = [];
  for (const e of effects) {
    const target = e.target;
    if (target.kind === 'attention' && target.partner === partner) attention.push(e);
    else if (target.kind === 'suspicion' && target.partner === partner && target.state === state)
      suspicion.push(e);
  }
  return { attention, suspicion };
}

/**
 * A number that opens to its causes: the value and the turn's change as the
 * summary, the explained effects (cited) inside, under a heading naming them.
 */
export function numberWithCauses(options: {
  readonly value: number;
  readonly effects: readonly Effect[];
  readonly titles: Map<string, string>;
  readonly year: number | undefined;
  readonly heading: string;
  readonly testId: string;
}): HTMLElement {
  const { value, effects, titles, year, heading, testId } = options;
  const change = effects.reduce((sum, e) => sum + e.delta, 0);
  const summary =
    year === undefined
      ? value.toFixed(0)
      : t('partnerCauses.change', { value: value.toFixed(0), change: signed(change), year });
  return el(
    'details',
    { class: 'number-causes', 'data-testid': testId },
    el('summary', {}, summary),
    year === undefined
      ? el('p', { class: 'help' }, t('partnerCauses.noTurn'))
      : el('div', {}, el('p', { class: 'causes-heading' }, heading), causeList(effects, titles)),
  );
}
