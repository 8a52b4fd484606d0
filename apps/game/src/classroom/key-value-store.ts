/**
 * The part of `localStorage` the classroom features use, so that the pure
 * logic runs (and is tested) against any store, not only the browser's.
 */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A store in memory, for tests and for a browser that refuses storage. */
export function memoryStore(initial: Readonly<Record<string, string>> = {}): KeyValueStore & {
  readonly entries: Map<string, string>;
} {
  const entries = new Map(Object.entries(initial));
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      entries.set(key, value);
    },
    removeItem: (key) => {
      entries.delete(key);
    },
  };
}
