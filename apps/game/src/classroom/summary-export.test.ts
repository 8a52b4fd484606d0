import {
  createGame,
  type GameState,
  getScenario,
  getStrategy,
  parseSummary,
  type Scenario,
  step,
} from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { fileStem, MAX_LABEL, summaryFiles } from './summary-export';

const war = getScenario('war-2022') as Scenario;
/** Two students' game to the end, each handing in the balancer's plan. */
function studentsGame(): GameState {
  const balancer = getStrategy('multiVector');
  let game = createGame({
    scenario: war,
    seed: 'class-7b',
    controllers: { KAZ: 'human', UZB: 'human' },
  });
  while (!game.finished && balancer) {
    const plans = {
      KAZ: balancer.decide(game, 'KAZ', () => 0.5).plan,
      UZB: balancer.decide(game, 'UZB', () => 0.5).plan,
    };
    const result = step(game, plans);
    if (!result.ok) throw new Error('refused');
    game = result.game;
  }
  return game;
}
const game = studentsGame();

describe('summaryFiles', () => {
  it('gives a JSON summary that the summary format reads back', () => {
    const { json } = summaryFiles(game, 'Aigerim, Timur');
    expect(json.name).toBe('Aigerim-Timur.war-2022.class-7b.summary.json');
    const parsed = parseSummary(JSON.parse(json.text));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    expect(parsed.summary).toMatchObject({
      label: 'Aigerim, Timur',
      scenario: 'war-2022',
      seed: 'class-7b',
      players: ['KAZ', 'UZB'],
      finished: true,
    });
  });

  it('gives a CSV with a header and one row for each state played by a student', () => {
    const { csv } = summaryFiles(game, 'Aigerim, Timur');
    const lines = csv.text.trimEnd().split('\n');
    expect(lines[0]?.startsWith('label,scenario,seed,state')).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[1]?.startsWith('"Aigerim, Timur",war-2022,class-7b,KAZ,')).toBe(true);
    expect(lines[2]).toMatch(/,UZB,/);
    expect(csv.name.endsWith('.summary.csv')).toBe(true);
  });

  it('keeps labels within the format and file names safe, in any script', () => {
    expect(fileStem('  Айгерим / 7Б ')).toBe('Айгерим-7Б');
    expect(fileStem('../..')).toBe('game');
    const long = summaryFiles(game, 'x'.repeat(500));
    const parsed = parseSummary(JSON.parse(long.json.text));
    expect(parsed.ok && parsed.summary.label.length).toBe(MAX_LABEL);
  });
});
