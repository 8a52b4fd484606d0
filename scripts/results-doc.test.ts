import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { documentedOutputs, runC5sim } from './doc-commands';

const page = readFileSync(
  fileURLToPath(new URL('../docs/teachers/results.md', import.meta.url)),
  'utf8',
);
/** Hashes change with every version of the model; the page says so. The rest must match. */
const masked = (text: string) => text.replace(/\b[0-9a-f]{16}\b/g, '<hash>');

describe('the replay checks shown in results.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'c5-results-'));
  const made = runC5sim(dir, [
    'play',
    '--scenario',
    'war-2022',
    '--seed',
    'class-7b',
    '--strategy',
    'KAZ=greedy',
    '--replay',
    'aigerim.replay.json',
  ]);
  const replay = JSON.parse(readFileSync(join(dir, 'aigerim.replay.json'), 'utf8'));
  // The page's two hand-edited copies: a legal change of partner, and one point too many.
  const timur = structuredClone(replay);
  timur.plans[4].plans.KAZ.engagements[0].partner = 'usa';
  writeFileSync(join(dir, 'timur.replay.json'), JSON.stringify(timur, null, 2));
  const bekzat = structuredClone(replay);
  bekzat.plans[0].plans.KAZ.engagements[0].points += 1;
  writeFileSync(join(dir, 'bekzat.replay.json'), JSON.stringify(bekzat, null, 2));

  const cases: { args: string[]; status: number }[] = [
    { args: ['validate', 'aigerim.replay.json'], status: 0 },
    { args: ['replay', 'aigerim.replay.json'], status: 0 },
    { args: ['replay', 'timur.replay.json'], status: 1 },
    { args: ['validate', 'timur.replay.json'], status: 1 },
    { args: ['validate', 'bekzat.replay.json'], status: 1 },
  ];

  it('made the replay the page starts from', () => {
    expect(made.status).toBe(0);
  });

  for (const { args, status } of cases) {
    it(`prints what \`c5sim ${args.join(' ')}\` prints`, () => {
      const shown = documentedOutputs(page, args.join(' '));
      expect(shown).toHaveLength(1);
      const run = runC5sim(dir, args);
      expect(run.status).toBe(status);
      expect(masked(run.output)).toBe(masked(shown[0] ?? ''));
    });
  }

  it('shows a tampered file whose hash differs from the recorded one', () => {
    const [shown] = documentedOutputs(page, 'replay timur.replay.json');
    const final = shown?.match(/Final hash: +(\w+)/)?.[1];
    const recorded = shown?.match(/Recorded hash: +(\w+)/)?.[1];
    expect(final).toBeDefined();
    expect(final).not.toBe(recorded);
  });
});
