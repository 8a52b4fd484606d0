import { dataset } from '@c5plus/core';
import { describe, expect, it } from 'vitest';
import { MECHANIC_CITATIONS } from '../model/citations';
import { loadScenario } from '../orchestration/load-scenario';
import { DEFAULT_SCENARIO_ID, getScenario, scenarios } from '.';

/** Whether a `collection/id` reference names a record of the dataset. */
function resolves(reference: string): boolean {
  const [collection, id] = reference.split('/');
  const records = (dataset as unknown as Record<string, readonly { id: string }[]>)[
    collection ?? ''
  ];
  return !!records?.some((r) => r.id === id);
}

describe('built-in scenarios', () => {
  it('are at least the four historical eras and a sandbox, with the default among them', () => {
    expect(scenarios.map((s) => s.id)).toEqual([
      'launch-2004',
      'roadmap-2015',
      'war-2022',
      'summits-2025',
      'sandbox',
    ]);
    expect(getScenario(DEFAULT_SCENARIO_ID)).toBeDefined();
  });

  it.each(scenarios.map((s) => [s.id, s] as const))(
    '%s passes its own file validation',
    (_, scenario) => {
      const result = loadScenario(JSON.stringify(scenario));
      expect(result.ok ? [] : result.problems).toEqual([]);
    },
  );

  it('cite only dataset records that exist', () => {
    const references = scenarios.flatMap((s) => [
      ...s.scripted.flatMap((e) => (e.citation ? [e.citation] : [])),
      ...s.deck.flatMap((c) => (c.citation ? [c.citation] : [])),
      ...s.historical.flatMap((h) => h.citations),
    ]);
    references.push(...Object.values(MECHANIC_CITATIONS));
    expect(references.filter((r) => !resolves(r))).toEqual([]);
  });

  it('give every historical scenario a historical line and a scripted history', () => {
    for (const s of scenarios.filter((s) => s.id !== 'sandbox')) {
      expect(s.historical.length, s.id).toBeGreaterThan(0);
      expect(s.scripted.length, s.id).toBeGreaterThan(0);
      expect(s.objectives.length, s.id).toBeGreaterThan(0);
    }
  });
});

describe('loadScenario', () => {
  const good = JSON.parse(JSON.stringify(getScenario('sandbox')));

  it('names every independent problem in one pass: shape, years, citations, enums', () => {
    const bad = JSON.parse(JSON.stringify(getScenario('war-2022')));
    bad.title = 5;
    bad.scripted[0].year = 1995;
    bad.scripted[1].citation = 'events/does-not-exist';
    bad.objectives[0].kind = 'nope';
    bad.initial.partners.japan.capacity.space = 0.5;
    const result = loadScenario(bad);
    if (result.ok) throw new Error('accepted');
    const byPath = Object.fromEntries(result.problems.map((p) => [p.path, p.reason]));
    expect(byPath.title).toMatch(/expected string/);
    expect(byPath['scripted[0].year']).toMatch(/1995 is outside the scenario/);
    expect(byPath['scripted[1].citation']).toMatch(/"events\/does-not-exist" is not a record/);
    expect(byPath['objectives[0].kind']).toMatch(/'indicator' \| 'cohesion'/);
    expect(result.problems.some((p) => p.path.startsWith('initial.partners.japan.capacity'))).toBe(
      true,
    );
  });

  it('lists the allowed values of an invalid enum', () => {
    const bad = JSON.parse(JSON.stringify(good));
    bad.scripted = [{ id: 'x', year: 2027, title: 'x', effects: [], summit: 'mars' }];
    const result = loadScenario(bad);
    if (result.ok) throw new Error('accepted');
    expect(result.problems[0]?.reason).toMatch(/"japan"\|"south-korea"/);
  });

  it('names the path and reason of each problem in a bad file', () => {
    const bad = {
      ...good,
      initial: {
        ...good.initial,
        partners: {
          ...good.initial.partners,
          japan: { ...good.initial.partners.japan, attention: 140 },
        },
      },
      scripted: [
        {
          id: 'Bad Id',
          year: 2030,
          title: 'x',
          effects: [{ kind: 'attention', partner: 'mars', delta: 5 }],
        },
      ],
    };
    const result = loadScenario(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('initial.partners.japan.attention');
    expect(paths).toContain('scripted[0].id');
    expect(paths).toContain('scripted[0].effects[0].partner');
    expect(result.problems.every((p) => p.reason.length > 0)).toBe(true);
  });

  it('refuses years out of order, once the shape is right', () => {
    const result = loadScenario({ ...good, endYear: 2020 });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'endYear',
        reason: 'must not be before startYear (2026)',
        kind: 'end-before-start',
        params: { start: 2026 },
      },
    ]);
  });

  it('refuses a historical plan that the rules would refuse', () => {
    const bad = {
      ...good,
      historical: [
        {
          year: 2026,
          citations: [],
          plans: {
            TKM: {
              engagements: [
                { partner: 'russia', issue: 'security', format: 'bilateral', points: 2 },
              ],
              consultation: 0,
              summits: [],
            },
          },
        },
      ],
    };
    const result = loadScenario(bad);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'historical[0].plans.TKM.engagements[0].issue',
        reason: 'TKM is neutral and cannot join security alignment.',
        kind: 'plan',
        params: { code: 'neutral-security' },
      },
    ]);
  });

  it('refuses text that is not JSON', () => {
    const result = loadScenario('{ not json');
    expect(result.ok ? [] : result.problems[0]?.reason).toMatch(/not valid JSON/);
  });
});

describe('the example scenario file for teachers', () => {
  it('loads and plays', async () => {
    const { readFileSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    const text = readFileSync(
      fileURLToPath(new URL('../../examples/water-crisis.json', import.meta.url)),
      'utf8',
    );
    const result = loadScenario(text);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (result.ok) expect(result.scenario).not.toHaveProperty('$schema');
  });
});
