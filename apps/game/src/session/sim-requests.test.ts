import { advise, createGame, getScenario, hashState, legalActions, step } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { answerSimRequest, type SimRequestKind } from './sim-requests';
import { inThreadRunner } from './sim-runner';

const scenario = getScenario('launch-2004')!;
const game = createGame({
  scenario,
  seed: 'requests',
  controllers: { KAZ: 'human', KGZ: 'greedy', TJK: 'neutral', TKM: 'neutral', UZB: 'historical' },
});
const plan = {
  year: game.year,
  engagements: [],
  consultation: legalActions(game, 'KAZ').budget,
  summits: [],
};

describe('the sim requests', () => {
  it('step like the sim, to the same state hash, also after a structured copy (the worker’s way)', async () => {
    const direct = step(game, { KAZ: plan });
    const copied = answerSimRequest('step', structuredClone({ game, plans: { KAZ: plan } }));
    const viaRunner = await inThreadRunner.run('step', { game, plans: { KAZ: plan } });
    if (!direct.ok || !copied.ok || !viaRunner.ok) throw new Error('the plan was refused');
    expect(hashState(structuredClone(copied.game))).toBe(hashState(direct.game));
    expect(hashState(viaRunner.game)).toBe(hashState(direct.game));
    expect(copied.report).toEqual(direct.report);
  });

  it('pass the sim’s own refusal through', () => {
    const refused = answerSimRequest('step', {
      game,
      plans: { KAZ: { ...plan, consultation: 999 } },
    });
    expect(refused.ok).toBe(false);
  });

  it('advise like the sim', () => {
    expect(answerSimRequest('advise', { game, player: 'KAZ' })).toEqual(advise(game, 'KAZ'));
  });

  it('name an unknown request', () => {
    expect(() => answerSimRequest('rewind' as SimRequestKind, { game, player: 'KAZ' })).toThrow(
      'The sim has no request named "rewind".',
    );
  });
});
