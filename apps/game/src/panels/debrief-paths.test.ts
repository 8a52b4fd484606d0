import { createGame, getScenario, playOut, strategies, welfare } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { strategyPath } from '../session/paths';
import { answerSimRequest } from '../session/sim-requests';
import { comparedStrategies, pathOf, runPaths } from './debrief-paths';

const scenario = getScenario('roadmap-2015');
if (!scenario) throw new Error('roadmap-2015 is missing');
const start = createGame({ scenario, seed: 'paths', controllers: { UZB: 'human' } });

describe('the debrief’s paths', () => {
  it('compare with every strategy, the historical line first and lookahead included', () => {
    const ids = comparedStrategies();
    expect(ids[0]).toBe('historical');
    expect([...ids].sort()).toEqual(Object.keys(strategies).sort());
    expect(ids).toContain('lookahead');
  });

  it('follow the sim’s own game year by year, start included, also as the worker answers', () => {
    const path = strategyPath(start, 'UZB', 'multiVector');
    const end = playOut(
      createGame({ scenario, seed: 'paths', controllers: { UZB: 'multiVector' } }),
    );
    expect(path.points.map((p) => p.year)).toEqual(end.history.map((h) => h.year));
    expect(path.points.at(-1)?.welfare).toBeCloseTo(welfare(end, 'UZB'), 10);
    expect(path.points.at(-1)?.autonomy).toBe(end.states.UZB.indicators.autonomy);
    expect(path.points[0]?.year).toBe(scenario.startYear - 1);
    const copied = structuredClone({
      game: start,
      player: 'UZB' as const,
      strategy: 'multiVector',
    });
    expect(answerSimRequest('path', copied)).toEqual(path);
  });

  it('read a played history the same way', () => {
    const end = playOut(createGame({ scenario, seed: 'paths', controllers: { UZB: 'greedy' } }));
    const points = pathOf([start, end], 'UZB');
    expect(points[0]?.welfare).toBeCloseTo(welfare(start, 'UZB'), 10);
    expect(points[1]?.year).toBe(scenario.endYear);
  });

  it('stop when the screen is left, and differ between strategies', async () => {
    const other = createGame({ scenario, seed: 'paths-left', controllers: { UZB: 'human' } });
    const left: string[] = [];
    expect(
      await runPaths(
        other,
        'UZB',
        (p) => left.push(p.id),
        () => false,
      ),
    ).toBe(undefined);
    expect(left).toEqual([]);
    const heard: string[] = [];
    const paths = await runPaths(start, 'UZB', (p, done, total) => {
      heard.push(`${p.id} ${done}/${total}`);
    });
    expect(paths).toHaveLength(comparedStrategies().length);
    expect(heard[0]).toBe(`historical 1/${comparedStrategies().length}`);
    const finals = new Set(paths?.map((p) => p.points.at(-1)?.welfare.toFixed(3)));
    expect(finals.size).toBeGreaterThan(2);
  }, 60_000);
});
