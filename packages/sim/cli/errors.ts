/**
 * The errors a command ends with when the user, not the program, is at fault:
 * printed as one line (plus any details, such as a file's problems) on stderr,
 * with no stack trace; `exitCode` says which kind of mistake it is
 * (docs/cli.md, "Exit codes").
 */
import { EXIT_INVALID, EXIT_USAGE } from './exit-codes';

export abstract class CliError extends Error {
  abstract readonly exitCode: number;
  constructor(
    message: string,
    /** Further lines, e.g. one per problem in a file. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/** A wrong call: an unknown command, option or id, a bad or missing argument value (exit 2). */
export class UsageError extends CliError {
  override readonly name: string = 'UsageError';
  readonly exitCode: number = EXIT_USAGE;
}

/** An input that is invalid or does not verify: unreadable, malformed or refused files (exit 1). */
export class InputError extends CliError {
  override readonly name: string = 'InputError';
  readonly exitCode: number = EXIT_INVALID;
}

/** The same error under the name the file readers use. */
export { InputError as InvalidInputError };
