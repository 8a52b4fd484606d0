import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataset } from '@c5plus/core';
import { createGame, loadScenario, playOut, type Scenario } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { documentedOutputs, runC5sim } from './doc-commands';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = join(root, 'docs', 'teachers', 'astana-2024.json');
const text = readFileSync(file, 'utf8');
const collections = dataset as unknown as Record<string, readonly { id: string }[] | undefined>;

function resolves(reference: string): boolean {
  const [collection, id] = reference.split('/');
  return collections[collection ?? '']?.some((r) => r.id === id) ?? false;
}

const validate = (cwd: string, name: string) => runC5sim(cwd, ['validate', name]);
const documented = (page: string, name: string) => documentedOutputs(page, `validate ${name}`);

describe('the example scenario', () => {
  const loaded = loadScenario(text);

  it('loads with the sim’s own loadScenario', () => {
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it('cites only records of the dataset', () => {
    const scenario = (loaded as { scenario: Scenario }).scenario;
    const citations = [
      ...scenario.scripted.flatMap((e) => (e.citation ? [e.citation] : [])),
      ...scenario.deck.flatMap((c) => (c.citation ? [c.citation] : [])),
      ...(scenario.historical ?? []).flatMap((h) => h.citations),
    ];
    expect(citations.length).toBeGreaterThan(0);
    expect(citations.filter((c) => !resolves(c))).toEqual([]);
  });

  it('plays to its last year', () => {
    const scenario = (loaded as { scenario: Scenario }).scenario;
    const end = playOut(createGame({ scenario, seed: 'class-7b' }));
    expect(end.finished).toBe(true);
    expect(end.history.at(-1)?.year).toBe(2028);
  });
});

describe('the validate commands the guide shows', () => {
  const writing = readFileSync(join(root, 'docs', 'teachers', 'writing-scenarios.md'), 'utf8');
  const example = readFileSync(join(root, 'docs', 'teachers', 'example-scenario.md'), 'utf8');

  it('accept the example, as printed', () => {
    const shown = documented(writing, 'docs/teachers/astana-2024.json');
    expect(shown).toEqual(documented(example, 'docs/teachers/astana-2024.json'));
    const run = validate(root, 'docs/teachers/astana-2024.json');
    expect(run.status).toBe(0);
    expect(shown[0]).toBe(run.output);
  });

  it('name the mistakes of a broken copy, round by round, as printed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'c5-guide-'));
    const scenario = JSON.parse(text);
    // The mistakes the guide describes: a deleted summary, cohesion 120, two misspellings, a bad scope.
    delete scenario.summary;
    scenario.initial.cohesion = 120;
    scenario.initial.partners.japan.capacity.educaton = 0.8;
    scenario.scripted[0].summit = 'japn';
    scenario.scripted[4].year = 2030;
    scenario.objectives[1].scope = 'everyone';
    const plan = {
      engagements: [{ partner: 'russia', issue: 'security', format: 'bilateral', points: 3 }],
      consultation: 1,
      summits: [],
    };
    scenario.historical = [
      { year: 2024, plans: { TKM: plan }, citations: ['events/cajapan-summit-2024-postponed'] },
    ];
    const rounds: (() => void)[] = [
      () => {},
      () => {
        scenario.summary = 'A summary.';
        scenario.initial.cohesion = 55;
        delete scenario.initial.partners.japan.capacity.educaton;
        scenario.scripted[0].summit = 'japan';
        scenario.objectives[1].scope = 'average';
      },
      () => {
        scenario.scripted[4].year = 2025;
      },
    ];
    const shown = documented(writing, 'my-scenario.json');
    expect(shown).toHaveLength(rounds.length);
    rounds.forEach((change, i) => {
      change();
      writeFileSync(join(dir, 'my-scenario.json'), JSON.stringify(scenario, null, 2));
      const run = validate(dir, 'my-scenario.json');
      expect(run.status).toBe(1);
      expect(run.output).toBe(shown[i]);
    });
  });

  it('name a file that is not JSON, and a missing file, as printed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'c5-guide-'));
    writeFileSync(join(dir, 'broken.json'), '{ "id": "broken", }\n');
    const broken = validate(dir, 'broken.json');
    expect(broken.status).toBe(1);
    expect(broken.output).toBe(documented(writing, 'broken.json')[0]);
    const missing = validate(dir, 'nothere.json');
    expect(missing.status).toBe(1);
    expect(missing.output).toBe(documented(writing, 'nothere.json')[0]);
  });
});
