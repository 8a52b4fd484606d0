import { describe, expect, it } from 'vitest';
import { citationsOf } from '../queries';
import type { Citation } from '../types';
import { documentArguments } from './arguments';
import { events } from './events';
import { dataset } from './index';
import { partners } from './partners';
import { people } from './people';
import { phases } from './phases';
import { principles } from './principles';
import { states } from './states';

const cyrillic = /[А-Яа-яЁё]/;
/** Latin words allowed in Russian text: proper names the documents write in Latin. */
const latinAllowed = /COVID-19|CA\+JAD|Boeing/g;

/** Problems of one Russian text: empty, not Cyrillic, or with stray Latin letters. */
function russianProblems(where: string, text: string | undefined): string[] {
  if (text === undefined || text.trim() === '') return [`${where}: no Russian text`];
  if (!cyrillic.test(text)) return [`${where}: not Cyrillic: "${text}"`];
  // A Latin letter in Russian text is most often a look-alike typo (Latin C in С5+1).
  if (/[A-Za-z]/.test(text.replace(latinAllowed, '')))
    return [`${where}: Latin letters in "${text}"`];
  if (/"/.test(text)) return [`${where}: straight quotes; Russian uses «…» and „…“`];
  return [];
}

describe('Russian texts', () => {
  it('name every state, its capital and every partner in Russian', () => {
    const problems = [
      ...states.flatMap((s) => [
        ...russianProblems(`states/${s.id}.name`, s.name.ru),
        ...russianProblems(`states/${s.id}.capital`, s.capital.ru),
      ]),
      ...partners.flatMap((p) => russianProblems(`partners/${p.id}.name`, p.name.ru)),
    ];
    expect(problems).toEqual([]);
  });

  it('name every person in Russian, marked as a translation', () => {
    const problems = people.flatMap((p) => [
      ...(p.ruOrigin === 'translation' ? [] : [`people/${p.id}: nameRu not marked`]),
      ...russianProblems(`people/${p.id}.nameRu`, p.nameRu),
    ]);
    expect(problems).toEqual([]);
  });

  it('give every event a Russian title, each different', () => {
    const problems = events.flatMap((e) => russianProblems(`events/${e.id}.titleRu`, e.titleRu));
    expect(problems).toEqual([]);
    expect(new Set(events.map((e) => e.titleRu)).size).toBe(events.length);
  });

  it('name every place in Russian, as the state and capital records do', () => {
    const problems: string[] = [];
    for (const e of events) {
      const place = e.place;
      if (place === undefined) continue;
      problems.push(...russianProblems(`events/${e.id}.place.countryRu`, place.countryRu));
      if (place.city !== undefined)
        problems.push(...russianProblems(`events/${e.id}.place.cityRu`, place.cityRu));
      const state = states.find((s) => s.id === place.country);
      if (state && place.countryRu !== state.name.ru)
        problems.push(`events/${e.id}: countryRu differs from states/${state.id}.name.ru`);
      if (state && place.city === state.capital.en && place.cityRu !== state.capital.ru)
        problems.push(`events/${e.id}: cityRu differs from states/${state.id}.capital.ru`);
    }
    expect(problems).toEqual([]);
  });
});

/** Problems of a citation that should carry a Russian quote: absent, unmarked or not Russian. */
function quoteProblems(where: string, citation: Citation | undefined): string[] {
  if (citation === undefined) return [`${where}: no citation`];
  if (citation.ruOrigin !== 'translation') return [`${where}: quoteRu not marked as a translation`];
  return russianProblems(`${where}.quoteRu`, citation.quoteRu);
}

describe('Russian quotes, claims and phases: translations, marked as such', () => {
  it('translate the first quote of every event, the one the game shows on its cards', () => {
    const problems = events.flatMap((e) =>
      quoteProblems(`events/${e.id}.sources[0]`, e.sources[0]),
    );
    expect(problems).toEqual([]);
  });

  it('translate every argument’s claim and every one of its quotes', () => {
    const problems = documentArguments.flatMap((a) => [
      ...(a.ruOrigin === 'translation' ? [] : [`arguments/${a.id}: claimRu not marked`]),
      ...russianProblems(`arguments/${a.id}.claimRu`, a.claimRu),
      ...a.sources.flatMap((s, i) => quoteProblems(`arguments/${a.id}.sources[${i}]`, s)),
    ]);
    expect(problems).toEqual([]);
  });

  it('name and summarize every phase in Russian, with its first quote', () => {
    const problems = phases.flatMap((p) => [
      ...(p.ruOrigin === 'translation' ? [] : [`phases/${p.id}: not marked`]),
      ...russianProblems(`phases/${p.id}.nameRu`, p.nameRu),
      ...russianProblems(`phases/${p.id}.summaryRu`, p.summaryRu),
      ...quoteProblems(`phases/${p.id}.sources[0]`, p.sources[0]),
    ]);
    expect(problems).toEqual([]);
  });

  it('translate the first quote of every partner and principle, the ones a number’s causes cite', () => {
    const problems = [...partners, ...principles].flatMap((r) =>
      quoteProblems(`${r.id}.sources[0]`, r.sources[0]),
    );
    expect(problems).toEqual([]);
  });

  it('describe every state in Russian, marked as a translation', () => {
    const problems = states.flatMap((s) => [
      ...(s.profile.ruOrigin === 'translation' ? [] : [`states/${s.id}.profile: not marked`]),
      ...russianProblems(`states/${s.id}.profile.ru`, s.profile.ru),
    ]);
    expect(problems).toEqual([]);
  });

  it('mark every Russian quote anywhere as a translation, and mark none without one', () => {
    const problems: string[] = [];
    for (const [collection, records] of Object.entries(dataset)) {
      for (const record of records as readonly (Parameters<typeof citationsOf>[0] & {
        id: string;
      })[]) {
        const readings = (record.discrepancies ?? []).flatMap((d) => d.readings);
        for (const c of [...record.sources, ...readings]) {
          const where = `${collection}/${record.id}: "${c.quote}"`;
          if ((c.quoteRu === undefined) !== (c.ruOrigin === undefined))
            problems.push(`${where}: quoteRu and ruOrigin must go together`);
          if (c.quoteRu !== undefined) problems.push(...quoteProblems(where, c));
          if (c.quoteRu !== undefined && c.quoteRu === c.quote)
            problems.push(`${where}: quoteRu is the English quote`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

it('citationsOf keeps a quote’s translation with it', () => {
  const event = events.find((e) => e.id === 'cajad-summit-2025');
  expect(event && citationsOf(event)[0]).toEqual(event?.sources[0]);
  expect(citationsOf(event!)[0]?.quoteRu).toMatch(/саммит/);
});
