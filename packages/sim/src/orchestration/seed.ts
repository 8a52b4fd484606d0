/**
 * The one seed rule, shared by the CLI and the game's URL, so that a seed that
 * works in one opens in the other: 1–64 characters of A–Z, a–z, 0–9, `_`
 * and `-` (nothing that a URL or a shell would need to escape).
 */

/** The rule in words, for help texts and errors. */
export const SEED_RULE = '1–64 characters of A–Z, a–z, 0–9, "_" and "-"';

/** The longest seed. */
export const SEED_MAX_LENGTH = 64;

/**
 * The longest seed base of a batch: its games use `BASE-0`, `BASE-1`, …, so
 * the base leaves room for "-" and up to eleven digits.
 */
export const SEED_BASE_MAX_LENGTH = SEED_MAX_LENGTH - 12;

const SEED_PATTERN = /^[A-Za-z0-9_-]+$/;

/** A seed checked against the rule, or why it breaks it. */
export type SeedResult =
  | { readonly ok: true; readonly seed: string }
  | { readonly ok: false; readonly message: string };

function check(text: string, max: number, what: string): SeedResult {
  if (text.length === 0)
    return { ok: false, message: `the ${what} is empty; a seed is ${SEED_RULE}` };
  if (text.length > max)
    return {
      ok: false,
      message: `the ${what} is ${text.length} characters; at most ${max} are allowed (a seed is ${SEED_RULE})`,
    };
  if (!SEED_PATTERN.test(text)) {
    const bad = [...text].find((c) => !SEED_PATTERN.test(c)) ?? '';
    return {
      ok: false,
      message: `the ${what} contains ${JSON.stringify(bad)}; a seed is ${SEED_RULE}`,
    };
  }
  return { ok: true, seed: text };
}

/** Checks a seed against `SEED_RULE`. */
export function parseSeed(text: string): SeedResult {
  return check(text, SEED_MAX_LENGTH, 'seed');
}

/** Checks a batch's seed base: the seed rule, short enough for `BASE-N` to follow it too. */
export function parseSeedBase(text: string): SeedResult {
  return check(text, SEED_BASE_MAX_LENGTH, 'seed base');
}
