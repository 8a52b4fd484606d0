/** Loading a scenario file: validated, with every problem named by path and reason. */
import { STATE_IDS } from '@c5plus/core';
import { validatePlan } from '../kernel';
import type { GameState, Scenario } from '../model';
import { kindOfIssue, type ScenarioProblemKind, scenarioSchema } from '../scenarios';
import { createGame } from './game';

/** One problem in a scenario file. */
export interface ScenarioProblem {
  /** Where, e.g. `initial.partners.japan.attention` or `scripted[3].year`. */
  readonly path: string;
  /** Why, in English. */
  readonly reason: string;
  /** What kind of problem, for a reader to say in its own language with `params`. */
  readonly kind: ScenarioProblemKind;
  /** The values the reason names (a minimum, the allowed values, a year, a plan error code). */
  readonly params: Readonly<Record<string, string | number>>;
}

/** A loaded scenario, or its problems. */
export type LoadResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly ScenarioProblem[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    '',
  );
}

/** Checks that each historical plan is a legal plan in its year. */
function historicalProblems(scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  let game: GameState = createGame({ scenario, seed: 'check' });
  scenario.historical.forEach((entry, i) => {
    // Plans are checked against a game moved to that year (formats and summits depend on it).
    game = { ...game, year: entry.year };
    for (const id of STATE_IDS) {
      const plan = entry.plans[id];
      if (!plan) continue;
      for (const e of validatePlan(game, id, plan))
        problems.push({
          path: formatPath([
            'historical',
            i,
            'plans',
            id,
            ...(e.field
              ? e.field
                  .split(/[.[\]]+/)
                  .filter(Boolean)
                  .map((k) => (/^\d+$/.test(k) ? Number(k) : k))
              : []),
          ]),
          reason: e.message,
          kind: 'plan',
          params: { code: e.code },
        });
    }
  });
  return problems;
}

/**
 * The year checks that span fields (end after start, events inside the
 * range), on the raw input, wherever the years themselves are whole numbers:
 * they do not depend on the rest of the file being valid.
 */
function yearProblems(data: unknown): ScenarioProblem[] {
  if (data === null || typeof data !== 'object') return [];
  const s = data as Record<string, unknown>;
  const { startYear: start, endYear: end } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [];
  const [from, to] = [start as number, end as number];
  const problems: ScenarioProblem[] = [];
  if (to < from)
    problems.push({
      path: 'endYear',
      reason: `must not be before startYear (${from})`,
      kind: 'end-before-start',
      params: { start: from },
    });
  for (const list of ['scripted', 'historical'] as const) {
    const entries = s[list];
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, i) => {
      const year = (entry as { year?: unknown } | null)?.year;
      if (Number.isInteger(year) && ((year as number) < from || (year as number) > to))
        problems.push({
          path: `${list}[${i}].year`,
          reason: `${String(year)} is outside the scenario (${from}–${to})`,
          kind: 'year-outside',
          params: { year: year as number, start: from, end: to },
        });
    });
  }
  return problems;
}

/** Validates scenario JSON (text or parsed) and returns the scenario or its problems. */
export function loadScenario(json: unknown): LoadResult {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (error) {
      return {
        ok: false,
        problems: [
          {
            path: '',
            reason: `not valid JSON: ${(error as Error).message}`,
            kind: 'not-json',
            params: { detail: (error as Error).message },
          },
        ],
      };
    }
  }
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success) {
    const problems: ScenarioProblem[] = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      reason: issue.message,
      ...kindOfIssue(issue),
    }));
    // The schema checks years against the range only once the rest is valid; name them now too.
    const named = new Set(problems.map((p) => p.path));
    for (const p of yearProblems(data)) if (!named.has(p.path)) problems.push(p);
    return { ok: false, problems };
  }
  const { $schema: _editorHint, ...scenario } = parsed.data as Scenario & { $schema?: string };
  const problems = historicalProblems(scenario);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario };
}
