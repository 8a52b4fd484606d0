import { STATE_IDS } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import { scorecard } from '../kernel/scorecard';
import { summits2025 } from '../scenarios/summits-2025';
import { idle } from '../test-support';
import { createGame } from './game';
import { hashState } from './hash';
import { playOut } from './play';
import { step } from './step';
import { parseSummary, SUMMARY_FORMAT, summariesToCsv, summarizeGame } from './summary';

function aiGame() {
  return playOut(createGame({ scenario: summits2025, seed: 'class-1' }));
}

function humanGame() {
  const start = createGame({
    scenario: summits2025,
    seed: 'class-2',
    controllers: { KAZ: 'human', UZB: 'human' },
  });
  const result = step(start, { KAZ: idle, UZB: idle });
  if (!result.ok) throw new Error('step failed');
  return result.game;
}

describe('summarizeGame', () => {
  it('reports the final state rounded to 2 decimals, with hash and objectives', () => {
    const game = aiGame();
    const summary = summarizeGame(game, 'Aida');
    const card = scorecard(game);
    expect(summary.format).toBe(SUMMARY_FORMAT);
    expect(summary.label).toBe('Aida');
    expect(summary.scenario).toBe('summits-2025');
    expect(summary.players).toEqual([]);
    expect(summary.finished).toBe(true);
    expect(summary.hash).toBe(hashState(game));
    const kaz = card.states.find((s) => s.state === 'KAZ');
    expect(summary.states.KAZ.welfare).toBeCloseTo(kaz?.welfare ?? Number.NaN, 2);
    for (const id of STATE_IDS) {
      for (const v of Object.values(summary.states[id])) expect(Math.round(v * 100) / 100).toBe(v);
    }
    expect(summary.objectives.map((o) => o.met)).toEqual(card.objectives.map((o) => o.met));
    expect(parseSummary(JSON.parse(JSON.stringify(summary)))).toEqual({ ok: true, summary });
  });

  it('lists the human players and the year reached by an unfinished game', () => {
    const summary = summarizeGame(humanGame());
    expect(summary.players).toEqual(['KAZ', 'UZB']);
    expect(summary.controllers.KAZ).toBe('human');
    expect(summary.controllers.KGZ).not.toBe('human');
    expect(summary.finished).toBe(false);
    expect(summary.year).toBe(summits2025.startYear + 1);
  });
});

describe('summariesToCsv', () => {
  it('writes one row per played state, and one for an all-AI game', () => {
    const human = summarizeGame(humanGame(), 'Team, "A"');
    const ai = summarizeGame(aiGame());
    const lines = summariesToCsv([human, ai]).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^label,scenario,seed,state,controllers,year,finished,hash,welfare,/);
    expect(lines[0]).toContain(`objective:${ai.objectives[0]?.id}`);
    expect(lines[1]).toMatch(/^"Team, ""A""",summits-2025,class-2,KAZ,/);
    expect(lines[2]).toContain(',UZB,');
    expect(lines[2]).toContain(`,${human.states.UZB.welfare},`);
    expect(lines[3]).toMatch(/^,summits-2025,class-1,,/);
  });
});

describe('parseSummary', () => {
  it('names each problem with its path', () => {
    const good = summarizeGame(aiGame());
    const bad = {
      ...good,
      extra: 1,
      year: '2030',
      states: { ...good.states, KAZ: { ...good.states.KAZ, welfare: 140 } },
    };
    const result = parseSummary(bad);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.join('\n');
    expect(problems).toMatch(/year/);
    expect(problems).toMatch(/states\.KAZ\.welfare/);
    expect(problems).toMatch(/extra/);
  });

  it('refuses a wrong format, and players that disagree with the controllers', () => {
    const good = summarizeGame(humanGame());
    expect(parseSummary({ ...good, format: 'c5plus-replay/1' }).ok).toBe(false);
    const lying = parseSummary({ ...good, players: ['KAZ'] });
    expect(lying).toMatchObject({ ok: false, problems: [expect.stringMatching(/UZB/)] });
    expect(parseSummary(null).ok).toBe(false);
  });
});
