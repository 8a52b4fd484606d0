import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { memoryStore } from './key-value-store';
import {
  importErrorMessage,
  linkErrorMessage,
  registerClassroomStrings,
  replayErrorMessage,
  setupErrorMessage,
} from './messages';
import { importScenario } from './scenario-library';
import { CLASSROOM_NS, en, ru } from './strings';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}
function values(tree: object): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v as object)));
}
const base = (list: string[]) => [...new Set(list.map((k) => k.replace(PLURAL, '')))].sort();

async function translator(lng: 'en' | 'ru') {
  const instance = i18next.createInstance();
  await instance.init({ lng, resources: {}, fallbackLng: false, returnNull: false });
  registerClassroomStrings(instance);
  return (key: string, options?: Record<string, unknown>) =>
    instance.t(key, options ?? {}) as string;
}

describe('classroom strings', () => {
  it('have the same keys in English and Russian', () => {
    expect(base(keys(ru))).toEqual(base(keys(en)));
  });

  it('are really Russian in Russian', () => {
    const latinOnly = values(ru).filter((v) => !/[а-яё]/i.test(v));
    expect(latinOnly).toEqual([]);
  });

  it('keep the same placeholders in both languages', () => {
    const enFlat = Object.fromEntries(keys(en).map((k, i) => [k, values(en)[i]]));
    const ruFlat = Object.fromEntries(
      keys(ru).map((k, i) => [k.replace(PLURAL, ''), values(ru)[i]]),
    );
    const holes = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(enFlat))
      expect(holes(ruFlat[key.replace(PLURAL, '')] ?? ''), key).toEqual(holes(text ?? ''));
  });
});

describe('messages', () => {
  it('list a scenario file’s problems by path, in both languages, with plurals', async () => {
    const error = {
      code: 'invalid-scenario',
      problems: [
        {
          path: 'startYear',
          reason: 'Invalid input: expected number, received string',
          kind: 'wrong-type',
          params: { expected: 'number' },
        },
        {
          path: '',
          reason: 'not valid JSON: Unexpected end',
          kind: 'not-json',
          params: { detail: 'Unexpected end' },
        },
      ],
    } as const;
    const inEnglish = importErrorMessage(await translator('en'), error);
    expect(inEnglish.text).toBe('The file has 2 problems:');
    expect(inEnglish.problems).toEqual([
      { path: 'startYear', reason: 'must be a number' },
      { path: '(the whole file)', reason: 'not valid JSON (Unexpected end)' },
    ]);
    const tRu = await translator('ru');
    expect(importErrorMessage(tRu, error).problems).toEqual([
      { path: 'startYear', reason: 'должно быть: число' },
      { path: '(файл целиком)', reason: 'это не JSON (Unexpected end)' },
    ]);
    expect(importErrorMessage(tRu, error).text).toBe('В файле 2 ошибки:');
    expect(
      importErrorMessage(tRu, { ...error, problems: Array(5).fill(error.problems[0]) }).text,
    ).toBe('В файле 5 ошибок:');
    expect(importErrorMessage(tRu, { code: 'built-in-id', id: 'sandbox' }).text).toMatch(
      /«sandbox»/,
    );
  });

  it('name each bad link and each invalid replay', async () => {
    const t = await translator('en');
    expect(linkErrorMessage(t, { code: 'bad-prefix', found: '2.abc' }).text).toMatch(
      /starts “2\.abc”/,
    );
    expect(linkErrorMessage(t, { code: 'bad-deflate' }).text).toMatch(/does not decompress/);
    expect(
      replayErrorMessage(t, { code: 'refused', turn: 0, reason: 'KAZ over budget' }).text,
    ).toBe('The replay cannot be played: year 1 was refused: KAZ over budget');
    expect(replayErrorMessage(t, { code: 'not-json', reason: 'Unexpected token' }).text).toMatch(
      /not JSON/,
    );
  });

  it('phrase setup errors with the player number and the state name', async () => {
    const t = await translator('en');
    const name = (id: string) => ({ KAZ: 'Kazakhstan' })[id] ?? id;
    expect(setupErrorMessage(t, { code: 'duplicate-state', player: 1, state: 'KAZ' }, name)).toBe(
      'Player 2: Kazakhstan is already taken by another player.',
    );
    expect(setupErrorMessage(t, { code: 'player-count', count: 1 }, name)).toMatch(/now 1/);
    expect(CLASSROOM_NS).toBe('classroom');
  });
});

describe('the teacher’s guide', () => {
  it('shows the problems the game really lists for its example of a bad file', async () => {
    const root = new URL('../../../../docs/teachers/', import.meta.url);
    const page = readFileSync(new URL('classroom-features.md', root), 'utf8');
    const shown = /```text\n(The file has[^`]*)```/.exec(page)?.[1];
    const bad = JSON.parse(readFileSync(new URL('astana-2024.json', root), 'utf8'));
    bad.startYear = 'soon';
    bad.initial.partners.japan.attention = -5;
    const result = importScenario(memoryStore(), JSON.stringify(bad));
    if (result.ok) throw new Error('expected a refusal');
    const message = importErrorMessage(await translator('en'), result.error);
    const printed = [message.text, ...message.problems.map((p) => `${p.path}: ${p.reason}`)];
    expect(shown).toBe(`${printed.join('\n')}\n`);
  });
});
