/**
 * The teacher's imported scenarios, kept in the browser under one versioned
 * key. Every scenario is validated by the sim's own `loadScenario`, on import
 * and again on every read. Only this key is ever written: the autosave and the
 * settings live under keys of their own and are never touched here. A library
 * that no longer reads is copied aside under another key, never deleted.
 */
import { loadScenario, type Scenario, type ScenarioProblem, scenarios } from '@c5plus/sim';
import type { KeyValueStore } from './key-value-store';
import { z } from './zod';

/** The localStorage key of the library. */
export const LIBRARY_KEY = 'c5plus.scenarios.v1';

/** The marker the stored library starts with. */
export const LIBRARY_FORMAT = 'c5plus-scenarios';

/** The largest scenario file accepted, in characters: a scenario is a few tens of kB. */
export const MAX_SCENARIO_FILE = 1_000_000;

const librarySchema = z.object({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(1),
  scenarios: z.array(z.unknown()),
});

/** Why a scenario could not be imported. */
export type ImportError =
  | { readonly code: 'too-large'; readonly size: number; readonly limit: number }
  | { readonly code: 'invalid-scenario'; readonly problems: readonly ScenarioProblem[] }
  | { readonly code: 'built-in-id'; readonly id: string }
  | { readonly code: 'storage-refused'; readonly reason: string };

/** The outcome of an import. */
export type ImportResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly replaced: boolean }
  | { readonly ok: false; readonly error: ImportError };

/** What was wrong with the stored library when it was read, and where its copy is. */
export interface LibraryProblem {
  readonly code: 'unreadable-library' | 'invalid-entries';
  /** The key the stored text was copied to, untouched. */
  readonly keptAs: string;
  /** What was wrong, in English (for the console; the UI phrases the code). */
  readonly detail: string;
}

/** The library as read: the valid scenarios, and what was set aside, if anything. */
export interface Library {
  readonly scenarios: readonly Scenario[];
  readonly problem?: LibraryProblem;
}

function encode(list: readonly Scenario[]): string {
  return JSON.stringify({ format: LIBRARY_FORMAT, version: 1, scenarios: list });
}

/** The first free key beside the library's, so an earlier copy is never overwritten. */
function asideKey(store: KeyValueStore): string {
  for (let n = 1; ; n++) {
    const key = `${LIBRARY_KEY}.corrupt-${n}`;
    if (store.getItem(key) === null) return key;
  }
}

/** Copies the stored text aside and writes back what is still valid. */
function setAside(
  store: KeyValueStore,
  text: string,
  valid: readonly Scenario[],
  code: LibraryProblem['code'],
  detail: string,
): Library {
  const keptAs = asideKey(store);
  try {
    store.setItem(keptAs, text);
    store.setItem(LIBRARY_KEY, encode(valid));
  } catch (error) {
    // The copy could not be made: leave the original where it is, untouched.
    return {
      scenarios: valid,
      problem: { code, keptAs: LIBRARY_KEY, detail: `${detail} (${(error as Error).message})` },
    };
  }
  return { scenarios: valid, problem: { code, keptAs, detail } };
}

/** Reads the library; a library that does not read is kept aside and reported. */
export function readLibrary(store: KeyValueStore): Library {
  const text = store.getItem(LIBRARY_KEY);
  if (text === null) return { scenarios: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return setAside(store, text, [], 'unreadable-library', (error as Error).message);
  }
  const parsed = librarySchema.safeParse(data);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    return setAside(store, text, [], 'unreadable-library', detail);
  }
  const valid: Scenario[] = [];
  const failures: string[] = [];
  parsed.data.scenarios.forEach((entry, i) => {
    const loaded = loadScenario(entry);
    if (loaded.ok) valid.push(loaded.scenario);
    else failures.push(`scenarios[${i}]: ${loaded.problems.map((p) => p.path).join(', ')}`);
  });
  if (failures.length > 0)
    return setAside(store, text, valid, 'invalid-entries', failures.join('; '));
  return { scenarios: valid };
}

const builtInIds = new Set(scenarios.map((s) => s.id));

/**
 * Validates a scenario file's text and keeps it in the library. A scenario
 * with the id of one already imported replaces it (a teacher's new version).
 */
export function importScenario(store: KeyValueStore, text: string): ImportResult {
  if (text.length > MAX_SCENARIO_FILE)
    return {
      ok: false,
      error: { code: 'too-large', size: text.length, limit: MAX_SCENARIO_FILE },
    };
  const loaded = loadScenario(text);
  if (!loaded.ok)
    return { ok: false, error: { code: 'invalid-scenario', problems: loaded.problems } };
  const scenario = loaded.scenario;
  if (builtInIds.has(scenario.id))
    return { ok: false, error: { code: 'built-in-id', id: scenario.id } };
  const current = readLibrary(store).scenarios;
  const replaced = current.some((s) => s.id === scenario.id);
  const next = [...current.filter((s) => s.id !== scenario.id), scenario];
  try {
    store.setItem(LIBRARY_KEY, encode(next));
  } catch (error) {
    return { ok: false, error: { code: 'storage-refused', reason: (error as Error).message } };
  }
  return { ok: true, scenario, replaced };
}

/** Removes an imported scenario by id (a teacher's explicit choice); false if absent. */
export function removeScenario(store: KeyValueStore, id: string): boolean {
  const current = readLibrary(store).scenarios;
  if (!current.some((s) => s.id === id)) return false;
  store.setItem(LIBRARY_KEY, encode(current.filter((s) => s.id !== id)));
  return true;
}

/** A built-in or imported scenario by id. */
export function findScenario(store: KeyValueStore, id: string): Scenario | undefined {
  return (
    scenarios.find((s) => s.id === id) ?? readLibrary(store).scenarios.find((s) => s.id === id)
  );
}
