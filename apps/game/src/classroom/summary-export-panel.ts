/** The debrief's summary export: a label field and the CSV and JSON buttons. */
import type { GameState } from '@c5plus/sim';
import type { ClassroomContext } from './context';
import { button, el, field } from './elements';
import { CLASSROOM_NS } from './strings';
import { type ExportFile, MAX_LABEL, summaryFiles } from './summary-export';

/** Offers a file as a download. */
export function offerDownload(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = el('a', { href: url, download: file.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The export panel for a game; `label` is the field's starting value. */
export function summaryExport(context: ClassroomContext, game: GameState, label = ''): HTMLElement {
  const t = (key: string) => context.t(key, { ns: CLASSROOM_NS });
  const input = el('input', {
    type: 'text',
    value: label,
    maxlength: MAX_LABEL,
    autocomplete: 'off',
  });
  return el(
    'section',
    { class: 'c5-export', 'data-testid': 'summary-export' },
    el('h3', {}, t('summary.heading')),
    field(t('summary.label'), input, 'c5-summary-label'),
    el(
      'div',
      { class: 'c5-actions' },
      button(t('summary.csv'), () => offerDownload(summaryFiles(game, input.value).csv), {
        'data-testid': 'export-summary-csv',
      }),
      button(t('summary.json'), () => offerDownload(summaryFiles(game, input.value).json), {
        'data-testid': 'export-summary-json',
      }),
    ),
  );
}
