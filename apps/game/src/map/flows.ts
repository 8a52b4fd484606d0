/**
 * The turn's flows between the partners and the states, read from the sim's
 * turn report only: each C5+ meeting (held, a summit, or failed) links its
 * partner to every state that took part; each bilateral deal links its partner
 * to the one state that made it (the sim records a deal as effects caused by
 * `bilateral-deal` on that state's numbers).
 */
import type { MeetingOutcome, PartnerId, StateId, TurnReport } from '@c5plus/sim';

export type FlowKind = 'meeting' | 'summit' | 'failed' | 'deal';

export interface Flow {
  readonly partner: PartnerId;
  readonly state: StateId;
  readonly kind: FlowKind;
}

/** A failed meeting and why, for the map's words. */
export interface FailedMeeting {
  readonly partner: PartnerId;
  readonly reason: NonNullable<MeetingOutcome['reason']>;
}

function meetingKind(m: MeetingOutcome): FlowKind {
  if (!m.convened) return 'failed';
  return m.summit ? 'summit' : 'meeting';
}

/** Every flow of the turn, meetings first, each (partner, state, kind) once. */
export function turnFlows(report: TurnReport | undefined): Flow[] {
  if (!report) return [];
  const flows: Flow[] = [];
  const seen = new Set<string>();
  const add = (partner: PartnerId, state: StateId, kind: FlowKind) => {
    const key = `${partner}|${state}|${kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    flows.push({ partner, state, kind });
  };
  for (const m of report.meetings)
    for (const s of m.participants) add(m.partner, s, meetingKind(m));
  for (const e of report.effects) {
    if (e.cause.code !== 'bilateral-deal' || !e.cause.partner) continue;
    const target = e.target;
    if (target.kind === 'indicator' || target.kind === 'ties' || target.kind === 'exposure')
      add(e.cause.partner, target.state, 'deal');
  }
  return flows;
}

/** The meetings that did not take place, with the sim's reason (no reason given: no format). */
export function failedMeetings(report: TurnReport | undefined): FailedMeeting[] {
  return (report?.meetings ?? [])
    .filter((m) => !m.convened)
    .map((m) => ({ partner: m.partner, reason: m.reason ?? 'no-format' }));
}
