/**
 * What each exit code of `c5sim` means, the same for every command, so that
 * scripts and job runners can tell a bad input from a bad call or a bug.
 */
export const EXIT_OK = 0;
/** The input is invalid or does not verify: a malformed file, a refused plan, a replay that diverges. */
export const EXIT_INVALID = 1;
/** The call is wrong: an unknown command or option, a bad or missing argument value. */
export const EXIT_USAGE = 2;
/** Something failed inside: a bug, or the package not built. */
export const EXIT_INTERNAL = 3;

/** The table docs/cli.md prints. */
export const EXIT_CODES = [
  { code: EXIT_OK, meaning: 'success' },
  { code: EXIT_INVALID, meaning: 'the input is invalid or does not verify' },
  {
    code: EXIT_USAGE,
    meaning: 'the call is wrong (unknown command or option, bad argument value)',
  },
  { code: EXIT_INTERNAL, meaning: 'an internal error, or the package is not built' },
] as const;
