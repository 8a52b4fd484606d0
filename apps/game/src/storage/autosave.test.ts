import { createGame, getScenario, hashState } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_KEY, BROKEN_PREFIX, readAutosave, saveGame } from './autosave';

/** An in-memory Storage. */
function memory(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (k) => items.get(k) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (k) => void items.delete(k),
    setItem: (k, v) => void items.set(k, String(v)),
  };
}

describe('autosave', () => {
  it('round-trips a game', () => {
    const storage = memory();
    const game = createGame({ scenario: getScenario('launch-2004')!, seed: 'a' });
    expect(saveGame(game, storage)).toBeUndefined();
    const read = readAutosave(storage);
    expect(read.kind === 'ok' && hashState(read.game)).toBe(hashState(game));
  });

  it('keeps a broken save aside, byte for byte, and reports why', () => {
    const storage = memory();
    storage.setItem(AUTOSAVE_KEY, '{"format":"c5plus-save"');
    const read = readAutosave(storage, undefined, 42);
    expect(read).toMatchObject({ kind: 'broken', key: `${BROKEN_PREFIX}42` });
    expect(read.kind === 'broken' && read.message).toMatch(/not valid JSON/);
    expect(storage.getItem(`${BROKEN_PREFIX}42`)).toBe('{"format":"c5plus-save"');
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });
});
