/** `c5sim scenarios` and `c5sim strategies`: what there is to play. */
import { scenarios } from '../src/scenarios';
import { strategies } from '../src/strategies';
import { type CommandResult, lines, table } from './common';

/** The built-in scenarios: id, years and title. */
export function scenariosCommand(): CommandResult {
  const rows = scenarios.map((s) => [s.id, `${s.startYear}–${s.endYear}`, s.title]);
  return {
    stdout: lines(
      table(['id', 'years', 'title'], rows),
      '',
      'Play one with: c5sim play --scenario ID --seed SEED (or give the path of a scenario JSON file).',
    ),
    exitCode: 0,
  };
}

/** The strategies a state can be played by: id and what it does. */
export function strategiesCommand(): CommandResult {
  const rows = Object.values(strategies).map((s) => [s.id, s.description]);
  return {
    stdout: lines(
      table(['id', 'what it does'], rows),
      '',
      'Assign them with --strategy KAZ=multiVector,UZB=lookahead (or all=greedy); unnamed states play multiVector.',
    ),
    exitCode: 0,
  };
}
