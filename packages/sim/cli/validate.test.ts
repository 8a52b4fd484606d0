import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../src/orchestration/game';
import { getScenario } from '../src/scenarios';
import { sandbox } from '../src/scenarios/sandbox';
import { cli, tempDir } from './test-io';

const temp = tempDir('c5sim-validate-');
afterAll(temp.remove);
const file = (name: string) => join(temp.dir, name);
const write = (name: string, value: unknown) => {
  writeFileSync(file(name), typeof value === 'string' ? value : JSON.stringify(value));
  return file(name);
};
const read = (name: string) => JSON.parse(readFileSync(file(name), 'utf8'));

beforeAll(async () => {
  const played = await cli(
    'play',
    '--scenario',
    'sandbox',
    '--seed',
    'v',
    '--save',
    file('game.save.json'),
    '--replay',
    file('game.replay.json'),
  );
  expect(played.code).toBe(0);
});

describe('c5sim validate', () => {
  it('round trip: play --save FILE, then validate FILE says it is a valid save', async () => {
    const { code, stdout, stderr } = await cli('validate', file('game.save.json'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('valid save of sandbox, seed "v", 10 turns played, finished\n');
  });

  it('accepts a replay whose plans reproduce its hash', async () => {
    const { code, stdout } = await cli('validate', file('game.replay.json'));
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^valid replay of sandbox, seed "v", 10 turns, hash [0-9a-f]{16} reproduced\n$/,
    );
  });

  it('accepts a scenario file', async () => {
    const { code, stdout } = await cli('validate', write('scenario.json', sandbox));
    expect(code).toBe(0);
    expect(stdout).toBe(`valid scenario "sandbox" (2026–2035): ${sandbox.title}\n`);
  });

  it('names every problem of a scenario as path: reason', async () => {
    const bad = {
      ...sandbox,
      cardChance: 3,
      id: 'Not An Id',
      initial: { ...sandbox.initial, cohesion: -1 },
    };
    const { code, stdout, stderr } = await cli('validate', write('bad-scenario.json', bad));
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      expect.stringMatching(
        /^c5sim: .*bad-scenario\.json is not a valid scenario \(3 problems\):$/,
      ),
      '  id: must be a kebab-case id',
      expect.stringMatching(/^ {2}initial\.cohesion: /),
      expect.stringMatching(/^ {2}cardChance: /),
      '',
    ]);
  });

  it.each([
    [
      'a newer save',
      (s: Record<string, unknown>) => ({ ...s, schemaVersion: SCHEMA_VERSION + 1 }),
      /save is version \d+, newer than this program/,
    ],
    [
      'a save without a game',
      (s: Record<string, unknown>) => ({ ...s, game: null }),
      /The save has no "game" object/,
    ],
    [
      'a save missing fields',
      (s: Record<string, { rng?: unknown }>) => {
        delete s.game?.rng;
        return s;
      },
      /game\.rng: /,
    ],
    [
      'a save with an invalid scenario',
      (s: Record<string, Record<string, Record<string, unknown>>>) => {
        if (s.game?.scenario) s.game.scenario.cardChance = -1;
        return s;
      },
      /game\.scenario\.cardChance: /,
    ],
    [
      'a save changed after saving',
      (s: Record<string, Record<string, unknown>>) => {
        if (s.game) s.game.cohesion = 1;
        return s;
      },
      /the saved state does not follow from its scenario, seed and 10 logged turns/,
    ],
  ])('refuses %s, naming the problem', async (_, change, message) => {
    const path = write('changed.save.json', change(read('game.save.json')));
    const { code, stderr } = await cli('validate', path);
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not a valid save \(1 problem\):/);
    expect(stderr).toMatch(message);
  });

  it('refuses a replay that does not reproduce its hash', async () => {
    const path = write('changed.replay.json', {
      ...read('game.replay.json'),
      hash: '0'.repeat(16),
    });
    const { code, stderr } = await cli('validate', path);
    expect(code).toBe(1);
    expect(stderr).toMatch(/hash: the plans replay to [0-9a-f]{16}, not the recorded 0{16}/);
  });

  it('refuses a replay with an invalid scenario', async () => {
    const replay = read('game.replay.json');
    replay.scenario.startYear = 1800;
    const { code, stderr } = await cli('validate', write('bad-scenario.replay.json', replay));
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not a valid replay/);
    expect(stderr).toMatch(/scenario\.startYear: /);
  });

  it('refuses a file that is not JSON or of an unknown format', async () => {
    const text = await cli('validate', write('notes.json', 'just words'));
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/is not a valid file \(1 problem\):\n {2}\(file\): not valid JSON/);
    const other = await cli('validate', write('other.json', { format: 'c5plus-dataset' }));
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/format: unknown "format" "c5plus-dataset"/);
  });

  it('exits 1 for a file it cannot read', async () => {
    const { code, stderr } = await cli('validate', file('none.json'));
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^c5sim: error: cannot read the file .*none\.json: no such file or directory\n$/,
    );
  });

  it('names a citation missing from the dataset and lists at most 20 problems', async () => {
    const scenario = JSON.parse(JSON.stringify(getScenario('war-2022')));
    scenario.scripted[0].citation = 'events/does-not-exist';
    scenario.lessons = Array.from({ length: 30 }, () => '');
    // Its Russian lessons would no longer match in number: a 32nd problem.
    delete scenario.translations;
    const { code, stderr } = await cli('validate', write('many.json', scenario));
    expect(code).toBe(1);
    expect(stderr).toMatch(/is not a valid scenario \(31 problems\)/);
    expect(stderr).toMatch(/…and 11 more/);
    expect(stderr.trim().split('\n')).toHaveLength(22);
    const cited = await cli('validate', write('cited.json', { ...scenario, lessons: [] }));
    expect(cited.stderr).toMatch(
      /scripted\[0\]\.citation: "events\/does-not-exist" is not a record/,
    );
  });

  it('refuses a save with a 3,000-deep value, exit 1, no RangeError', async () => {
    const save = read('game.save.json');
    save.game.seed = JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`);
    const { code, stderr } = await cli('validate', write('deep.save.json', save));
    expect(code).toBe(1);
    expect(stderr).toMatch(/game\.seed: /);
    expect(stderr).not.toMatch(/RangeError/);
  });
});
