/**
 * The replay review screen: load a file, see the verdict (unaltered,
 * tampered or invalid), then step through the years forwards and back, each
 * with the plans played and the year's report as the student saw it.
 */
import { STATE_IDS } from '@c5plus/core';
import type { Plan } from '@c5plus/sim';
import { type ClassroomContext, partnerName, scenarioText, stateName } from './context';
import { button, el, field, mount, problemList } from './elements';
import { replayErrorMessage } from './messages';
import { type ReplayReview, reviewReplay, viewAt } from './replay-review';
import { CLASSROOM_NS } from './strings';

function translate(context: ClassroomContext) {
  return (key: string, options: Record<string, unknown> = {}) =>
    context.t(key, { ns: CLASSROOM_NS, ...options });
}

function planLines(context: ClassroomContext, plan: Plan): HTMLElement {
  const t = translate(context);
  const items: string[] = plan.engagements.map((e) =>
    t('review.engagement', {
      partner: partnerName(context, e.partner),
      issue: context.t(`issue.${e.issue}`),
      format: context.t(`format.${e.format}`),
      points: e.points,
    }),
  );
  if (plan.consultation > 0) items.push(t('review.consultation', { points: plan.consultation }));
  if (plan.summits.length > 0)
    items.push(
      t('review.summits', {
        partners: plan.summits.map((p) => partnerName(context, p)).join(', '),
      }),
    );
  if (items.length === 0) items.push(t('review.nothing'));
  return el('ul', {}, ...items.map((text) => el('li', {}, text)));
}

function reviewBody(
  host: HTMLElement,
  context: ClassroomContext,
  review: ReplayReview,
  position: number,
) {
  const t = translate(context);
  const view = viewAt(review, position);
  const { replay } = review;
  const status = el(
    'p',
    { 'aria-live': 'polite', 'data-testid': 'review-position' },
    view.turn
      ? t('review.position', { year: view.turn.year, position: view.position, last: view.last })
      : t('review.atStart', { year: replay.scenario.startYear }),
  );
  const go = (to: number, focus: 'back' | 'forward') => {
    host.replaceChildren(reviewBody(host, context, review, to));
    host.querySelector<HTMLButtonElement>(`[data-testid=review-${focus}]`)?.focus();
  };
  const backButton = button(t('review.back'), () => go(view.position - 1, 'back'), {
    'data-testid': 'review-back',
    disabled: !view.canBack,
  });
  const forwardButton = button(t('review.forward'), () => go(view.position + 1, 'forward'), {
    'data-testid': 'review-forward',
    disabled: !view.canForward,
  });
  const turn = view.turn;
  return el(
    'div',
    {},
    el(
      'div',
      { class: 'c5-actions', role: 'group', 'aria-label': t('review.heading') },
      backButton,
      status,
      forwardButton,
    ),
    turn
      ? el(
          'div',
          { 'data-testid': 'review-turn' },
          el('h3', {}, t('review.plansHeading', { year: turn.year })),
          ...STATE_IDS.map((id) => {
            const controller = replay.controllers[id] ?? '';
            const who = controller === 'human' ? t('review.human') : t(`strategy.${controller}`);
            return el(
              'div',
              { class: 'c5-plan-summary' },
              el(
                'h4',
                {},
                `${stateName(context, id)} — ${t('review.controller', { controller: who })}`,
              ),
              planLines(context, turn.plans[id]),
            );
          }),
          el('h3', {}, t('review.reportHeading', { year: turn.year })),
          context.renderReport(turn.report, turn.game),
        )
      : null,
  );
}

/** The review screen. */
export function showReplayReview(host: HTMLElement, context: ClassroomContext): void {
  const t = translate(context);
  const input = el('input', { type: 'file', accept: '.json,application/json' });
  const verdict = el('div');
  const body = el('div');
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const result = reviewReplay(await file.text());
    input.value = '';
    if (!result.ok) {
      const message = replayErrorMessage(context.t, result.error);
      verdict.replaceChildren(
        el(
          'div',
          {
            class: 'c5-verdict c5-verdict-invalid',
            'data-testid': 'verdict',
            'data-verdict': 'invalid',
          },
          el('p', {}, el('strong', {}, '✗ '), t('review.invalid')),
          problemList(message.text, message.problems, 'replay-problems'),
        ),
      );
      body.replaceChildren();
      return;
    }
    const { review } = result;
    const v = review.verdict;
    verdict.replaceChildren(
      el(
        'div',
        {
          class: `c5-verdict c5-verdict-${v.kind}`,
          role: 'status',
          'data-testid': 'verdict',
          'data-verdict': v.kind,
        },
        el(
          'p',
          {},
          el('strong', {}, v.kind === 'unaltered' ? '✓ ' : '⚠ '),
          v.kind === 'unaltered'
            ? t('review.unaltered', { hash: v.hash })
            : t('review.tampered', { reached: v.reached, recorded: v.recorded }),
        ),
        el(
          'p',
          {},
          t('review.summary', {
            scenario: scenarioText(context, review.replay.scenario, 'title'),
            seed: review.replay.seed,
            turns: review.turns.length,
          }),
        ),
      ),
    );
    body.replaceChildren(reviewBody(body, context, review, 0));
  });
  mount(
    host,
    el(
      'section',
      { class: 'c5-screen', 'data-testid': 'replay-review' },
      el('h2', {}, t('review.heading')),
      el('p', {}, t('review.intro')),
      field(t('review.file'), input, 'c5-replay-file'),
      verdict,
      body,
      el(
        'div',
        { class: 'c5-actions' },
        button(t('title.back'), () => context.toTitle()),
      ),
    ),
  );
}
