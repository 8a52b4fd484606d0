import { describe, expect, it } from 'vitest';
import { fileText, studentReplay, tampered } from './class-files.fixture';
import { classRows, compareClass, figure, objectivesMet } from './class-results';
import { verifyReplay } from './replay';
import { summarizeGame } from './summary';

const aigerim = studentReplay({ name: 'a', state: 'KAZ', strategy: 'multiVector', seed: 's1' });
const timur = studentReplay({ name: 't', state: 'UZB', strategy: 'greedy', seed: 's2' });
const bekzat = studentReplay({ name: 'b', state: 'TJK', strategy: 'russiaLeaning', seed: 's3' });

describe('class results', () => {
  it('gives one row a student, each replay re-played and verified', () => {
    const rows = classRows([
      { name: 'aigerim.replay.json', text: fileText(aigerim) },
      { name: 'timur.json', text: fileText(timur) },
    ]);
    expect(rows.map((r) => [r.label, r.state, r.check])).toEqual([
      ['aigerim', 'KAZ', 'verified'],
      ['timur', 'UZB', 'verified'],
    ]);
    expect(rows[0]?.summary?.seed).toBe('s1');
    expect(rows[0]?.lean?.share).toBeGreaterThan(0);
    expect(objectivesMet(rows[0]!)).toMatch(/^\d+\/\d+$/);
  });

  it('flags a tampered replay with the hash it reaches, and leaves it out', () => {
    const rows = classRows([
      { name: 'aigerim.json', text: fileText(aigerim) },
      { name: 'bekzat.json', text: fileText(tampered(bekzat, 'TJK')) },
    ]);
    const flagged = rows[1]!;
    expect(flagged.check).toBe('tampered');
    expect(flagged.problem).toMatchObject({ code: 'altered', recorded: bekzat.hash });
    expect(flagged.problem?.code === 'altered' && flagged.problem.reached).not.toBe(bekzat.hash);
    const comparison = compareClass(rows);
    expect(comparison.leftOut).toEqual(['bekzat.json']);
    expect(comparison.scenarios[0]?.balanced.map((r) => r.label)).toEqual(['aigerim']);
  });

  it('names a file that is not JSON, not a class file, or a broken replay', () => {
    const rows = classRows([
      { name: 'notes.json', text: '{ not json' },
      { name: 'save.json', text: fileText({ format: 'c5plus-save' }) },
      { name: 'half.json', text: fileText({ ...aigerim, seed: 7 }) },
    ]);
    expect(rows.map((r) => [r.check, r.problem?.code])).toEqual([
      ['invalid', 'not-json'],
      ['invalid', 'not-a-class-file'],
      ['invalid', 'bad-replay'],
    ]);
    expect(rows[2]?.problem).toMatchObject({ problems: [expect.stringMatching(/^seed: /)] });
  });

  it('reads a summary the game exported, under its own label', () => {
    const { game } = verifyReplay(
      studentReplay({ name: 'd', state: 'KGZ', strategy: 'neutral', seed: 's4' }),
    );
    const rows = classRows([
      { name: 'x.summary.json', text: fileText(summarizeGame(game, 'Dana')) },
    ]);
    expect(rows.map((r) => [r.label, r.state, r.check])).toEqual([['Dana', 'KGZ', 'summary']]);
  });

  it('splits the class at the median autonomy, and says what balance cost', () => {
    const rows = classRows(
      [aigerim, timur, bekzat].map((r, i) => ({ name: `s${i}.json`, text: fileText(r) })),
    );
    const [scenario] = compareClass(rows).scenarios;
    expect(scenario?.scenario).toBe('war-2022');
    const autonomy = rows.map((r) => figure(r, 'autonomy') ?? 0).sort((a, b) => a - b);
    expect(scenario?.medianAutonomy).toBe(autonomy[1]);
    expect(scenario?.balanced.length).toBe(2);
    expect(scenario?.leaned.length).toBe(1);
    for (const r of scenario?.balanced ?? [])
      expect(figure(r, 'autonomy')).toBeGreaterThanOrEqual(scenario?.medianAutonomy ?? 0);
    const welfare = scenario?.cost.find((c) => c.figure === 'welfare');
    const leaned = scenario?.leaned[0];
    expect(welfare?.leaned).toBeCloseTo(figure(leaned!, 'welfare') ?? 0, 6);
  });
});
