/** Lists of explained effects, each cause phrased and cited. */
import type { Effect, GameState } from '@c5plus/sim';
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
