import { readFileSync } from 'node:fs';
import { getScenario } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { memoryStore } from './key-value-store';
import {
  findScenario,
  importScenario,
  LIBRARY_KEY,
  MAX_SCENARIO_FILE,
  readLibrary,
  removeScenario,
} from './scenario-library';

const example = readFileSync(
  new URL('../../../../docs/teachers/astana-2024.json', import.meta.url),
  'utf8',
);
const AUTOSAVE = 'c5plus.autosave.v1';
const SETTINGS = 'c5plus.settings.v1';

function classroomStore() {
  return memoryStore({ [AUTOSAVE]: '{"a":"save"}', [SETTINGS]: '{"lang":"ru"}' });
}

describe('importScenario', () => {
  it('keeps a valid scenario and leaves the autosave and the settings alone', () => {
    const store = classroomStore();
    const result = importScenario(store, example);
    expect(result).toMatchObject({ ok: true, replaced: false, scenario: { id: 'astana-2024' } });
    expect(store.getItem(AUTOSAVE)).toBe('{"a":"save"}');
    expect(store.getItem(SETTINGS)).toBe('{"lang":"ru"}');
    expect([...store.entries.keys()].sort()).toEqual([AUTOSAVE, LIBRARY_KEY, SETTINGS].sort());
    expect(readLibrary(store).scenarios.map((s) => s.id)).toEqual(['astana-2024']);
    expect(findScenario(store, 'astana-2024')?.title).toMatch(/Astana/);
  });

  it('replaces an imported scenario of the same id', () => {
    const store = classroomStore();
    importScenario(store, example);
    const edited = JSON.parse(example);
    edited.title = 'Second version';
    const result = importScenario(store, JSON.stringify(edited));
    expect(result).toMatchObject({ ok: true, replaced: true });
    expect(readLibrary(store).scenarios.map((s) => s.title)).toEqual(['Second version']);
  });

  it('returns every problem with its field path and stores nothing', () => {
    const store = classroomStore();
    const bad = JSON.parse(example);
    bad.startYear = 'soon';
    bad.initial.partners.japan.attention = -5;
    const result = importScenario(store, JSON.stringify(bad));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.code !== 'invalid-scenario') throw new Error('expected problems');
    const paths = result.error.problems.map((p) => p.path);
    expect(paths).toContain('startYear');
    expect(paths).toContain('initial.partners.japan.attention');
    expect(store.getItem(LIBRARY_KEY)).toBeNull();
    expect(store.getItem(AUTOSAVE)).toBe('{"a":"save"}');
  });

  it('names text that is not JSON', () => {
    const result = importScenario(memoryStore(), '{ not json');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-scenario' } });
    if (!result.ok && result.error.code === 'invalid-scenario')
      expect(result.error.problems[0]?.reason).toMatch(/not valid JSON/);
  });

  it('refuses a built-in id and an oversized file', () => {
    const builtIn = JSON.stringify(getScenario('sandbox'));
    expect(importScenario(memoryStore(), builtIn)).toEqual({
      ok: false,
      error: { code: 'built-in-id', id: 'sandbox' },
    });
    const huge = ' '.repeat(MAX_SCENARIO_FILE + 1);
    expect(importScenario(memoryStore(), huge)).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
  });

  it('reports a store that refuses the write', () => {
    const store = memoryStore();
    store.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(importScenario(store, example)).toEqual({
      ok: false,
      error: { code: 'storage-refused', reason: 'QuotaExceededError' },
    });
  });
});

describe('readLibrary', () => {
  it('is empty when nothing was imported', () => {
    expect(readLibrary(memoryStore())).toEqual({ scenarios: [] });
  });

  it('keeps an unreadable library aside and starts an empty one', () => {
    const store = classroomStore();
    store.setItem(LIBRARY_KEY, '{"format":"c5plus-scenarios","version":7}');
    const library = readLibrary(store);
    expect(library.scenarios).toEqual([]);
    expect(library.problem).toMatchObject({
      code: 'unreadable-library',
      keptAs: `${LIBRARY_KEY}.corrupt-1`,
    });
    expect(store.getItem(`${LIBRARY_KEY}.corrupt-1`)).toBe(
      '{"format":"c5plus-scenarios","version":7}',
    );
    expect(readLibrary(store)).toEqual({ scenarios: [] });
    // A second corrupt library does not overwrite the first copy.
    store.setItem(LIBRARY_KEY, 'garbage');
    expect(readLibrary(store).problem?.keptAs).toBe(`${LIBRARY_KEY}.corrupt-2`);
    expect(store.getItem(`${LIBRARY_KEY}.corrupt-1`)).toMatch(/version":7/);
    expect(store.getItem(AUTOSAVE)).toBe('{"a":"save"}');
  });

  it('keeps the valid entries of a library with an invalid one, and the original aside', () => {
    const store = memoryStore();
    importScenario(store, example);
    const stored = JSON.parse(store.getItem(LIBRARY_KEY) ?? '');
    stored.scenarios.push({ id: 'broken' });
    const text = JSON.stringify(stored);
    store.setItem(LIBRARY_KEY, text);
    const library = readLibrary(store);
    expect(library.scenarios.map((s) => s.id)).toEqual(['astana-2024']);
    expect(library.problem?.code).toBe('invalid-entries');
    expect(library.problem?.detail).toMatch(/scenarios\[1\]/);
    expect(store.getItem(`${LIBRARY_KEY}.corrupt-1`)).toBe(text);
  });
});

describe('removeScenario', () => {
  it('removes an imported scenario and says whether it was there', () => {
    const store = memoryStore();
    importScenario(store, example);
    expect(removeScenario(store, 'astana-2024')).toBe(true);
    expect(removeScenario(store, 'astana-2024')).toBe(false);
    expect(readLibrary(store).scenarios).toEqual([]);
  });
});
