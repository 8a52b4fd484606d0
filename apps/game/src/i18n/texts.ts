/**
 * The dataset's and the scenario's own texts in the page's language: a
 * scenario's translation where it has one (else its own text, marked with the
 * language it is in), the dataset's Russian claims, and quoted passages shown
 * as what they are: the document's English words, or the project's
 * translation of them, never one passed off as the other.
 */
import { type Argument, type Citation, dataset, getSource } from '@c5plus/core';
import { type LocalizedScenario, localizeScenario, type Scenario, type TextIn } from '@c5plus/sim';
import type { Language } from '../storage/settings';

/** The scenario's texts in `lang`, each with the language it is really in. */
export function scenarioTexts(scenario: Scenario, lang: Language): LocalizedScenario {
  return localizeScenario(scenario, lang);
}

/** An argument's claim in `lang` (the dataset's Russian is the project's translation). */
export function claimText(argument: Argument, lang: Language): TextIn {
  return lang === 'ru'
    ? { text: argument.claimRu, language: 'ru' }
    : { text: argument.claim, language: 'en' };
}

/**
 * A quoted passage as a reader in `lang` gets it: the verbatim English, or in
 * Russian the project's translation with the English `original` beside it.
 */
export interface Passage {
  readonly text: string;
  readonly language: string;
  /** The document's own words, present when `text` is a translation. */
  readonly original?: string;
}

export function passage(citation: Citation, lang: Language): Passage {
  if (lang === 'ru' && citation.quoteRu !== undefined && citation.ruOrigin === 'translation')
    return { text: citation.quoteRu, language: 'ru', original: citation.quote };
  return { text: citation.quote, language: 'en' };
}

/** What a citation points to: the record's date (for an event), the document's title and the passage. */
export interface CitationView {
  readonly reference: string;
  readonly date: string | undefined;
  readonly document: string;
  readonly passage: Passage;
}

/** Any dataset record, `collection/id`, by its first citation; undefined if there is none. */
export function citationView(reference: string, lang: Language): CitationView | undefined {
  const [collection, id] = reference.split('/');
  const records = (dataset as unknown as Record<string, readonly unknown[] | undefined>)[
    collection ?? ''
  ] as readonly { id: string; date?: string; sources?: readonly Citation[] }[] | undefined;
  const record = records?.find((r) => r.id === id);
  const source = record?.sources?.[0];
  if (!record || !source || collection === 'sources') return undefined;
  return {
    reference,
    date: collection === 'events' ? record.date : undefined,
    document: getSource(source.source)?.title ?? source.source,
    passage: passage(source, lang),
  };
}
