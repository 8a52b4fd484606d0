/** The errors a command ends with when the user, not the program, is at fault. */
import { EXIT_INVALID, EXIT_USAGE } from './exit-codes';

/**
 * A mistake in what the user gave: printed as one line (plus any details, such
 * as a scenario file's problems) on stderr, with exit code 2 and no stack trace.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    /** Further lines, e.g. one per problem in a file. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }

  /** The exit code it ends the command with. */
  readonly exitCode: number = EXIT_USAGE;
}

/**
 * A file that is invalid or cannot be read as one: like a `UsageError` on
 * screen, but exit code 1 (the input is at fault, not the call).
 */
export class InvalidInputError extends UsageError {
  override readonly exitCode: number = EXIT_INVALID;
}
