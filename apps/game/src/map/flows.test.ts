import { createGame, getScenario, step, type TurnReport } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { failedMeetings, turnFlows } from './flows';

function firstTurn(): TurnReport {
  const scenario = getScenario('roadmap-2015');
  if (!scenario) throw new Error('roadmap-2015 is missing');
  const game = createGame({ scenario, seed: 'flows', controllers: { KAZ: 'human' } });
  const result = step(game, {
    KAZ: {
      engagements: [
        { partner: 'japan', issue: 'education', format: 'c5plus', points: 2 },
        { partner: 'china', issue: 'connectivity', format: 'bilateral', points: 2 },
      ],
      consultation: 0,
      summits: [],
    },
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.report;
}

describe('the turn’s flows', () => {
  const report = firstTurn();
  const flows = turnFlows(report);

  it('link each meeting’s partner to every state that took part', () => {
    for (const m of report.meetings)
      for (const s of m.participants)
        expect(flows).toContainEqual({
          partner: m.partner,
          state: s,
          kind: m.convened ? (m.summit ? 'summit' : 'meeting') : 'failed',
        });
    expect(
      report.meetings.some((m) => m.partner === 'japan' && m.participants.includes('KAZ')),
    ).toBe(true);
  });

  it('link a bilateral deal to the one state that made it, once', () => {
    const deals = flows.filter((f) => f.kind === 'deal' && f.state === 'KAZ');
    expect(deals).toContainEqual({ partner: 'china', state: 'KAZ', kind: 'deal' });
    expect(deals.filter((f) => f.partner === 'china')).toHaveLength(1);
  });

  it('give nothing without a report, and a reason for every failed meeting', () => {
    expect(turnFlows(undefined)).toEqual([]);
    const failed = failedMeetings({
      ...report,
      meetings: [
        {
          partner: 'usa',
          participants: ['KAZ'],
          issues: ['energy'],
          convened: false,
          reason: 'too-few-states',
          attention: 40,
          summit: false,
        },
        {
          partner: 'eu',
          participants: ['KAZ', 'UZB'],
          issues: [],
          convened: false,
          attention: 10,
          summit: false,
        },
        {
          partner: 'japan',
          participants: ['KAZ'],
          issues: [],
          convened: true,
          attention: 60,
          summit: false,
        },
      ],
    });
    expect(failed).toEqual([
      { partner: 'usa', reason: 'too-few-states' },
      { partner: 'eu', reason: 'no-format' },
    ]);
    expect(turnFlows({ ...report, meetings: [], effects: [] })).toEqual([]);
  });
});
