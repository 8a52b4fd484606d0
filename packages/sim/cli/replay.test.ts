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
    expect(stderr).toMatch(/the replay does not run: .*refused: KAZ .*spends 999 points/);
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
      /is not a replay \(its "format" should be "c5plus-replay"\)/,
    ],
    [
      'a broken scenario',
      () =>
        variant('scenario.json', (r) => ({
          ...r,
          scenario: { ...(r.scenario as object), cardChance: 5 },
        })),
      /is not a usable replay \(1 problems\)\n {2}scenario\.cardChance: /,
    ],
  ])('exits 2 for %s, with a named error', async (_, path, message) => {
    const { code, stderr } = await cli('replay', path());
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('exits 1 for a file it cannot read (the input is invalid)', async () => {
    const { code, stderr } = await cli('replay', file('none.json'));
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot read the replay file .*none\.json: no such file or directory/);
  });

  it('is a plain function too', () => {
    expect(replayCommand(file('game.replay.json')).exitCode).toBe(0);
  });
});
