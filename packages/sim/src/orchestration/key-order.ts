/**
 * The sorted order of an object's keys, for the canonical walk of `hash.ts`.
 * Sorting every object's keys was most of the cost of hashing a game, yet a
 * game holds only a few dozen kinds of record (a state, a partner, a plan, a
 * snapshot…), so the order is remembered per list of keys.
 */

/** An object's keys, as enumerated, and their indices in sorted order. */
interface KeyOrder {
  readonly keys: readonly string[];
  readonly sorted: readonly number[];
}

/** Remembered orders, by first key. Bounded, so that odd input cannot grow it without end. */
const known = new Map<string, KeyOrder[]>();
let remembered = 0;
const MAX_REMEMBERED = 512;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function orderOf(keys: readonly string[]): number[] {
  const sortedKeys = [...keys].sort();
  const index = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) index.set(keys[i] as string, i);
  return sortedKeys.map((key) => index.get(key) as number);
}

/**
 * The indices of `keys` (an object's own keys, as `Object.keys` gives them)
 * in the default sort order of their strings: `keys[sorted[0]]` comes first.
 */
export function sortedKeyOrder(keys: readonly string[]): readonly number[] {
  if (keys.length === 0) return [];
  const first = keys[0] as string;
  const candidates = known.get(first);
  if (candidates)
    for (const candidate of candidates) if (sameKeys(candidate.keys, keys)) return candidate.sorted;
  const sorted = orderOf(keys);
  if (remembered < MAX_REMEMBERED) {
    remembered += 1;
    const entry = { keys: [...keys], sorted };
    if (candidates) candidates.push(entry);
    else known.set(first, [entry]);
  }
  return sorted;
}
