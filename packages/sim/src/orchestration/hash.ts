/**
 * A fingerprint of a game: two 32-bit FNV-1a hashes over a canonical walk of
 * the state — object keys in sorted order, undefined properties left out,
 * numbers by their exact 64-bit value — so that equal states hash equal
 * however they were built (by `step`, on the plain path, or read back from a
 * file with its keys in another order). Batches hash every game, so nothing is
 * turned into text on the way, and a frozen scenario's hash is computed once.
 */
import type { GameState } from '../model';
import { sortedKeyOrder } from './key-order';

const PRIME = 0x01000193;
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/** Tags that keep different values from hashing alike ("1" and 1, [] and {}). */
enum Tag {
  Null = 1,
  False = 2,
  True = 3,
  Number = 4,
  String = 5,
  Array = 6,
  Object = 7,
  Digest = 8,
}

/**
 * Two FNV-1a accumulators fed the same 16-bit units. They hold signed 32-bit
 * values (what `Math.imul` gives), which V8 stores without boxing, and the
 * loops work on locals: a game is tens of thousands of units.
 */
class Hasher {
  high = 0x811c9dc5 | 0;
  low = 0x050c5d1f | 0;

  unit(u: number): void {
    this.high = Math.imul(this.high ^ u, PRIME);
    this.low = Math.imul(this.low ^ u, PRIME);
  }

  word(w: number): void {
    let high = Math.imul(this.high ^ (w & 0xffff), PRIME);
    let low = Math.imul(this.low ^ (w & 0xffff), PRIME);
    high = Math.imul(high ^ (w >>> 16), PRIME);
    low = Math.imul(low ^ (w >>> 16), PRIME);
    this.high = high;
    this.low = low;
  }

  text(s: string): void {
    this.word(s.length);
    let high = this.high;
    let low = this.low;
    for (let i = 0; i < s.length; i++) {
      const u = s.charCodeAt(i);
      high = Math.imul(high ^ u, PRIME);
      low = Math.imul(low ^ u, PRIME);
    }
    this.high = high;
    this.low = low;
  }

  digest(): string {
    return (
      (this.high >>> 0).toString(16).padStart(8, '0') +
      (this.low >>> 0).toString(16).padStart(8, '0')
    );
  }
}

const frozenDigests = new WeakMap<object, readonly [number, number]>();

/** What an entry of the walk's stack is: a value to walk, a key to hash, or the scenario to digest. */
const VALUE = 0;
const KEY = 1;
const DIGEST = 2;

/**
 * Feeds a value to the hasher, depth first, with its own stack rather than
 * the call stack, so that no input, however deeply nested, can overflow it.
 * The stack is two parallel arrays (entries and their kinds), so that walking
 * allocates nothing per key.
 */
function walk(start: unknown, h: Hasher, root = false): void {
  const entries: unknown[] = [start];
  const kinds: number[] = [VALUE];
  let atRoot = root;
  while (entries.length > 0) {
    const value = entries.pop();
    const kind = kinds.pop();
    if (kind === KEY) {
      h.text(value as string);
      continue;
    }
    if (kind === DIGEST) {
      // The scenario enters by its own digest, computed once per frozen scenario.
      const [high, low] = scenarioDigest(value as object);
      h.unit(Tag.Digest);
      h.word(high);
      h.word(low);
      continue;
    }
    switch (typeof value) {
      case 'number':
        h.unit(Tag.Number);
        bits[0] = value === 0 ? 0 : value; // -0 and 0 are the same state
        h.word(words[0] as number);
        h.word(words[1] as number);
        continue;
      case 'string':
        h.unit(Tag.String);
        h.text(value);
        continue;
      case 'boolean':
        h.unit(value ? Tag.True : Tag.False);
        continue;
      case 'object':
        break;
      default:
        h.unit(Tag.Null);
        continue;
    }
    if (value === null) {
      h.unit(Tag.Null);
      continue;
    }
    if (Array.isArray(value)) {
      h.unit(Tag.Array);
      h.word(value.length);
      for (let i = value.length - 1; i >= 0; i--) {
        entries.push(value[i]);
        kinds.push(VALUE);
      }
      continue;
    }
    // Keys and values as enumerated (same order), visited in the keys' sorted order.
    const keys = Object.keys(value);
    const values = Object.values(value);
    const order = sortedKeyOrder(keys);
    h.unit(Tag.Object);
    for (let i = order.length - 1; i >= 0; i--) {
      const at = order[i] as number;
      const item = values[at];
      if (item === undefined) continue;
      const key = keys[at] as string;
      entries.push(item, key);
      kinds.push(atRoot && key === 'scenario' ? DIGEST : VALUE, KEY);
    }
    atRoot = false;
  }
}

/** A scenario's own hash, remembered while the scenario is frozen (scenarios recur across games). */
function scenarioDigest(scenario: object): readonly [number, number] {
  const known = frozenDigests.get(scenario);
  if (known) return known;
  const h = new Hasher();
  walk(scenario, h);
  const digest = [h.high >>> 0, h.low >>> 0] as const;
  if (typeof scenario === 'object' && scenario !== null && Object.isFrozen(scenario))
    frozenDigests.set(scenario, digest);
  return digest;
}

/** A 16-hex-digit hash of any plain value (a snapshot, a plan), by the same canonical walk. */
export function hashValue(value: unknown): string {
  const h = new Hasher();
  walk(value, h);
  return h.digest();
}

/** A 16-hex-digit hash of the whole game state. */
export function hashState(game: GameState): string {
  const h = new Hasher();
  walk(game, h, true);
  return h.digest();
}
