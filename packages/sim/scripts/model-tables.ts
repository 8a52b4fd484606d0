/**
 * The generated parts of docs/model.md: the calibration table and the passages
 * behind each mechanic, built from the code and the dataset so that the
 * reference cannot drift from the model.
 */
import { dataset } from '@c5plus/core';
import { CALIBRATION, CALIBRATION_NOTES, type CalibrationKey } from '../src/model/calibration';
import { MECHANIC_CITATIONS } from '../src/model/citations';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The calibration table: every tunable number with its rationale. */
export function calibrationTable(): string {
  const rows = (Object.keys(CALIBRATION) as CalibrationKey[]).map(
    (key) => `| \`${key}\` | ${CALIBRATION[key]} | ${cell(CALIBRATION_NOTES[key])} |`,
  );
  return ['| name | value | rationale |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The passages behind each mechanic, quoted from the dataset record it cites. */
export function citationTable(): string {
  const rows = Object.entries(MECHANIC_CITATIONS).map(([mechanic, reference]) => {
    const [collection, id] = reference.split('/');
    const records = (
      dataset as unknown as Record<
        string,
        readonly { id: string; sources: readonly { source: string; quote: string }[] }[]
      >
    )[collection ?? ''];
    const record = records?.find((r) => r.id === id);
    const first = record?.sources[0];
    const passage = first ? `${first.source}: “${cell(first.quote)}”` : '(missing record)';
    return `| ${mechanic} | \`${reference}\` | ${passage} |`;
  });
  return ['| mechanic | dataset record | passage |', '| --- | --- | --- |', ...rows].join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->`. */
export function fill(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from < 0 || to < from) throw new Error(`docs/model.md has no ${start} … ${end} markers`);
  return `${doc.slice(0, from + start.length)}\n\n${body}\n\n${doc.slice(to)}`;
}

/** The document with both generated tables brought up to date. */
export function withTables(doc: string): string {
  return fill(fill(doc, 'calibration', calibrationTable()), 'citations', citationTable());
}
