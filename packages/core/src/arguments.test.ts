import { describe, expect, it } from 'vitest';
import { dataset } from './data';

describe('the arguments collection', () => {
  it('holds enough arguments to discuss, from every document', () => {
    expect(dataset.arguments.length).toBeGreaterThanOrEqual(15);
    const documents = new Set(dataset.arguments.map((a) => a.document));
    expect([...documents].sort()).toEqual(dataset.sources.map((s) => s.id).sort());
  });

  it('quotes each argument only from the document that makes it', () => {
    const stray = dataset.arguments.flatMap((a) =>
      a.sources.filter((c) => c.source !== a.document).map((c) => `${a.id}: ${c.source}`),
    );
    expect(stray).toEqual([]);
  });

  it('names who argues it whenever the document names its author', () => {
    const signed = new Set(dataset.sources.filter((s) => s.authors.length > 0).map((s) => s.id));
    const unattributed = dataset.arguments
      .filter((a) => a.arguedBy === undefined && signed.has(a.document))
      .map((a) => a.id);
    expect(unattributed).toEqual([]);
  });

  it('lets the people who argue them be named in the document they argue in', () => {
    const people = new Map(dataset.people.map((p) => [p.id, p]));
    const unsupported = dataset.arguments
      .filter((a) => {
        const person = a.arguedBy === undefined ? undefined : people.get(a.arguedBy);
        return person !== undefined && !person.sources.some((c) => c.source === a.document);
      })
      .map((a) => `${a.id} -> ${a.arguedBy}`);
    expect(unsupported).toEqual([]);
  });

  it('keeps the views the documents give of Tukumov, Yoshida and Uyama, and 001’s five challenges', () => {
    const by = (person: string) => dataset.arguments.filter((a) => a.arguedBy === person);
    for (const person of ['yerkin-tukumov', 'tomoyuki-yoshida', 'tomohiko-uyama'])
      expect(by(person).length, person).toBeGreaterThan(0);
    const ids = new Set(dataset.arguments.map((a) => a.id));
    for (const id of [
      'japan-distance-transport-costs',
      'japan-weak-inter-industry-demand',
      'japan-few-private-firms',
      'japan-follows-us-deployment',
      'japan-competes-with-russia',
      'passivity-differing-views',
      'passivity-stagnant-japanese-economy',
    ])
      expect(ids.has(id), id).toBe(true);
  });

  it('does not repeat a theme or a partner within one argument', () => {
    const repeated = dataset.arguments
      .filter(
        (a) =>
          new Set(a.themes).size !== a.themes.length ||
          new Set(a.partners).size !== a.partners.length,
      )
      .map((a) => a.id);
    expect(repeated).toEqual([]);
  });
});
