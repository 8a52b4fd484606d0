/**
 * Pieces of the planning screen that the hot-seat plan form shares: the line
 * naming the partners whose C5+ format is open this year, and each
 * strategy's advice on demand (`advise`, with its reasons and the preview of
 * the indicators after the turn), with a button to take the advised plan.
 */
import {
  type Advice,
  advise,
  type GameState,
  type LegalActions,
  type Plan,
  type StateId,
  strategies,
} from '@c5plus/sim';
import { el } from '../dom';
import { partnerName, reasonText, strategyName, t } from '../i18n';

/** "C5+ formats open with: …", from the legal actions. */
export function openFormatsLine(legal: LegalActions): HTMLElement {
  const open = [
    ...new Set(legal.options.filter((o) => o.formats.includes('c5plus')).map((o) => o.partner)),
  ];
  return el(
    'p',
    { class: 'help', 'data-testid': 'open-formats' },
    open.length > 0
      ? t('plan.openFormats', { list: open.map(partnerName).join(', ') })
      : t('plan.noOpenFormats'),
  );
}

/**
 * The advice box: pick a strategy, ask, read why and what follows, and `use` its plan.
 * `ask` is where the advice comes from (the planning screen asks the sim's worker).
 */
export function adviceBox(
  game: GameState,
  player: StateId,
  use: (plan: Plan) => void,
  ask: () => Promise<readonly Advice[]> = async () => advise(game, player),
): HTMLElement {
  const adviceSelect = el('select', { id: 'advice-strategy', 'data-testid': 'advice-strategy' });
  for (const id of Object.keys(strategies))
    if (id !== 'historical' || game.scenario.historical.length > 0)
      adviceSelect.append(el('option', { value: id }, strategyName(id)));
  const askButton = el('button', { type: 'button', 'data-testid': 'ask' }, t('plan.ask'));
  const box = el('div', { class: 'advice', 'aria-live': 'polite', 'data-testid': 'advice' });
  // Asked once a year: every strategy's plan with its preview.
  let advice: Promise<readonly Advice[]> | undefined;
  askButton.addEventListener('click', async () => {
    advice ??= ask();
    const strategy = adviceSelect.value;
    const a = (await advice).find((x) => x.strategy === strategy);
    if (!a || !askButton.isConnected) return;
    const reasons = el('ul', {});
    for (const r of a.reasons) reasons.append(el('li', {}, reasonText(r)));
    const preview = el('ul', { class: 'preview' });
    for (const [k, v] of Object.entries(a.preview))
      preview.append(el('li', {}, `${t(`indicator.${k}`)}: ${v.toFixed(1)}`));
    preview.append(el('li', {}, t('plan.suspicionAfter', { value: a.suspicionAfter.toFixed(0) })));
    const take = el('button', { type: 'button', 'data-testid': 'use-advice' }, t('plan.usePlan'));
    take.addEventListener('click', () => use(a.plan));
    box.replaceChildren(
      el('h4', {}, t('plan.adviceHeading', { strategy: strategyName(a.strategy) })),
      reasons,
      el('p', {}, t('plan.preview')),
      preview,
      take,
    );
  });
  return el(
    'details',
    { class: 'advice-box' },
    el('summary', {}, t('plan.advice')),
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'advice-strategy' }, t('plan.adviceFrom')),
      ' ',
      adviceSelect,
      ' ',
      askButton,
    ),
    box,
  );
}
