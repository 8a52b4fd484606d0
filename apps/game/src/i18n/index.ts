/**
 * The one localization layer: i18next with the English and Russian strings,
 * plus the names the dataset itself translates (states, capitals, partners,
 * events). Missing keys are collected so tests can fail on them.
 */

import type { Argument, Citation } from '@c5plus/core';
import { getEvent, getPartner, getPerson, getState, phases } from '@c5plus/core';
import type { Cause, EffectTarget, Issue, PartnerId, Reason, Scenario, StateId } from '@c5plus/sim';
import i18next, { type TOptions } from 'i18next';
import type { Language } from '../storage/settings';
import { en } from './en';
import { ru } from './ru';
import * as texts from './texts';

/** Keys asked for but absent, for the tests (`window.__missingKeys`). */
export const missingKeys: string[] = [];

await i18next.init({
  lng: 'en',
  fallbackLng: false,
  resources: { en: { translation: en }, ru: { translation: ru } },
  interpolation: { escapeValue: false },
  saveMissing: true,
  missingKeyHandler: (_lngs, _ns, key) => missingKeys.push(key),
  returnNull: false,
});

/** A string in the current language. */
export function t(key: string, options?: TOptions): string {
  return i18next.t(key, options ?? {}) as string;
}

export function language(): Language {
  return i18next.language === 'ru' ? 'ru' : 'en';
}

export async function setLanguage(lang: Language): Promise<void> {
  await i18next.changeLanguage(lang);
  document.documentElement.lang = lang;
}

const pick = (text: { en: string; ru: string }) => (language() === 'ru' ? text.ru : text.en);

export const stateName = (id: StateId): string => {
  const s = getState(id);
  return s ? pick(s.name) : id;
};
export const capitalName = (id: StateId): string => {
  const s = getState(id);
  return s ? pick(s.capital) : id;
};
/** A state's profile from the dataset, in the page's language. */
export const stateProfile = (id: StateId): string => {
  const profile = getState(id)?.profile;
  return profile ? (language() === 'ru' ? profile.ru : profile.en) : '';
};

/** The phases of Japan's format (the dataset's only phased format) that overlap these years. */
export function phasesDuring(
  start: number,
  end: number,
): { years: string; name: string; summary: string }[] {
  return phases
    .filter((p) => p.years.start <= end && (p.years.end ?? Number.POSITIVE_INFINITY) >= start)
    .map((p) => ({
      years:
        p.years.end === undefined
          ? t('setup.phaseSince', { start: p.years.start })
          : t('common.years', { start: p.years.start, end: p.years.end }),
      name: language() === 'ru' ? p.nameRu : p.name,
      summary: language() === 'ru' ? p.summaryRu : p.summary,
    }));
}

export const partnerName = (id: PartnerId): string => {
  const p = getPartner(id);
  return p ? pick(p.name) : id;
};
export const issueName = (issue: Issue): string => t(`issue.${issue}`);
export const strategyName = (id: string): string =>
  id === 'human' ? t('strategy.human') : t(`strategy.${id}.name`);

/** A dataset event's title in the current language, falling back to the given title. */
export function eventTitle(citation: string | undefined, fallback: string): string {
  const id = citation?.startsWith('events/') ? citation.slice('events/'.length) : undefined;
  const event = id ? getEvent(id) : undefined;
  if (!event) return fallback;
  return language() === 'ru' ? event.titleRu : event.title;
}

export const personName = (id: string | undefined): string | undefined => {
  const person = id ? getPerson(id) : undefined;
  if (!person) return undefined;
  return language() === 'ru' ? person.nameRu : person.name;
};

/** Names the number an effect moved. */
export function targetText(target: EffectTarget): string {
  switch (target.kind) {
    case 'indicator':
      return t('target.indicator', {
        state: stateName(target.state),
        indicator: t(`indicator.${target.indicator}`),
      });
    case 'ties':
    case 'exposure':
      return t(`target.${target.kind}`, {
        state: stateName(target.state),
        partner: partnerName(target.partner),
      });
    case 'attention':
      return t('target.attention', { partner: partnerName(target.partner) });
    case 'suspicion':
      return t('target.suspicion', {
        partner: partnerName(target.partner),
        state: stateName(target.state),
      });
    case 'cohesion':
      return t('target.cohesion');
  }
}

/** Says why a number moved, in the current language (the sim's `describeCause` is English only). */
export function causeText(
  cause: Cause,
  eventTitles: ReadonlyMap<string, string> = new Map(),
): string {
  return t(`cause.${cause.code}`, {
    partner: cause.partner ? partnerName(cause.partner) : '',
    state: cause.state ? stateName(cause.state) : '',
    on: cause.issue ? t('cause.on', { issue: issueName(cause.issue) }) : '',
    event: cause.event ? (eventTitles.get(cause.event) ?? cause.event) : '',
  });
}

/** Says why a strategy chose what it chose. */
export function reasonText(reason: Reason): string {
  return t(`reason.${reason.code}`, {
    partner: reason.partner ? partnerName(reason.partner) : '',
    issue: reason.issue ? issueName(reason.issue) : '',
    strategy: reason.strategy ? strategyName(reason.strategy) : '',
    score: reason.score?.toFixed(1) ?? '',
  });
}

/** Every key path of a strings object, for the completeness test. */
export function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keyPaths(v as object, `${prefix}${k}.`),
  );
}

// --- Scenario and dataset texts in the page's language (quotes, claims, scenario translations) ---

export type { CitationView, Passage } from './texts';

/** A dataset record's first citation, its passage in the page's language. */
export const citationView = (reference: string) => texts.citationView(reference, language());
/** A scenario's texts in the page's language, each with the language it is in. */
export const scenarioTexts = (scenario: Scenario) => texts.scenarioTexts(scenario, language());
/** An argument's claim in the page's language. */
export const claimText = (argument: Argument) => texts.claimText(argument, language());
/** A quoted passage in the page's language: the English, or its marked translation. */
export const passage = (citation: Citation) => texts.passage(citation, language());
