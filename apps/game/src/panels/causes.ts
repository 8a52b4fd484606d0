/** Lists of explained effects, each cause phrased and cited. */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type { Effect, GameState, PartnerId, StateId } from '@c5plus/sim';
import { el, signed } from '../dom';
import {
  causeText,
  citationView,
  eventTitle,
  language,
  type Passage,
  partnerName,
  scenarioTexts,
  stateName,
  t,
} from '../i18n';

/**
 * An event the sim makes up (a partner's attention shock `attention-away-<partner>`,
 * pressure `pressure-<partner>-<state>`) in the player's language; others keep `title`.
 */
export function chanceTitle(id: string, title: string): string {
  const pressure = /^pressure-(.+)-(KAZ|KGZ|TJK|TKM|UZB)$/.exec(id);
  if (pressure)
    return t('texts.pressure', {
      partner: partnerName(pressure[1] as PartnerId),
      state: stateName(pressure[2] as StateId),
    });
  const shock = /^attention-(away|toward)-(.+)$/.exec(id);
  if (!shock) return title;
  return t(`result.attentionShock.${shock[1]}`, { partner: partnerName(shock[2] as PartnerId) });
}

/**
 * The titles already made, by what they are made of: some sixty strings asked for at
 * every turn. Each turn's game comes back from the sim's worker with a copy of its
 * scenario, so the key is the scenario's events and cards, not the object.
 */
const titlesMade = new Map<string, Map<string, string>>();

/** Event and card titles by id, for phrasing event causes (the sim's own events included). */
export function eventTitles(game: GameState): Map<string, string> {
  const { scenario } = game;
  const key = JSON.stringify([
    language(),
    scenario.id,
    scenario.language,
    scenario.scripted.map((e) => [e.id, e.citation, e.title]),
    scenario.deck.map((c) => [c.id, c.title]),
    Object.entries(scenario.translations ?? {}).map(([lang, texts]) => [lang, texts?.deck]),
  ]);
  const made = titlesMade.get(key);
  if (made) return made;
  const titles = new Map<string, string>();
  titlesMade.set(key, titles);
  for (const e of scenario.scripted) titles.set(e.id, eventTitle(e.citation, e.title));
  const deck = scenarioTexts(scenario).deck;
  for (const c of scenario.deck) titles.set(c.id, deck[c.id]?.title.text ?? c.title);
  for (const p of PARTNER_IDS) {
    for (const way of ['away', 'toward'])
      titles.set(`attention-${way}-${p}`, chanceTitle(`attention-${way}-${p}`, ''));
    for (const s of STATE_IDS)
      titles.set(`pressure-${p}-${s}`, chanceTitle(`pressure-${p}-${s}`, ''));
  }
  return titles;
}

/**
 * A quoted passage: the document's English words, or the project's Russian
 * translation said to be one, with the English original a click away.
 */
export function quotation(passage: Passage): HTMLElement {
  const ru = passage.language === 'ru';
  const quote = el(
    'blockquote',
    { lang: passage.language },
    ru ? `«${passage.text}»` : `“${passage.text}”`,
  );
  if (passage.original === undefined) return quote;
  return el(
    'div',
    { class: 'quotation', 'data-translated': 'true' },
    quote,
    el(
      'details',
      { class: 'original' },
      el('summary', {}, t('texts.translatedQuote')),
      el('blockquote', { lang: 'en' }, `“${passage.original}”`),
    ),
  );
}

/** A citation: the document's title, the quoted words and the record referred to. */
export function citation(reference: string): HTMLElement {
  const view = citationView(reference);
  if (!view) return el('p', { class: 'citation' }, reference);
  return el(
    'figure',
    { class: 'citation' },
    quotation(view.passage),
    el(
      'figcaption',
      {},
      `${t('texts.source')} `,
      el('cite', { lang: 'en' }, view.document),
      ' ',
      el('code', {}, reference),
    ),
  );
}

/** How a number and its changes read: whole points by default; exposure as a percentage. */
export interface NumberFormat {
  readonly value: (value: number) => string;
  readonly change: (delta: number) => string;
  /** The change beside the number in a table, without its unit. */
  readonly brief: (delta: number) => string;
  /** The change as a screen reader names the number's button: as brief, with its unit. */
  readonly spoken: (delta: number) => string;
}

