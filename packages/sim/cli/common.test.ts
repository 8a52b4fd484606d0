import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sandbox } from '../src/scenarios/sandbox';
import {
  fixed,
  InputError,
  parseCount,
  parseStrategies,
  resolveScenario,
  signed,
  table,
  UsageError,
} from './common';
import { tempDir } from './test-io';

const temp = tempDir('c5sim-common-');
afterAll(temp.remove);

/** The message of the UsageError `run` throws. */
function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as UsageError).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseStrategies', () => {
  it('reads STATE=STRATEGY pairs, case-insensitively', () => {
    expect(parseStrategies('KAZ=multiVector, uzb=Lookahead')).toEqual({
      KAZ: 'multiVector',
      UZB: 'lookahead',
    });
    expect(parseStrategies(undefined)).toEqual({});
  });

  it('sets every state not named otherwise with all=', () => {
    expect(parseStrategies('TJK=neutral,all=greedy')).toEqual({
      KAZ: 'greedy',
      KGZ: 'greedy',
      TJK: 'neutral',
      TKM: 'greedy',
      UZB: 'greedy',
    });
  });

  it.each([
    ['KAZ', /malformed --strategy "KAZ"/],
    ['KAZ:greedy', /malformed --strategy "KAZ:greedy"/],
    ['KAZ=greedy=x', /malformed/],
    [',', /--strategy is empty/],
    ['KAZ=fast', /unknown strategy "fast"; expected one of multiVector/],
    ['KZ=greedy', /unknown state "KZ"; expected one of KAZ, KGZ, TJK, TKM, UZB or all/],
    ['KAZ=human', /"human" cannot play from the command line/],
    ['KAZ=greedy,kaz=neutral', /names KAZ twice/],
  ])('refuses %s with a named error', (spec, message) => {
    expect(usageError(() => parseStrategies(spec))).toMatch(message);
  });
});

describe('parseCount', () => {
  it('takes whole numbers within bounds', () => {
    expect(parseCount('12', '--runs', 100)).toBe(12);
    expect(parseCount(' 7 ', '--runs', 100)).toBe(7);
  });

  it.each(['0', '-3', '2.5', '1e3', 'abc', '', '101'])('refuses "%s"', (value) => {
    expect(usageError(() => parseCount(value, '--runs', 100))).toBe(
      `--runs must be a whole number from 1 to 100 (got "${value}")`,
    );
  });

  it('names a missing required option', () => {
    expect(usageError(() => parseCount(undefined, '--runs', 100))).toBe('--runs is required');
  });
});

describe('resolveScenario', () => {
  it('finds a built-in scenario by id', () => {
    expect(resolveScenario('sandbox').id).toBe('sandbox');
  });

  it('loads a scenario JSON file by path', () => {
    const file = join(temp.dir, 'mine.json');
    writeFileSync(file, JSON.stringify({ ...sandbox, id: 'my-class', title: 'My class' }));
    expect(resolveScenario(file)).toMatchObject({ id: 'my-class', title: 'My class' });
  });

  it('names an unknown id and lists the built-in ones', () => {
    expect(usageError(() => resolveScenario('atlantis'))).toMatch(
      /^unknown scenario "atlantis"; built-in scenarios are .*sandbox/,
    );
  });

  it('names a missing file, as an invalid input (exit 1)', () => {
    expect(() => resolveScenario(join(temp.dir, 'none.json'))).toThrow(InputError);
    expect(() => resolveScenario(join(temp.dir, 'none.json'))).toThrow(
      /cannot read the scenario file .*none\.json: no such file or directory/,
    );
  });

  it('lists every problem of an invalid file as path: reason', () => {
    const file = join(temp.dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...sandbox, cardChance: 2, endYear: 2020 }));
    try {
      resolveScenario(file);
      throw new Error('expected a UsageError');
    } catch (error) {
      const e = error as UsageError;
      expect(e.message).toMatch(/bad\.json is invalid \(2 problems\)/);
      expect(e.details).toEqual([
        expect.stringMatching(/^cardChance: /),
        'endYear: must not be before startYear (2026)',
      ]);
    }
  });

  it('says when a file is not JSON', () => {
    const file = join(temp.dir, 'text.json');
    writeFileSync(file, 'not json');
    try {
      resolveScenario(file);
    } catch (error) {
      expect((error as UsageError).details[0]).toMatch(/^\(file\): not valid JSON/);
    }
  });
});

describe('formatting', () => {
  it('aligns table columns, numbers to the right', () => {
    expect(
      table(
        ['a', 'num'],
        [
          ['xyz', '1.0'],
          ['b', '12.5'],
        ],
        ['l', 'r'],
      ),
    ).toBe(['a     num', '---  ----', 'xyz   1.0', 'b    12.5'].join('\n'));
  });

  it('shows signs and no negative zero', () => {
    expect(signed(1.24)).toBe('+1.2');
    expect(signed(-0.04)).toBe('±0.0');
    expect(signed(-2)).toBe('-2.0');
    expect(fixed(-0.001)).toBe('0.0');
  });
});
