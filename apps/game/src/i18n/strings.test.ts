import { strategies } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { classroomStrings } from '../classroom/strings';
import { en } from './en';
import { keyPaths } from './index';
import { ru } from './ru';

describe('strings', () => {
  it('Russian has exactly the English keys', () => {
    expect(keyPaths(ru).sort()).toEqual(keyPaths(en).sort());
  });

  it('Russian is really Russian: every sentence has Cyrillic', () => {
    const paths = keyPaths(ru);
    const get = (o: object, path: string) =>
      path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string;
    const latin = paths.filter(
      (p) =>
        /[a-z]{4,}/i.test(get(en, p)) &&
        !/[а-яё]/i.test(get(ru, p)) &&
        !/\{\{|С5\+|MIT/.test(get(ru, p)),
    );
    expect(latin).toEqual([]);
  });

  it('writes С5+ with a Cyrillic С in Russian, as the dataset does', () => {
    const get = (o: object, path: string) =>
      path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string;
    const latin = [
      ...keyPaths(ru).filter((p) => /C5\+/.test(get(ru, p))),
      ...keyPaths(classroomStrings.ru)
        .filter((p) => /C5\+/.test(get(classroomStrings.ru, p)))
        .map((p) => `classroom.${p}`),
    ];
    expect(latin).toEqual([]);
  });

  it('names every strategy of the sim', () => {
    for (const id of Object.keys(strategies)) expect(Object.keys(en.strategy)).toContain(id);
  });
});
