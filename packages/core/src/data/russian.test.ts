import { describe, expect, it } from 'vitest';
import { events } from './events';
import { partners } from './partners';
import { states } from './states';

const cyrillic = /[А-Яа-яЁё]/;
/** Latin words allowed in Russian text: proper names the documents write in Latin. */
const latinAllowed = /COVID-19|CA\+JAD/g;

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
