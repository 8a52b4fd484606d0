import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GameState, StateId } from '../src/model/types';
import { createGame } from '../src/orchestration/game';
import { toReplay } from '../src/orchestration/replay';
import { step } from '../src/orchestration/step';
import { summarizeGame } from '../src/orchestration/summary';
import { summits2025 } from '../src/scenarios/summits-2025';
import { getStrategy } from '../src/strategies';
import { cli, tempDir } from './test-io';

const temp = tempDir('c5sim-class-');
afterAll(temp.remove);
const path = (name: string) => join(temp.dir, name);

/** A student's game: `state` played by hand, choosing what `strategy` would. */
function studentGame(state: StateId, strategy: string, seed: string): GameState {
  const chooser = getStrategy(strategy);
  if (!chooser) throw new Error(strategy);
  let game = createGame({ scenario: summits2025, seed, controllers: { [state]: 'human' } });
  while (!game.finished) {
    const { plan } = chooser.decide(game, state, () => 0.5);
    const result = step(game, { [state]: plan });
    if (!result.ok) throw new Error(result.errors[0]?.message);
    game = result.game;
  }
  return game;
}

const aida = studentGame('KAZ', 'multiVector', 'class-a');
const bolat = studentGame('UZB', 'russiaLeaning', 'class-b');
const dana = studentGame('KGZ', 'chinaLeaning', 'class-d');
writeFileSync(path('aida.replay.json'), JSON.stringify(toReplay(aida)));
writeFileSync(path('bolat.replay.json'), JSON.stringify(toReplay(bolat)));
writeFileSync(path('dana.json'), JSON.stringify(summarizeGame(dana, 'Dana')));
// Cem edited his replay's last plans, and kept the recorded hash.
const cem = toReplay(studentGame('TJK', 'multiVector', 'class-c'));
const last = cem.plans.at(-1);
if (!last) throw new Error('no plans');
const edited = {
  ...cem,
  plans: [
    ...cem.plans.slice(0, -1),
    { ...last, plans: { ...last.plans, TJK: { engagements: [], consultation: 0, summits: [] } } },
  ],
};
writeFileSync(path('cem.replay.json'), JSON.stringify(edited));
writeFileSync(path('broken.json'), '{ "format": "c5plus-replay", ');
const files = [
  'aida.replay.json',
  'bolat.replay.json',
  'cem.replay.json',
  'dana.json',
  'broken.json',
].map(path);

describe('c5sim class', () => {
  it('puts one row per student, flags the tampered and broken files, and compares', async () => {
    const { code, stdout, stderr } = await cli('class', ...files);
    expect(stderr).toBe('');
    expect(code).toBe(1); // two files are flagged
    expect(stdout).toMatch(/^Class results: 5 files, 3 student rows checked, 2 files flagged$/m);
    expect(stdout).toMatch(/^aida +KAZ +summits-2025 +class-a +[\d.]+ .* verified$/m);
    expect(stdout).toMatch(/^Dana +KGZ +summits-2025 +class-d .* summary$/m);
    expect(stdout).toMatch(
      /^cem +TJK .* tampered: altered: its plans reach hash [0-9a-f]{16}, not the recorded [0-9a-f]{16}$/m,
    );
    expect(stdout).toMatch(/^broken +.*invalid: not valid JSON/m);
    expect(stdout).toMatch(/^summits-2025: 3 students, median autonomy \d+\.\d$/m);
    expect(stdout).toMatch(
      /^ {2}balanced \(autonomy at or above the median\): .*aida \(KAZ, most exposed to \w+ \d+%\)/m,
    );
    expect(stdout).toMatch(/^ {2}leaned \(autonomy below the median\): /m);
    expect(stdout).toMatch(
      /^ {2}what it cost \(balanced vs leaned, means\): prosperity [\d.]+ vs [\d.]+, security/m,
    );
    expect(stdout).toMatch(/^Left out of the comparison: .*cem\.replay\.json, .*broken\.json$/m);
  });

  it('reports the replayed figures, the same as the game’s own summary', async () => {
    const out = path('class.json');
    expect((await cli('class', path('aida.replay.json'), '--out', out)).code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.rows).toHaveLength(1);
    expect(json.rows[0].summary).toEqual(summarizeGame(aida));
    expect(json.rows[0]).toMatchObject({ label: 'aida', state: 'KAZ', check: 'verified' });
  });

  it('writes CSV, one row per student or flagged file', async () => {
    const out = path('class.csv');
    const run = await cli('class', ...files, '--out', out);
    expect(run.code).toBe(1);
    const rows = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(rows[0]).toBe(
      'label,file,check,scenario,seed,state,year,welfare,prosperity,security,autonomy,connectivity,humanCapital,objectivesMet,leanPartner,leanShare,problem',
    );
    expect(rows).toHaveLength(6);
    expect(rows[1]).toContain(
      `,verified,summits-2025,class-a,KAZ,${aida.year},${summarizeGame(aida).states.KAZ.welfare.toFixed(2)},`,
    );
    expect(rows[3]).toMatch(/,tampered,/);
    expect(rows[5]).toMatch(/^broken,.*,invalid,/);
    const json = await cli('class', ...files, '--format', 'json');
    expect(JSON.parse(json.stdout).rows).toHaveLength(5);
  });

  it('exits 2 for a bad call', async () => {
    expect((await cli('class')).code).toBe(2);
    expect((await cli('class', files[0] ?? '', '--format', 'xlsx')).stderr).toMatch(
      /--format must be csv or json/,
    );
    expect((await cli('class', files[0] ?? '', '--out', '/nonexistent-dir/c.csv')).code).toBe(2);
  });
});
