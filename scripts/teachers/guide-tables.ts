/**
 * The generated parts of the teacher's guide: for each built-in scenario, its
 * scripted history and objectives (from the scenario and the dataset), and what
 * the model does with each strategy a student might play.
 */
import { dataset, getEvent } from '@c5plus/core';
import { type Scenario, strategies } from '@c5plus/sim';
import {
  GUIDE_SETTINGS,
  modelCheck,
  type RunSettings,
  type StrategyRow,
  strategiesFor,
  strategyRow,
} from './strategy-runs';

/** The guide's page for a scenario, relative to docs/teachers/. */
export function pageOf(scenarioId: string): string {
  return `scenarios/${scenarioId}.md`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function one(value: number): string {
  return value.toFixed(1);
}

function signed(value: number): string {
  const text = value.toFixed(1);
  return value > 0 && text !== '0.0' ? `+${text}` : text === '-0.0' ? '0.0' : text;
}

/** The date a dataset reference carries, if it is a dated event. */
function recordDate(reference: string): string {
  const [collection, id] = reference.split('/');
  if (collection !== 'events' || !id) return '';
  const event = getEvent(id);
  if (!event) throw new Error(`the scenario cites ${reference}, which is not in the dataset`);
  return event.endDate ? `${event.date} – ${event.endDate}` : event.date;
}

/** The record a reference names must exist, or the guide would cite nothing. */
function checkReference(reference: string): void {
  const [collection, id] = reference.split('/');
  const records = (dataset as unknown as Record<string, readonly { id: string }[] | undefined>)[
    collection ?? ''
  ];
  if (!records?.some((r) => r.id === id))
    throw new Error(`the scenario cites ${reference}, which is not in the dataset`);
}

/** The scenario's scripted years, objectives and historical line, as the model has them. */
export function scenarioFacts(scenario: Scenario): string {
  const lines: string[] = [
    `**Years:** ${scenario.startYear}–${scenario.endYear} (one turn a year, ${scenario.endYear - scenario.startYear + 1} turns).`,
    '',
  ];
  if (scenario.scripted.length > 0) {
    lines.push(
      '| turn | what happens in the game | date in the dataset | record |',
      '| --- | --- | --- | --- |',
    );
    for (const event of scenario.scripted) {
      const extras = [
        event.summit ? `summit: ${event.summit}` : '',
        event.opensFormat ? `opens the ${event.opensFormat} format` : '',
      ].filter(Boolean);
      const title = extras.length > 0 ? `${event.title} (${extras.join('; ')})` : event.title;
      if (event.citation) checkReference(event.citation);
      const date = event.citation ? recordDate(event.citation) : '';
      const record = event.citation ? `\`${event.citation}\`` : '(none)';
      lines.push(`| ${event.year} | ${cell(title)} | ${date} | ${record} |`);
    }
  } else lines.push('Nothing is scripted: only the random deck and the players move the numbers.');
  lines.push('', '**Objectives** (the region’s, shown on the debrief):', '');
  for (const objective of scenario.objectives) lines.push(`- ${cell(objective.text)}`);
  const historical = scenario.historical ?? [];
  if (historical.length > 0) {
    const years = historical.map((h) => h.year);
    const cited = [...new Set(historical.flatMap((h) => h.citations))];
    for (const reference of cited) checkReference(reference);
    lines.push(
      '',
      `**Historical line:** plans for ${years.join(', ')}, drawn from ${cited.map((c) => `\`${c}\``).join(', ')}.`,
    );
  } else lines.push('', '**Historical line:** none (the `historical` strategy is not offered).');
  return lines.join('\n');
}

/** The rows of a scenario's strategy table, computed. */
export function strategyRows(scenario: Scenario, settings: RunSettings): StrategyRow[] {
  return strategiesFor(scenario).map((id) => strategyRow(scenario, id, settings));
}

/** One rendered row; its cells depend only on the row and the baseline. */
export function renderRow(row: StrategyRow, baseline: StrategyRow, objectives: number): string {
  const s = strategies[row.strategy];
  return `| \`${row.strategy}\` | ${cell(s.description)} | ${one(row.welfare)} | ${signed(row.welfare - baseline.welfare)} | ${one(row.autonomy)} | ${one(row.pressure)} | ${one(row.objectivesMet)} of ${objectives} |`;
}

/** The strategy table with its settings line and a generated reading of it. */
export function strategyTable(
  scenario: Scenario,
  rows: readonly StrategyRow[],
  settings: RunSettings,
): string {
  const baseline = rows.find((r) => r.strategy === 'multiVector');
  if (!baseline) throw new Error('the strategy table needs a multiVector row as its baseline');
  const objectives = scenario.objectives.length;
  const best = (pick: (r: StrategyRow) => number) =>
    rows.reduce((a, b) => (pick(b) > pick(a) ? b : a));
  const most = best((r) => r.pressure);
  return [
    '| strategy | what it does | welfare | vs multiVector | autonomy | pressure events | objectives met |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => renderRow(r, baseline, objectives)),
    '',
    `Means over ${settings.runs} games a row (seeds \`${settings.seedBase}-0\` … \`${settings.seedBase}-${settings.runs - 1}\`). In each game one state plays the strategy (the five take turns, game by game) and the other four play \`multiVector\`. *Welfare* and *autonomy* are that state’s at the end (0–100); *vs multiVector* is the welfare difference from the same state playing \`multiVector\` on the same seeds; *pressure events* are the partners’ reactions against that state over the whole game; *objectives met* are the region’s, out of ${objectives}.`,
    '',
    `In these runs the highest mean welfare came from \`${best((r) => r.welfare).strategy}\`, the highest autonomy from \`${best((r) => r.autonomy).strategy}\`, and ${most.pressure > 0 ? `the most pressure from \`${most.strategy}\` (${one(most.pressure)} events a game)` : 'no strategy drew any pressure'}.`,
    '',
    `Model check: \`${modelCheck(rows)}\` (regenerate with \`npm run docs:teachers\` when it changes).`,
  ].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function fill(doc: string, name: string, body: string, where: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${where} has no ${start} … ${end} markers`);
  if (doc.indexOf(start, from + 1) >= 0) throw new Error(`${where} has ${start} twice`);
  return `${doc.slice(0, from + start.length)}\n\n${body}\n\n${doc.slice(to)}`;
}

/** A scenario page with both generated blocks brought up to date. */
export function withScenarioTables(
  doc: string,
  scenario: Scenario,
  settings: RunSettings = GUIDE_SETTINGS,
  where = pageOf(scenario.id),
): string {
  const rows = strategyRows(scenario, settings);
  return fill(
    fill(doc, 'scenario', scenarioFacts(scenario), where),
    'strategies',
    strategyTable(scenario, rows, settings),
    where,
  );
}
