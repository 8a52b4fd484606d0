import { DEFAULT_SCENARIO_ID } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED, parseParams } from './params';

describe('parseParams', () => {
  it('defaults to the default scenario and seed', () => {
    const request = parseParams('');
    expect('scenario' in request && request.scenario.id).toBe(DEFAULT_SCENARIO_ID);
    expect('seed' in request && request.seed).toBe(DEFAULT_SEED);
  });

  it('reads a scenario and a seed', () => {
    const request = parseParams('?scenario=war-2022&seed=class-7b');
    expect(request).toMatchObject({ scenario: { id: 'war-2022' }, seed: 'class-7b' });
  });

  it('names each bad parameter', () => {
    const request = parseParams('?scenario=atlantis&seed=%3Cscript%3E');
    expect('errors' in request && request.errors.map((e) => e.param)).toEqual(['scenario', 'seed']);
    expect('errors' in request && request.errors[0]?.message).toMatch(
      /Unknown scenario "atlantis"/,
    );
  });
});
