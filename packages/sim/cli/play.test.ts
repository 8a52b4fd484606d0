import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_IDS } from '@c5plus/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createGame } from '../src/orchestration/game';
import { hashState } from '../src/orchestration/hash';
import { playOut } from '../src/orchestration/play';
import { deserialize } from '../src/orchestration/serialize';
import { getScenario } from '../src/scenarios';
import { quietSandbox } from '../src/test-support';
import { playCommand } from './play';
import { cli, tempDir } from './test-io';

const temp = tempDir('c5sim-play-');
afterAll(temp.remove);
const sandbox = getScenario('sandbox');
if (!sandbox) throw new Error('no sandbox');
const expectedHash = hashState(playOut(createGame({ scenario: sandbox, seed: 'demo' })));

describe('c5sim play', () => {
  it('says why a partner pressed: the suspicion past the threshold, the next year it may, its bloc', async () => {
    // Seed press-11: the USA presses Kazakhstan in 2005, and the EU with it.
    const game = [
      'play',
      '--scenario',
      'launch-2004',
      '--seed',
      'press-11',
      '--strategy',
      'KAZ=russiaLeaning',
    ];
    const { code, stdout } = await cli(...game);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /usa presses KAZ \(pressure: suspicion \d+ past 35, not again before 2009, with eu; themes\/sanctions\)/,
    );
    const json = await cli(...game, '--json');
    const turns = JSON.parse(json.stdout).turns as { year: number; pressure: unknown[] }[];
    expect(turns.find((t) => t.year === 2005)?.pressure).toEqual([
      expect.objectContaining({ partner: 'usa', state: 'KAZ', nextPossible: 2009, allies: ['eu'] }),
    ]);
  });

  it('prints every year, then the scorecard and the final hash', async () => {
    const { code, stdout, stderr } = await cli('play', '--scenario', 'sandbox', '--seed', 'demo');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain(sandbox.title);
    expect(stdout).toContain('Scenario sandbox (2026–2035), seed "demo"');
    for (let year = sandbox.startYear; year <= sandbox.endYear; year++)
      expect(stdout).toMatch(new RegExp(`^${year}$`, 'm'));
    expect(stdout).toMatch(/^ {2}C5\+ meetings {2}\S/m);
    expect(stdout).toMatch(/^ {2}cohesion {6}\d+\.\d → \d+\.\d \([+-±]\d+\.\d\)$/m);
    for (const id of STATE_IDS) {
      expect(stdout).toMatch(new RegExp(`^  ${id} +welfare \\d+\\.\\d → \\d+\\.\\d`, 'm'));
      // Its biggest moves, described by describeEffect: `KAZ connectivity +4.94 (C5+ meeting …)`.
      expect(stdout).toMatch(new RegExp(`^ {18}${id} [a-z ]+ [+-]\\d+\\.\\d\\d \\(.+\\)$`, 'm'));
      expect(stdout).toMatch(
        new RegExp(`^${id} +multiVector +(\\d+\\.\\d +){6}[a-z-]+ \\d+% +[a-z-]+ \\d`, 'm'),
      );
    }
    expect(stdout).toMatch(/^Objectives \(\d of 4 met\):$/m);
    // The lessons, a line a state, from lessonFindings.
    for (const id of STATE_IDS)
      expect(stdout).toMatch(
        new RegExp(`^  ${id}  practical: [a-z ]+ · diversified: [a-z ]+ · together: [a-z ]+$`, 'm'),
      );
    expect(stdout).toMatch(
      /^ {2}\[[x ]\] Every state keeps autonomy of at least 85\. \(measured: \d+\.\d\)$/m,
    );
    expect(stdout).toContain(`Final hash: ${expectedHash}`);
  });

  it('shows as many moves per state as --effects asks', async () => {
    const { stdout } = await cli(
      'play',
      '--scenario',
      'sandbox',
      '--seed',
      'demo',
      '--effects',
      '4',
    );
    const firstYear = stdout.split('\n\n')[1] ?? '';
    expect(firstYear.split('\n').filter((l) => /^ {18}KAZ /.test(l))).toHaveLength(4);
  });

  it('prints one JSON object with the turns, the scorecard and the hash', async () => {
    const { code, stdout } = await cli('play', '--scenario', 'sandbox', '--seed', 'demo', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.hash).toBe(expectedHash);
    expect(json.seed).toBe('demo');
    expect(json.scenario).toEqual({ id: 'sandbox', title: sandbox.title });
    expect(json.turns).toHaveLength(sandbox.endYear - sandbox.startYear + 1);
    expect(json.turns[0]).toMatchObject({ year: sandbox.startYear });
    expect(Object.keys(json.turns[0].welfare)).toEqual([...STATE_IDS]);
    expect(json.turns[0].effects.length).toBeGreaterThan(0);
    expect(json.scorecard.finished).toBe(true);
    expect(json.scorecard.states).toHaveLength(5);
  });

  it('plays the strategies given, and a different game for them', async () => {
    const { stdout } = await cli(
      'play',
      '--scenario',
      'sandbox',
      '--seed',
      'demo',
      '--strategy',
      'KAZ=greedy,UZB=westLeaning',
      '--json',
    );
    const json = JSON.parse(stdout);
    expect(json.controllers).toEqual({
      KAZ: 'greedy',
      KGZ: 'multiVector',
      TJK: 'multiVector',
      TKM: 'multiVector',
      UZB: 'westLeaning',
    });
    expect(json.hash).toBe(
      hashState(
        playOut(
          createGame({
            scenario: sandbox,
            seed: 'demo',
            controllers: { KAZ: 'greedy', UZB: 'westLeaning' },
          }),
        ),
      ),
    );
    expect(json.hash).not.toBe(expectedHash);
  });

  it('plays a scenario JSON file given by path', async () => {
    const file = join(temp.dir, 'quiet.json');
    writeFileSync(file, JSON.stringify(quietSandbox));
    const { code, stdout } = await cli('play', '--scenario', file, '--seed', 's', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).hash).toBe(
      hashState(
        playOut(createGame({ scenario: JSON.parse(JSON.stringify(quietSandbox)), seed: 's' })),
      ),
    );
  });

  it('writes the save and the replay', async () => {
    const save = join(temp.dir, 'game.save.json');
    const replay = join(temp.dir, 'game.replay.json');
    const { stdout } = await cli(
      'play',
      '--scenario',
      'sandbox',
      '--seed',
      'demo',
      '--save',
      save,
      '--replay',
      replay,
    );
    expect(stdout).toContain(`Saved the game to ${save}.`);
    expect(stdout).toContain(`Wrote the replay to ${replay}.`);
    expect(hashState(deserialize(readFileSync(save, 'utf8')))).toBe(expectedHash);
    const written = JSON.parse(readFileSync(replay, 'utf8'));
    expect(written).toMatchObject({ format: 'c5plus-replay', seed: 'demo', hash: expectedHash });
    expect(written.plans).toHaveLength(10);
  });

  it.each([
    [
      ['--scenario', 'atlantis'],
      /^c5sim: error: unknown scenario "atlantis"; built-in scenarios are /,
    ],
    [['--strategy', 'KAZ:greedy'], /^c5sim: error: malformed --strategy "KAZ:greedy"/],
    [
      ['--strategy', 'KAZ=clever'],
      /^c5sim: error: --strategy KAZ=clever: unknown strategy "clever"/,
    ],
    [['--strategy', 'ABC=greedy'], /^c5sim: error: --strategy ABC=greedy: unknown state "ABC"/],
    [['--effects', 'many'], /^c5sim: error: --effects must be a whole number/],
    [['--seed', ''], /^c5sim: error: --seed: the seed is empty/],
    [['--seed', 'a b'], /^c5sim: error: --seed: the seed contains " "; a seed is 1–64 characters/],
    [
      ['--save', '/nonexistent-dir/x.json'],
      /^c5sim: error: cannot write the save file \/nonexistent-dir\/x\.json/,
    ],
    [['--colour', 'red'], /^c5sim: error: unknown option '--colour'/],
  ])('refuses %j with one named error line and exit code 2', async (args, message) => {
    const { code, stdout, stderr } = await cli('play', '--seed', 'x', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('exits 1 for a scenario file it cannot read, and for an invalid one', async () => {
    const missing = await cli('play', '--scenario', 'missing/file.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /^c5sim: error: cannot read the scenario file missing\/file\.json: no such file or directory/,
    );
    const file = join(temp.dir, 'invalid-scenario.json');
    writeFileSync(file, JSON.stringify({ ...sandbox, cardChance: 2 }));
    const invalid = await cli('play', '--scenario', file);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(
      /invalid-scenario\.json is invalid \(1 problem\)\n {2}cardChance: /,
    );
  });

  it('is a plain function too: options in, output and exit code out', () => {
    const result = playCommand({ scenario: 'sandbox', seed: 'demo', json: true });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).hash).toBe(expectedHash);
  });
});
