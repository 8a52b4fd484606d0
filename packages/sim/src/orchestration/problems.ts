/** Problems in an input file, by path, as every loader reports them. */
import type { z } from '../model';

/** One problem: where (`game.states.KAZ.capital`, `plans[3]`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** A path as text: `a.b[2].c`; empty parts are skipped. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const text = String(key);
    if (!text) return out;
    if (text.startsWith('[')) return `${out}${text}`;
    return out ? `${out}.${text}` : text;
  }, '');
}

/** A zod error's issues as problems; an invalid enum lists its allowed values. */
export function problemsOf(error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'invalid_value' && 'values' in issue && !/expected one of/i.test(message))
      message = `${message}; allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    if (issue.code === 'unrecognized_keys')
      message = `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    return { path: formatPath(issue.path), message };
  });
}

/** An input that could not be read: every problem by path, and the turn at fault when one is. */
export class InputFileError extends Error {
  readonly problems: readonly Problem[];
  readonly turn?: number;
  constructor(
    message: string,
    problems: readonly Problem[],
    turn: number | undefined,
    /** What an empty path stands for in the message: `(save)`, `(replay)`. */
    whole: string,
  ) {
    super(
      problems.length === 0
        ? message
        : `${message}: ${problems.map((p) => `${p.path || whole}: ${p.message}`).join('; ')}`,
    );
    this.problems = problems.length > 0 ? problems : [{ path: '', message }];
    if (turn !== undefined) this.turn = turn;
  }
}
