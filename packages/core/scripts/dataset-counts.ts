/**
 * The table of record counts in `docs/dataset.md`, generated so it cannot drift
 * from the data: `dataset-doc.ts` rewrites it, a test fails when it is stale.
 */
import type { CollectionName } from '../src/lookups';
import { citationsOf } from '../src/queries';
import type { Dataset } from '../src/types';

/** The markers around the generated table in docs/dataset.md. */
export const START = '<!-- counts:start -->';
/** The closing marker; everything between the two is replaced. */
export const END = '<!-- counts:end -->';

/**
 * A Markdown table with padded columns, laid out exactly as Biome formats
 * Markdown, so `biome check` and the staleness test agree on the same text.
 */
function markdownTable(
  header: readonly string[],
  rightAligned: readonly boolean[],
  rows: readonly (readonly string[])[],
): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(3, ...all.map((row) => row[column]!.length)));
  const pad = (cell: string, column: number) =>
    rightAligned[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!);
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((width, column) =>
    rightAligned[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** A Markdown table: one row per collection (records, citations) and a total. */
export function countsTable(data: Dataset): string {
  let records = 0;
  let citations = 0;
  const rows = (Object.keys(data) as CollectionName[]).map((name) => {
    const list: readonly Parameters<typeof citationsOf>[0][] = data[name];
    const cited = list.reduce((sum, record) => sum + citationsOf(record).length, 0);
    records += list.length;
    citations += cited;
    return [`\`${name}\``, String(list.length), String(cited)];
  });
  return markdownTable(
    ['collection', 'records', 'citations'],
    [false, true, true],
    [...rows, ['**total**', String(records), String(citations)]],
  );
}

/**
 * The Markdown with the text between the markers replaced by the current table.
 *
 * @throws Error when the markers are missing or out of order.
 */
export function withCounts(markdown: string, data: Dataset): string {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < start)
    throw new Error(`The document has no "${START}" … "${END}" section for the counts table.`);
  return `${markdown.slice(0, start + START.length)}\n${countsTable(data)}\n${markdown.slice(end)}`;
}
