/**
 * A year's report as a list: the C5+ meetings (and why one failed), the
 * events with their citations, and every explained effect with its cause.
 * The screens use the game's own report view when the game provides one;
 * this is the plain fallback, phrased by the sim's describers.
 */
import type { GameState, TurnReport } from '@c5plus/sim';
import { describeEffect } from '@c5plus/sim';
import { type ClassroomContext, partnerName } from './context';
import { el } from './elements';
import { CLASSROOM_NS } from './strings';

/** The report of one resolved year. */
export function reportList(
  context: ClassroomContext,
  report: TurnReport,
  _game: GameState,
): HTMLElement {
  const t = (key: string, options: Record<string, unknown> = {}) =>
    context.t(key, { ns: CLASSROOM_NS, ...options });
  const meetings = report.meetings.map((m) =>
    el(
      'li',
      {},
      m.convened
        ? t('review.meetingHeld', { partner: partnerName(context, m.partner) })
        : t('review.meetingFailed', {
            partner: partnerName(context, m.partner),
            reason: m.reason ? t(`review.reason.${m.reason}`) : '',
          }),
    ),
  );
  const events = report.events.map((e) =>
    el(
      'li',
      {},
      t('review.event', { title: e.title }),
      e.citation ? el('cite', {}, ` (${e.citation})`) : null,
    ),
  );
  const effects = report.effects.map((e) =>
    el('li', {}, describeEffect(e), e.citation ? el('cite', {}, ` (${e.citation})`) : null),
  );
  return el(
    'div',
    { class: 'c5-report', 'data-testid': 'turn-report' },
    meetings.length > 0 ? el('ul', {}, ...meetings) : null,
    events.length > 0 ? el('ul', {}, ...events) : null,
    el('ul', { class: 'c5-effects' }, ...effects),
  );
}
