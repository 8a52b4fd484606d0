/**
 * The per-game summary a student exports from the debrief, as the files a
 * teacher collects: JSON (one summary, read back by `c5sim class`) and CSV
 * (for a spreadsheet), both from the sim's `summarizeGame`/`summariesToCsv`.
 */
import { type GameState, type GameSummary, summariesToCsv, summarizeGame } from '@c5plus/sim';

/** A file ready to download. */
export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** The longest label a summary keeps (the summary format's own limit). */
export const MAX_LABEL = 200;

/** A label as a safe file-name part: letters (any script), digits and dashes. */
export function fileStem(label: string): string {
  const stem = label
    .normalize('NFC')
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return stem || 'game';
}

/** The summary of a game with the student's label, trimmed to the format's limit. */
export function gameSummary(game: GameState, label: string): GameSummary {
  return summarizeGame(game, label.trim().slice(0, MAX_LABEL));
}

/** The two files of a game's summary. */
export function summaryFiles(
  game: GameState,
  label: string,
): { readonly json: ExportFile; readonly csv: ExportFile } {
  const summary = gameSummary(game, label);
  const base = `${fileStem(label)}.${summary.scenario}.${summary.seed}.summary`;
  return {
    json: {
      name: `${base}.json`,
      type: 'application/json',
      text: `${JSON.stringify(summary, null, 2)}\n`,
    },
    csv: { name: `${base}.csv`, type: 'text/csv;charset=utf-8', text: summariesToCsv([summary]) },
  };
}
