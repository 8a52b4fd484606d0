/**
 * A scenario's texts in a reader's language: its translation where it has
 * one, otherwise its own text, each text with the language it is really in
 * (so a reader can mark it, e.g. `lang="en"` in a Russian page).
 */
import type { Scenario } from '../model';

/** A text and the language code of the words in it. */
export interface TextIn {
  readonly text: string;
  readonly language: string;
}

/** Everything a scenario says to a player, in one language where it can. */
export interface LocalizedScenario {
  readonly title: TextIn;
  readonly summary: TextIn;
  readonly lessons: readonly TextIn[];
  /** By objective id. */
  readonly objectives: Readonly<Record<string, TextIn>>;
  /** Scripted event titles, by event id (a reader may prefer the dataset's title). */
  readonly scripted: Readonly<Record<string, TextIn>>;
  /** Card titles and texts, by card id. */
  readonly deck: Readonly<Record<string, { readonly title: TextIn; readonly text: TextIn }>>;
}

/** The scenario's texts in `language`, each falling back to the scenario's own. */
export function localizeScenario(scenario: Scenario, language: string): LocalizedScenario {
  const own = scenario.language ?? 'en';
  const texts = language === own ? undefined : scenario.translations?.[language];
  const pick = (translated: string | undefined, original: string): TextIn =>
    translated === undefined ? { text: original, language: own } : { text: translated, language };
  return {
    title: pick(texts?.title, scenario.title),
    summary: pick(texts?.summary, scenario.summary),
    lessons: scenario.lessons.map((lesson, i) => pick(texts?.lessons?.[i], lesson)),
    objectives: Object.fromEntries(
      scenario.objectives.map((o) => [o.id, pick(texts?.objectives?.[o.id], o.text)]),
    ),
    scripted: Object.fromEntries(
      scenario.scripted.map((e) => [e.id, pick(texts?.scripted?.[e.id], e.title)]),
    ),
    deck: Object.fromEntries(
      scenario.deck.map((c) => {
        const card = texts?.deck?.[c.id];
        return [c.id, { title: pick(card?.title, c.title), text: pick(card?.text, c.text) }];
      }),
    ),
  };
}
