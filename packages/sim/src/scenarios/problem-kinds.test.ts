import { describe, expect, it } from 'vitest';
import type { Scenario } from '../model';
import { loadScenario } from '../orchestration/load-scenario';
import { scenarios } from '.';

const base = JSON.parse(JSON.stringify(scenarios[0])) as Scenario & Record<string, unknown>;
const kinds = (value: unknown) => {
  const result = loadScenario(value);
  return result.ok
    ? []
    : result.problems.map((p) => ({ path: p.path, kind: p.kind, params: p.params }));
};

describe('scenario problems name their kind and its values', () => {
  it('for zod’s own checks', () => {
    expect(kinds('{')).toEqual([
      { path: '', kind: 'not-json', params: { detail: expect.any(String) } },
    ]);
    expect(kinds({ ...base, cardChance: 2, title: 7, id: 'Not An Id', extra: 1 })).toEqual(
      expect.arrayContaining([
        { path: '', kind: 'unknown-keys', params: { keys: '"extra"' } },
        { path: 'id', kind: 'bad-id', params: {} },
        { path: 'title', kind: 'wrong-type', params: { expected: 'string' } },
        { path: 'cardChance', kind: 'too-big', params: { maximum: 1, origin: 'number' } },
      ]),
    );
  });

  it('for the schema’s own checks and the historical plans', () => {
    const scripted = [{ ...base.scripted[0], year: 1999, citation: 'events/none' }];
    expect(kinds({ ...base, scripted, endYear: 2003 })).toEqual(
      expect.arrayContaining([
        { path: 'scripted[0].citation', kind: 'unknown-record', params: {} },
        { path: 'endYear', kind: 'end-before-start', params: { start: 2004 } },
      ]),
    );
    const history = structuredClone(base.historical) as unknown as {
      plans: Record<string, { engagements: { issue: string }[] }>;
    }[];
    history[0]!.plans.TKM!.engagements[0]!.issue = 'security';
    expect(kinds({ ...base, historical: history })).toEqual([
      {
        path: 'historical[0].plans.TKM.engagements[0].issue',
        kind: 'plan',
        params: { code: 'neutral-security' },
      },
    ]);
  });
});
