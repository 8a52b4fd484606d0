/**
 * A plain form for one state's plan: engagements (partner, issue, format,
 * points), regional consultation and the year's summits, with the capital
 * left. Its choices come from the sim's `legalActions`, its cost from
 * `planCost`, and a refused plan shows the sim's own messages. Native form
 * controls, so it is keyboard and screen-reader usable as it is.
 */
import {
  type Engagement,
  type GameState,
  type Issue,
  legalActions,
  type PartnerId,
  type Plan,
  type PlanError,
  planCost,
  type StateId,
} from '@c5plus/sim';
import { type ClassroomContext, partnerName } from './context';
import { button, el, field, problemList, select } from './elements';
import { CLASSROOM_NS } from './strings';

interface DraftEngagement {
  partner: PartnerId;
  issue: Issue;
  format: 'c5plus' | 'bilateral';
  points: number;
}

/** Builds the form; `submit` returns the sim's problems, or none when the plan was taken. */
export function planForm(
  context: ClassroomContext,
  game: GameState,
  stateId: StateId,
  submitLabel: string,
  submit: (plan: Plan) => readonly PlanError[],
): HTMLElement {
  const t = (key: string, options: Record<string, unknown> = {}) =>
    context.t(key, { ns: CLASSROOM_NS, ...options });
  const legal = legalActions(game, stateId);
  const partnersOpen = [...new Set(legal.options.map((o) => o.partner))];
  const engagements: DraftEngagement[] = [];
  let consultation = 0;
  const summits = new Set<PartnerId>();

  const plan = (): Plan => ({
    year: game.year,
    engagements: engagements.map((e): Engagement => ({ ...e })),
    consultation,
    summits: [...summits],
  });
  const capital = el('p', { 'aria-live': 'polite', 'data-testid': 'capital-left' });
  const rows = el('ol', { class: 'c5-engagements' });
  const problems = el('div');

  const refresh = () => {
    capital.textContent = t('planner.capital', {
      left: legal.budget - planCost(plan()),
      budget: legal.budget,
    });
  };

  const renderRows = () => {
    rows.replaceChildren(
      ...engagements.map((e, i) => {
        const id = `c5-eng-${stateId}-${i}`;
        const issues = legal.options.filter((o) => o.partner === e.partner);
        const formats = issues.find((o) => o.issue === e.issue)?.formats ?? ['bilateral'];
        if (!formats.includes(e.format)) e.format = formats[0] ?? 'bilateral';
        const partnerSelect = select(
          partnersOpen.map((p) => [p, partnerName(context, p)] as const),
          e.partner,
        );
        partnerSelect.addEventListener('change', () => {
          e.partner = partnerSelect.value as PartnerId;
          renderRows();
        });
        const issueSelect = select(
          issues.map((o) => [o.issue, context.t(`issue.${o.issue}`)] as const),
          e.issue,
        );
        issueSelect.addEventListener('change', () => {
          e.issue = issueSelect.value as Issue;
          renderRows();
        });
        const formatSelect = select(
          formats.map((f) => [f, context.t(`format.${f}`)] as const),
          e.format,
        );
        formatSelect.addEventListener('change', () => {
          e.format = formatSelect.value as DraftEngagement['format'];
          refresh();
        });
        const points = el('input', { type: 'number', min: 1, step: 1, value: e.points });
        points.addEventListener('input', () => {
          e.points = Number(points.value);
          refresh();
        });
        const number = i + 1;
        return el(
          'li',
          { 'aria-label': t('planner.engagement', { number }) },
          field(t('planner.partner'), partnerSelect, `${id}-partner`),
          field(t('planner.issue'), issueSelect, `${id}-issue`),
          field(t('planner.format'), formatSelect, `${id}-format`),
          field(t('planner.points'), points, `${id}-points`),
          button(t('planner.removeEngagement', { number }), () => {
            engagements.splice(i, 1);
            renderRows();
          }),
        );
      }),
    );
    refresh();
  };

  const first = legal.options[0];
  const add = button(t('planner.addEngagement'), () => {
    if (!first) return;
    engagements.push({
      partner: first.partner,
      issue: first.issue,
      format: first.formats[0] ?? 'bilateral',
      points: 1,
    });
    renderRows();
    rows.querySelector<HTMLElement>('li:last-child select')?.focus();
  });
  const consult = el('input', { type: 'number', min: 0, step: 1, value: 0 });
  consult.addEventListener('input', () => {
    consultation = Number(consult.value);
    refresh();
  });
  const boxes = new Map<PartnerId, HTMLInputElement>();
  const summitBoxes = legal.summits.map((p) => {
    const box = el('input', { type: 'checkbox' });
    boxes.set(p, box);
    box.addEventListener('change', () => {
      if (box.checked) summits.add(p);
      else summits.delete(p);
      refresh();
    });
    const id = `c5-summit-${stateId}-${p}`;
    box.id = id;
    return el(
      'div',
      { class: 'c5-check' },
      box,
      el('label', { for: id }, t('planner.attend', { partner: partnerName(context, p) })),
    );
  });
  const handIn = button(
    submitLabel,
    () => {
      const refused = submit(plan());
      problems.replaceChildren(
        refused.length > 0
          ? problemList(
              context.t('handover.planRefused', { ns: CLASSROOM_NS }),
              refused.map((e) => ({ path: e.field || e.state, reason: e.message })),
              'plan-problems',
            )
          : '',
      );
    },
    { class: 'c5-primary', 'data-testid': 'hand-in' },
  );
  renderRows();
  // The planning screen's own pieces: the open formats and each strategy's advice, whose plan fills the form.
  const aids = context.planningAids(game, stateId, (advised) => {
    engagements.splice(0, engagements.length, ...advised.engagements.map((e) => ({ ...e })));
    consultation = advised.consultation;
    consult.value = String(consultation);
    summits.clear();
    for (const p of advised.summits) summits.add(p);
    for (const [p, box] of boxes) box.checked = summits.has(p);
    renderRows();
    handIn.focus();
  });
  const form = el(
    'form',
    { class: 'c5-plan', 'data-testid': 'plan-form', novalidate: true },
    capital,
    ...aids.slice(0, 1),
    el('h3', {}, t('planner.engagementsHeading')),
    rows,
    add,
    field(t('planner.consultation'), consult, `c5-consult-${stateId}`),
    el(
      'fieldset',
      {},
      el('legend', {}, t('planner.summitsHeading', { cost: legal.summitCost })),
      ...(summitBoxes.length > 0 ? summitBoxes : [el('p', {}, t('planner.noSummits'))]),
    ),
    ...aids.slice(1),
    problems,
    handIn,
  );
  // Enter in a field must not send the form and reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  return form;
}
