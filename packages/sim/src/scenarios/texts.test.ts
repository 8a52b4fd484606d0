import { dataset } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model';
import { loadScenario } from '../orchestration/load-scenario';
import { localizeScenario, scenarios } from '.';

const cyrillic = /[А-Яа-яЁё]/;
/** Latin words a Russian text may keep: names written in Latin in Russian too. */
const latinAllowed = /JICA|Boeing|CA\+JAD/g;

function russianProblems(where: string, text: string | undefined): string[] {
  if (text === undefined || text.trim() === '') return [`${where}: no Russian text`];
  if (!cyrillic.test(text)) return [`${where}: not Cyrillic: "${text}"`];
  if (/[A-Za-z]/.test(text.replace(latinAllowed, '')))
    return [`${where}: Latin letters (a look-alike С?) in "${text}"`];
  if (/"/.test(text)) return [`${where}: straight quotes; Russian uses «…»`];
  return [];
}

/** Whether a reference names a dataset event, whose Russian title the dataset gives. */
const citesEvent = (citation: string | undefined) =>
  !!citation?.startsWith('events/') && dataset.events.some((e) => `events/${e.id}` === citation);

describe('built-in scenarios in Russian', () => {
  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s has Russian for everything a player reads',
    (id, s) => {
      const ru = s.translations?.ru;
      const problems = [
        ...russianProblems(`${id}.title`, ru?.title),
        ...russianProblems(`${id}.summary`, ru?.summary),
        ...s.lessons.flatMap((_, i) => russianProblems(`${id}.lessons[${i}]`, ru?.lessons?.[i])),
        ...s.objectives.flatMap((o) =>
          russianProblems(`${id}.objectives.${o.id}`, ru?.objectives?.[o.id]),
        ),
        ...s.deck.flatMap((c) => [
          ...russianProblems(`${id}.deck.${c.id}.title`, ru?.deck?.[c.id]?.title),
          ...russianProblems(`${id}.deck.${c.id}.text`, ru?.deck?.[c.id]?.text),
        ]),
        ...s.scripted
          .filter((e) => !citesEvent(e.citation))
          .flatMap((e) => russianProblems(`${id}.scripted.${e.id}`, ru?.scripted?.[e.id])),
      ];
      expect(problems).toEqual([]);
      expect(ru?.lessons).toHaveLength(s.lessons.length);
    },
  );

  it('cite records whose quote the game shows has a Russian translation, marked as one', () => {
    const references = new Set(
      scenarios.flatMap((s) => [
        ...s.scripted.flatMap((e) => (e.citation ? [e.citation] : [])),
        ...s.deck.flatMap((c) => (c.citation ? [c.citation] : [])),
      ]),
    );
    const untranslated = [...references].filter((reference) => {
      const [collection, id] = reference.split('/');
      const records = (dataset as unknown as Record<string, readonly { id: string }[]>)[
        collection ?? ''
      ] as readonly { id: string; sources: readonly { quoteRu?: string; ruOrigin?: string }[] }[];
      const lead = records.find((r) => r.id === id)?.sources[0];
      return !lead?.quoteRu || lead.ruOrigin !== 'translation';
    });
    expect(untranslated).toEqual([]);
  });
});

describe('localizeScenario', () => {
  const launch = scenarios[0] as Scenario;

  it('gives the Russian where the scenario has it, marked as Russian', () => {
    const ru = localizeScenario(launch, 'ru');
    expect(ru.title).toEqual({ text: launch.translations?.ru?.title, language: 'ru' });
    expect(ru.lessons.every((l) => l.language === 'ru')).toBe(true);
    expect(ru.deck['good-harvest']?.text.language).toBe('ru');
  });

  it('falls back to the scenario’s own text and language, part by part', () => {
    const partial: Scenario = {
      ...launch,
      translations: { ru: { title: 'Только заголовок' } },
    };
    const ru = localizeScenario(partial, 'ru');
    expect(ru.title).toEqual({ text: 'Только заголовок', language: 'ru' });
    expect(ru.summary).toEqual({ text: launch.summary, language: 'en' });
    expect(ru.objectives.cohesion).toEqual({
      text: 'Keep regional cohesion at 70 or more.',
      language: 'en',
    });
    expect(localizeScenario(launch, 'en').title).toEqual({ text: launch.title, language: 'en' });
  });

  it('reads a teacher’s scenario written in Russian as Russian, with its English translation', () => {
    const { translations: _ru, ...plain } = launch;
    const russian: Scenario = {
      ...plain,
      language: 'ru',
      title: 'Свой сценарий',
      translations: { en: { title: 'Our own scenario' } },
    };
    expect(localizeScenario(russian, 'ru').title).toEqual({
      text: 'Свой сценарий',
      language: 'ru',
    });
    expect(localizeScenario(russian, 'en').title).toEqual({
      text: 'Our own scenario',
      language: 'en',
    });
    expect(localizeScenario(russian, 'en').summary.language).toBe('ru');
  });
});

describe('a scenario file’s translations', () => {
  const { translations: _ru, ...plain } = scenarios[0] as Scenario;
  const problemsOf = (value: unknown) => {
    const result = loadScenario(value);
    return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.reason}`);
  };

  it('may be partial', () => {
    expect(problemsOf({ ...plain, translations: { ru: { title: 'Рождение формата' } } })).toEqual(
      [],
    );
  });

  it('are refused for ids the scenario lacks, a lesson count that differs or its own language', () => {
    expect(
      problemsOf({
        ...plain,
        translations: {
          en: { title: 'Again' },
          ru: {
            lessons: ['Один'],
            objectives: { 'no-such-objective': 'Нет' },
            deck: { 'no-such-card': { title: 'Нет', text: 'Нет' } },
          },
        },
      }),
    ).toEqual([
      'translations.en: "en" is the scenario\'s own language; its texts are the scenario\'s own fields',
      "translations.ru.lessons: must have one text for each of the scenario's 3 lessons, not 1",
      'translations.ru.objectives.no-such-objective: the scenario has no objective with the id "no-such-objective"',
      'translations.ru.deck.no-such-card: the scenario has no card with the id "no-such-card"',
    ]);
  });

  it('are keyed by a language code', () => {
    expect(problemsOf({ ...plain, translations: { Russian: { title: 'Да' } } })).toEqual([
      'translations.Russian: must be a language code such as "en" or "ru"',
    ]);
  });
});
