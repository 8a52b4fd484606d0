/**
 * The planning panel: native form controls for the year's engagements,
 * consultation and summits, checked live by the sim's `validatePlan`, with
 * each strategy's advice on demand. Nothing here decides a rule.
 */
import { PARTNER_IDS } from '@c5plus/core';
import {
  type Engagement,
  type EngagementFormat,
  type Issue,
  legalActions,
  type PartnerId,
  type Plan,
  type PlanError,
  planCost,
  pressureWaits,
  validatePlan,
} from '@c5plus/sim';
import { app } from '../app';
import { el } from '../dom';
import { issueName, partnerName, t } from '../i18n';
import { adviceBox, openFormatsLine } from './advice';
import { afterNextFrame } from './frames';
import { hud } from './hud';
import { showScreen } from './screens';

interface Row {
  partner: PartnerId;
  issue: Issue;
  format: EngagementFormat;
  points: number;
}

/** The plan being edited, kept while the player looks at the dashboard. */
let draft: { year: number; rows: Row[]; consultation: number; summits: PartnerId[] } | undefined;

export function renderPlanning(root: HTMLElement): void {
  const session = app.session;
  if (!session) {
    showScreen('title');
    return;
  }
  const game = session.game;
  if (game.finished) {
    showScreen('debrief');
    return;
  }
  const player = session.player;
  const legal = legalActions(game, player);
  if (draft?.year !== game.year)
    draft = { year: game.year, rows: [], consultation: 0, summits: [] };
  const plan = draft;

  const toPlan = (): Plan => ({
    year: game.year,
    engagements: plan.rows.map((r): Engagement => ({ ...r })),
    consultation: plan.consultation,
    summits: [...plan.summits],
  });

  const capital = el('p', { class: 'capital', 'aria-live': 'polite', 'data-testid': 'capital' });
  const problems = el('div', {
    class: 'problems',
    'aria-live': 'polite',
    'data-testid': 'problems',
  });
  const submit = el(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'submit' },
    t('plan.submit'),
  );
  const rowsBox = el('div', { class: 'rows' });

  const where = (e: PlanError): string => {
    const m = /^engagements\[(\d+)\]/.exec(e.field);
    if (m) return t('plan.engagementN', { n: Number(m[1]) + 1 });
    if (e.field.startsWith('summits')) return t('plan.summits');
    if (e.field.startsWith('consultation')) return t('plan.consultation');
    return t('plan.heading', { year: game.year });
  };
  const check = () => {
    const p = toPlan();
    const left = legal.budget - planCost(p);
    capital.textContent = t('plan.capital', { left, budget: legal.budget });
    capital.classList.toggle('over', left < 0);
    const errors = validatePlan(game, player, p);
    if (errors.length === 0) problems.replaceChildren(el('p', { class: 'ok' }, t('plan.valid')));
    else {
      const list = el('ul', {});
      for (const e of errors)
        list.append(
          el('li', {}, t('planErrorAt', { where: where(e), message: t(`planError.${e.code}`) })),
        );
      problems.replaceChildren(el('p', { class: 'error' }, t('plan.problems')), list);
    }
    submit.disabled = errors.length > 0;
    return errors;
  };

  const issuesFor = (partner: PartnerId) => legal.options.filter((o) => o.partner === partner);
  const renderRows = () => {
    rowsBox.replaceChildren();
    if (plan.rows.length === 0) rowsBox.append(el('p', { class: 'help' }, t('plan.noEngagements')));
    plan.rows.forEach((row, i) => {
      const id = `e${i}`;
      const partner = el('select', { id: `${id}-partner`, 'data-testid': `${id}-partner` });
      for (const p of PARTNER_IDS) {
        const o = el('option', { value: p }, partnerName(p));
        o.selected = p === row.partner;
        partner.append(o);
      }
      const issue = el('select', { id: `${id}-issue`, 'data-testid': `${id}-issue` });
      for (const o of issuesFor(row.partner)) {
        const opt = el('option', { value: o.issue }, issueName(o.issue));
        opt.selected = o.issue === row.issue;
        issue.append(opt);
      }
      const format = el('select', { id: `${id}-format`, 'data-testid': `${id}-format` });
      const formats = issuesFor(row.partner).find((o) => o.issue === row.issue)?.formats ?? [
        'bilateral',
      ];
      for (const f of formats) {
        const opt = el('option', { value: f }, t(`format.${f}`));
        opt.selected = f === row.format;
        format.append(opt);
      }
      const points = el('input', {
        id: `${id}-points`,
        type: 'number',
        min: '1',
        max: String(legal.budget),
        step: '1',
        value: String(row.points),
        inputmode: 'numeric',
        'data-testid': `${id}-points`,
      });
      const remove = el('button', { type: 'button', class: 'small' }, t('plan.remove'));
      remove.setAttribute(
        'aria-label',
        `${t('plan.remove')}: ${t('plan.engagementN', { n: i + 1 })}`,
      );
      partner.addEventListener('change', () => {
        row.partner = partner.value as PartnerId;
        const first = issuesFor(row.partner)[0];
        if (!issuesFor(row.partner).some((o) => o.issue === row.issue) && first)
          row.issue = first.issue;
        const f = issuesFor(row.partner).find((o) => o.issue === row.issue)?.formats ?? [
          'bilateral',
        ];
        if (!f.includes(row.format)) row.format = f[0] ?? 'bilateral';
        renderRows();
        document.getElementById(`${id}-partner`)?.focus();
        check();
      });
      issue.addEventListener('change', () => {
        row.issue = issue.value as Issue;
        const f = issuesFor(row.partner).find((o) => o.issue === row.issue)?.formats ?? [
          'bilateral',
        ];
        if (!f.includes(row.format)) row.format = f[0] ?? 'bilateral';
        renderRows();
        document.getElementById(`${id}-issue`)?.focus();
        check();
      });
      format.addEventListener('change', () => {
        row.format = format.value as EngagementFormat;
        check();
      });
      points.addEventListener('input', () => {
        row.points = Number(points.value);
        check();
      });
      remove.addEventListener('click', () => {
        plan.rows.splice(i, 1);
        renderRows();
        add.focus();
        check();
      });
      rowsBox.append(
        el(
          'fieldset',
          { class: 'row' },
          el('legend', {}, t('plan.engagementN', { n: i + 1 })),
          el(
            'span',
            { class: 'cell' },
            el('label', { for: partner.id }, t('plan.partner')),
            partner,
          ),
          el('span', { class: 'cell' }, el('label', { for: issue.id }, t('plan.issue')), issue),
          el('span', { class: 'cell' }, el('label', { for: format.id }, t('plan.format')), format),
          el(
            'span',
            { class: 'cell narrow' },
            el('label', { for: points.id }, t('plan.points')),
            points,
          ),
          remove,
        ),
      );
    });
  };
  const add = el('button', { type: 'button', 'data-testid': 'add-engagement' }, t('plan.add'));
  add.addEventListener('click', () => {
    const used = new Set(plan.rows.map((r) => `${r.partner}/${r.issue}`));
    const option =
      legal.options.find((o) => !used.has(`${o.partner}/${o.issue}`)) ?? legal.options[0];
    if (!option) return;
    plan.rows.push({
      partner: option.partner,
      issue: option.issue,
      format: option.formats[0] ?? 'bilateral',
      points: 1,
    });
    renderRows();
    document.getElementById(`e${plan.rows.length - 1}-partner`)?.focus();
    check();
  });

  const consultation = el('input', {
    id: 'consultation',
    type: 'number',
    min: '0',
    max: String(legal.budget),
    step: '1',
    value: String(plan.consultation),
    inputmode: 'numeric',
    'aria-describedby': 'consultation-help',
    'data-testid': 'consultation',
  });
  consultation.addEventListener('input', () => {
    plan.consultation = Number(consultation.value);
    check();
  });

  const summits = el('fieldset', { class: 'summits' }, el('legend', {}, t('plan.summits')));
  if (legal.summits.length === 0) summits.append(el('p', { class: 'help' }, t('plan.noSummits')));
  for (const p of legal.summits) {
    const box = el('input', { type: 'checkbox', id: `summit-${p}`, 'data-testid': `summit-${p}` });
    box.checked = plan.summits.includes(p);
    box.addEventListener('change', () => {
      plan.summits = box.checked ? [...plan.summits, p] : plan.summits.filter((s) => s !== p);
      check();
    });
    summits.append(
      el(
        'div',
        { class: 'choice' },
        box,
        ' ',
        el(
          'label',
          { for: box.id },
          t('plan.summitCost', { partner: partnerName(p), cost: legal.summitCost }),
        ),
      ),
    );
  }

  const formatsLine = openFormatsLine(legal);
  // Who pressed the player and is waiting out its respite: room to plan around.
  const waits = pressureWaits(game, player).map((w) =>
    el(
      'p',
      { class: 'help', 'data-testid': `pressure-wait-${w.partner}` },
      t('plan.pressureWait', {
        partner: partnerName(w.partner),
        pressed: w.pressed,
        year: w.nextPossible,
      }),
    ),
  );
  // The advice comes from the sim's worker, asked once a year.
  const advice = adviceBox(
    game,
    player,
    (advised) => {
      plan.rows = advised.engagements.map((e) => ({ ...e }));
      plan.consultation = advised.consultation;
      plan.summits = [...advised.summits];
      consultation.value = String(plan.consultation);
      for (const p of legal.summits) {
        const box = document.getElementById(`summit-${p}`) as HTMLInputElement | null;
        if (box) box.checked = plan.summits.includes(p);
      }
      renderRows();
      check();
      submit.focus();
    },
    () => session.advise(),
  );

  submit.addEventListener('click', async () => {
    if (submit.disabled || check().length > 0) return;
    // The turn resolves in the sim's worker: the button waits, so a second press cannot send it twice.
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    const result = await session.submit(toPlan());
    submit.removeAttribute('aria-busy');
    if (!result.ok) {
      check();
      return;
    }
    draft = undefined;
    // The map redraws for the new state at the next frame; the result screen waits for the one
    // after, so the two never share a frame.
    await afterNextFrame();
    showScreen('result');
  });

  root.append(
    hud(game, player, 'dashboard'),
    el('h2', {}, t('plan.heading', { year: game.year })),
    capital,
    formatsLine,
    ...waits,
    el('h3', {}, t('plan.engagements')),
    rowsBox,
    add,
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'consultation' }, t('plan.consultation')),
      ' ',
      consultation,
      el('p', { class: 'help', id: 'consultation-help' }, t('plan.consultationHelp')),
    ),
    summits,
    advice,
    problems,
    el('div', { class: 'actions' }, submit),
  );
  renderRows();
  check();
}
