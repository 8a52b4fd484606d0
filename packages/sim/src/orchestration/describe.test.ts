import { describe, expect, it } from 'vitest';
import { getScenario } from '../scenarios';
import { describeObjectiveValue } from './describe';

describe('describeObjectiveValue', () => {
  const war = getScenario('war-2022');
  const launch = getScenario('launch-2004');
  if (!war || !launch) throw new Error('missing built-in scenario');

  it('reads a share as a whole percentage, as the objective states its limit', () => {
    expect(describeObjectiveValue(war, 'diversified', 0.5049)).toBe('50%');
  });

  it('reads meetings as a count and other values to one decimal, never -0.0', () => {
    expect(describeObjectiveValue(launch, 'japan-meetings', 5)).toBe('5');
    expect(describeObjectiveValue(war, 'autonomy', 82.26)).toBe('82.3');
    expect(describeObjectiveValue(war, 'autonomy', -0.01)).toBe('0.0');
  });

  it('reads an unknown id to one decimal', () => {
    expect(describeObjectiveValue(war, 'no-such-objective', 0.5)).toBe('0.5');
  });
});
