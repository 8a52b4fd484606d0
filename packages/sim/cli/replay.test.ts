import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayCommand } from './replay';
import { cli, tempDir } from './test-io';

const temp = tempDir('c5sim-replay-');
afterAll(temp.remove);
const file = (name: string) => join(temp.dir, name);
let original: Record<string, unknown> & {
  plans: { year: number; plans: Record<string, unknown> }[];
};
let hash: string;

beforeAll(async () => {
  const played = await cli(
    'play',
    '--scenario',
    'sandbox',
    '--seed',
    'round-trip',
    '--strategy',
    'KGZ=greedy',
    '--replay',
    file('game.replay.json'),
  );
  expect(played.code).toBe(0);
  hash = /Final hash: ([0-9a-f]{16})/.exec(played.stdout)?.[1] ?? '';
  original = JSON.parse(readFileSync(file('game.replay.json'), 'utf8'));
});

/** Writes a changed copy of the replay and returns its path. */
function variant(name: string, change: (r: typeof original) => unknown): string {
  const copy = structuredClone(original);
  const changed = change(copy) ?? copy;
  writeFileSync(file(name), JSON.stringify(changed));
  return file(name);
}

describe('c5sim replay', () => {
  it('round trip: play --replay FILE, then replay FILE reproduces the hash', async () => {
    const { code, stdout, stderr } = await cli('replay', file('game.replay.json'));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Replay of sandbox, seed "round-trip", 10 turns');
    expect(stdout).toContain(`Final hash:    ${hash}`);
    expect(stdout).toContain(`Recorded hash: ${hash}`);
    expect(stdout).toContain('The replay matches');
  });

  it('exits 1 when the recorded hash is not reached', async () => {
    const { code, stdout } = await cli(
      'replay',
      variant('hash.json', (r) => ({ ...r, hash: '0'.repeat(16) })),
    );
    expect(code).toBe(1);
    expect(stdout).toContain(`Final hash:    ${hash}`);
    expect(stdout).toContain('MISMATCH');
  });

  it('exits 1 when changed plans lead elsewhere', async () => {
    const path = variant('plans.json', (r) => {
      const first = r.plans[0];
      if (first) first.plans.KAZ = { engagements: [], consultation: 0, summits: [] };
    });
    expect((await cli('replay', path)).code).toBe(1);
  });

  it('exits 1 naming the refusal when a plan is illegal', async () => {
    const path = variant('illegal.json', (r) => {
      const first = r.plans[0];
      if (first) first.plans.KAZ = { engagements: [], consultation: 999, summits: [] };
    });
    const { code, stderr } = await cli('replay', path);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /the replay does not run: .*refused: plans\[0\]\.plans\.KAZ.*spends 999 points/,
    );
  });

  it.each([
    [
      'not JSON',
      () => {
        writeFileSync(file('text.json'), 'hello');
        return file('text.json');
      },
      /is not a replay: not valid JSON/,
    ],
    [
      'a save',
      () => variant('save.json', (r) => ({ ...r, format: 'c5plus-save' })),
      /is not a replay: it looks like a save/,
    ],
    [
      'a broken scenario',
      () =>
        variant('scenario.json', (r) => ({
          ...r,
          scenario: { ...(r.scenario as object), cardChance: 5 },
        })),
      /is not a usable replay \(1 problem\)\n {2}scenario\.cardChance: /,
    ],
    [
      'missing',
      () => file('none.json'),
      /cannot read the replay file .*none\.json: no such file or directory/,
    ],
  ])('exits 1 for %s, with a named error', async (_, path, message) => {
    const { code, stderr } = await cli('replay', path());
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('names the first turn that diverges', async () => {
    const path = variant('diverges.json', (r) => {
      const third = r.plans[2];
      if (third) third.plans.KAZ = { engagements: [], consultation: 0, summits: [] };
    });
    const { code, stdout } = await cli('replay', path);
    expect(code).toBe(1);
    expect(stdout).toMatch(/first diverges at turn 3 \(2028\)/);
  });

  it('still reads a format 1 replay (no per-turn hashes)', async () => {
    const path = variant('v1.json', ({ version: _v, hashes: _h, ...rest }) => rest);
    const { code, stdout } = await cli('replay', path);
    expect(code).toBe(0);
    expect(stdout).toContain('The replay matches');
  });

  it.each([
    [
      'null plan entries',
      (r: typeof original) => ({ ...r, plans: [...r.plans, null, null] }),
      /plans\[10\]: /,
    ],
    [
      'more turns than the scenario',
      (r: typeof original) => ({ ...r, plans: [...r.plans, ...r.plans] }),
      /plans: 20 turns, but the scenario has 10/,
    ],
    [
      'an unknown key',
      (r: typeof original) => ({ ...r, comment: 'x' }),
      /\(file\): unknown key "comment"/,
    ],
    [
      'a 3,000-deep nested value',
      (r: typeof original) => ({
        ...r,
        seed: JSON.parse(`${'['.repeat(3000)}${']'.repeat(3000)}`),
      }),
      /seed: /,
    ],
  ])('refuses %s with exit 1, naming the path', async (_, change, message) => {
    const { code, stderr } = await cli('replay', variant('refused.json', change));
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/RangeError/);
  });

  it('is a plain function too', () => {
    expect(replayCommand(file('game.replay.json')).exitCode).toBe(0);
  });
});