export const POINTS: NumberFormat = {
  value: (value) => value.toFixed(0),
  change: (delta) => signed(delta, 2),
  brief: (delta) => signed(delta, 1),
  spoken: (delta) => signed(delta, 1),
};

/** A share (0–1) as a percentage, its changes in percentage points. */
export const SHARE: NumberFormat = {
  value: (value) => `${(value * 100).toFixed(0)}%`,
  change: (delta) => t('partnerCauses.points', { value: signed(delta * 100, 1) }),
  brief: (delta) => signed(delta * 100, 1),
  spoken: (delta) => t('partnerCauses.points', { value: signed(delta * 100, 1) }),
};

/** One list item per effect, largest first. */
export function causeList(
  effects: readonly Effect[],
  titles: Map<string, string>,
  format: NumberFormat = POINTS,
): HTMLElement {
  if (effects.length === 0) return el('p', { class: 'help' }, t('result.noCauses'));
  const list = el('ul', { class: 'causes' });
  for (const e of [...effects].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))) {
    list.append(
      el(
        'li',
        {},
        el('strong', {}, format.change(e.delta)),
        ' ',
        causeText(e.cause, titles),
        e.citation ? citation(e.citation) : null,
      ),
    );
  }
  return list;
}

/**
 * The effects of a turn on one partner's attention, on its suspicion of one
 * state, and on that state's ties with it and exposure to it.
 */
export function partnerEffects(
  effects: readonly Effect[],
  partner: PartnerId,
  state: StateId,
): { attention: Effect[]; suspicion: Effect[]; ties: Effect[]; exposure: Effect[] } {
  const found = {
    attention: [] as Effect[],
    suspicion: [] as Effect[],
    ties: [] as Effect[],
    exposure: [] as Effect[],
  };
  for (const e of effects) {
    const target = e.target;
    if (target.kind === 'attention') {
      if (target.partner === partner) found.attention.push(e);
    } else if (
      target.kind === 'suspicion' ||
      target.kind === 'ties' ||
      target.kind === 'exposure'
    ) {
      if (target.partner === partner && target.state === state) found[target.kind].push(e);
    }
  }
  return found;
}

/**
 * A number that opens to its causes: a button in the number's cell and,
 * apart from it, the causes it shows and hides. The causes go wherever the
 * caller puts them (the partner table gives them a row of their own across
 * every column), so they read at the panel's width, not the cell's.
 */
export function numberWithCauses(options: {
  readonly value: number;
  readonly effects: readonly Effect[];
  readonly titles: Map<string, string>;
  readonly year: number | undefined;
  readonly heading: string;
  readonly testId: string;
  readonly format?: NumberFormat;
  /** Called when the causes are shown or hidden, e.g. to show or hide the row that holds them. */
  readonly onToggle?: () => void;
}): { readonly toggle: HTMLButtonElement; readonly causes: HTMLElement } {
  const { value, effects, titles, year, heading, testId, onToggle, format = POINTS } = options;
  const change = effects.reduce((sum, e) => sum + e.delta, 0);
  const causes = el(
    'section',
    { class: 'number-causes', id: testId, 'data-testid': testId, hidden: true },
    year === undefined
      ? el('p', { class: 'help' }, t('partnerCauses.noTurn'))
      : el(
          'div',
          {},
          el('p', { class: 'causes-heading' }, heading),
          causeList(effects, titles, format),
        ),
  );
  const toggle = el(
    'button',
    {
      type: 'button',
      class: 'number-toggle',
      'aria-expanded': 'false',
      'aria-controls': testId,
      'aria-label':
        year === undefined
          ? undefined
          : t('partnerCauses.change', {
              value: format.value(value),
              change: format.spoken(change),
              year,
            }),
      'data-testid': `${testId}-toggle`,
    },
    el('span', { class: 'value' }, format.value(value)),
    year === undefined ? null : el('span', { class: 'change' }, format.brief(change)),
  );
  toggle.addEventListener('click', () => {
    const open = causes.hidden;
    causes.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    onToggle?.();
  });
  return { toggle, causes };
}

/** Shows a number's causes (a click on a partner's map label opens them). */
export function openCauses(toggle: HTMLButtonElement): void {
  if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
}
