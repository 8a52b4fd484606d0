import { DEFAULT_SCENARIO_ID, getScenario, parseSeed } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AI, isSeed, parseParams, randomSeed, writeParams } from './params';

describe('parseParams', () => {
  it('defaults to the default scenario, Kazakhstan and no seed', () => {
    const { request, errors } = parseParams('');
    expect(errors).toEqual([]);
    expect(request).toMatchObject({
      scenario: { id: DEFAULT_SCENARIO_ID },
      seed: undefined,
      state: 'KAZ',
      view: 'play',
    });
    expect(request.ai.UZB).toBe(DEFAULT_AI);
  });

  it('reads a whole setup', () => {
    const { request, errors } = parseParams(
      '?scenario=war-2022&seed=class-7b&state=TKM&ai=KAZ:greedy,UZB:neutral&lang=ru',
    );
    expect(errors).toEqual([]);
    expect(request).toMatchObject({
      scenario: { id: 'war-2022' },
      seed: 'class-7b',
      state: 'TKM',
      lang: 'ru',
    });
    expect(request.ai).toMatchObject({ KAZ: 'greedy', UZB: 'neutral', KGZ: DEFAULT_AI });
  });

  it('names each bad parameter and keeps the defaults', () => {
    const { request, errors } = parseParams(
      '?scenario=atlantis&seed=%3Cscript%3E&state=FRA&ai=KAZ:magic&lang=fr',
    );
    expect(errors.map((e) => e.param)).toEqual(['scenario', 'seed', 'state', 'ai', 'lang']);
    expect(errors[0]?.message).toMatch(/Unknown scenario "atlantis"/);
    expect(request).toMatchObject({
      scenario: { id: DEFAULT_SCENARIO_ID },
      seed: undefined,
      state: 'KAZ',
    });
  });

  it('finds a scenario imported into the browser by its id, after the built-in ones', () => {
    const base = getScenario('war-2022')!;
    const imported = { ...base, id: 'astana-2024', title: 'Astana 2024' };
    const { request, errors } = parseParams('?scenario=astana-2024&seed=r1', [imported]);
    expect(errors).toEqual([]);
    expect(request.scenario).toBe(imported);
    // A built-in id is never shadowed, and an unknown id lists the imported ones too.
    expect(parseParams('?scenario=war-2022', [imported]).request.scenario.id).toBe('war-2022');
    const unknown = parseParams('?scenario=astana-2025', [imported]);
    expect(unknown.request.scenario.id).toBe(DEFAULT_SCENARIO_ID);
    expect(unknown.errors[0]?.message).toMatch(
      /^Unknown scenario "astana-2025"\. Choose one of: .*war-2022.*, astana-2024\.$/,
    );
    expect(parseParams('?scenario=astana-2024').errors[0]?.param).toBe('scenario');
  });

  it('writes what it reads', () => {
    const { request } = parseParams('?scenario=roadmap-2015&seed=abc&state=UZB&ai=KAZ:greedy');
    const again = parseParams(writeParams({ ...request, seed: 'abc' })).request;
    expect(again).toEqual(request);
    expect(getScenario(again.scenario.id)).toBeDefined();
  });

  it('draws valid random seeds', () => {
    expect(isSeed(randomSeed())).toBe(true);
  });
});

describe('the seed rule', () => {
  it('is the CLI’s: what parseSeed accepts opens in the URL, and what it refuses is named', () => {
    for (const seed of ['class-7b', 'a', 'A_b-9', 'x'.repeat(64)]) {
      expect(parseSeed(seed).ok).toBe(true);
      expect(isSeed(seed)).toBe(true);
      expect(parseParams(`?seed=${seed}`).errors).toEqual([]);
    }
    for (const seed of ['x'.repeat(65), 'café', 'two words', 'a.b']) {
      expect(parseSeed(seed).ok).toBe(false);
      expect(isSeed(seed)).toBe(false);
      expect(parseParams(`?seed=${encodeURIComponent(seed)}`).errors.map((e) => e.param)).toEqual([
        'seed',
      ]);
    }
  });
});
