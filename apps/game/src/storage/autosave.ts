/**
 * The autosave: the sim's versioned save text under `c5plus.autosave.v1`,
 * written after every turn. A save that no longer loads is never deleted: it
 * is moved aside under `c5plus.autosave.broken.<time>` and offered for download.
 */
import { deserialize, type GameState, serialize } from '@c5plus/sim';

export const AUTOSAVE_KEY = 'c5plus.autosave.v1';
export const BROKEN_PREFIX = 'c5plus.autosave.broken.';

/** What reading the autosave gave. */
export type AutosaveRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly game: GameState }
  | {
      readonly kind: 'broken';
      readonly key: string;
      readonly text: string;
      readonly message: string;
    };

/** Writes the game; returns an error message if the browser refused (full or blocked storage). */
export function saveGame(game: GameState, storage: Storage = localStorage): string | undefined {
  try {
    storage.setItem(AUTOSAVE_KEY, serialize(game));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** Moves an unreadable save aside, keeping every byte, and returns its new key. */
export function keepAside(text: string, storage: Storage = localStorage, now = Date.now()): string {
  const key = `${BROKEN_PREFIX}${now}`;
  storage.setItem(key, text);
  storage.removeItem(AUTOSAVE_KEY);
  return key;
}

/**
 * Reads the autosave. `check` may reject a save that parses (e.g. whose
 * history does not rebuild); either way a failure keeps the text aside.
 */
export function readAutosave(
  storage: Storage = localStorage,
  check: (game: GameState) => void = () => {},
  now = Date.now(),
): AutosaveRead {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (text === null) return { kind: 'none' };
  try {
    const game = deserialize(text);
    check(game);
    return { kind: 'ok', game };
  } catch (error) {
    const key = keepAside(text, storage, now);
    return { kind: 'broken', key, text, message: (error as Error).message };
  }
}

/** Whether an autosave exists (without reading it). */
export function hasAutosave(storage: Storage = localStorage): boolean {
  return storage.getItem(AUTOSAVE_KEY) !== null;
}

/** Forgets the autosave (a finished game stays until a new one starts). */
export function clearAutosave(storage: Storage = localStorage): void {
  storage.removeItem(AUTOSAVE_KEY);
}
