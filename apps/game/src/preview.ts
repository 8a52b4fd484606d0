/**
 * The outcome view (`?view=outcome`): it plays the chosen scenario with
 * every state on the multi-vector strategy and shows the outcome, the hash
 * (the same as in Node for the same scenario and seed) and the scenario list.
 * Text only through `textContent`: scenario text never becomes markup.
 */

import type { Scenario } from '@c5plus/sim';
import { createGame, hashState, INDICATORS, playOut, scenarios, scorecard } from '@c5plus/sim';

/** What the outcome view plays. */
export interface PageRequest {
  readonly scenario: Scenario;
  readonly seed: string;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attributes: Record<string, string> = {},
) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** Plays the request and shows its outcome. */
export function renderPreview(root: HTMLElement, { scenario, seed }: PageRequest): void {
  const end = playOut(createGame({ scenario, seed }));
  const card = scorecard(end);
  root.replaceChildren(
    element('h1', 'C5+ — Central Asia plus One'),
    element('h2', scenario.title),
    element('p', scenario.summary),
    element('p', `Seed ${seed}. Final state hash: `),
  );
  root.lastElementChild?.append(element('code', hashState(end), { 'data-testid': 'hash' }));

  const table = element('table', undefined, { 'data-testid': 'scorecard' });
  const head = element('tr');
  for (const title of ['state', ...INDICATORS, 'welfare']) head.append(element('th', title));
  table.append(head);
  for (const s of card.states) {
    const row = element('tr');
    row.append(element('td', s.state));
    for (const key of INDICATORS) row.append(element('td', s.indicators[key].toFixed(1)));
    row.append(element('td', s.welfare.toFixed(1)));
    table.append(row);
  }
  root.append(table);

  const objectives = element('ul');
  for (const o of card.objectives)
    objectives.append(element('li', `${o.met ? '✔' : '✘'} ${o.text}`));
  root.append(element('h3', 'Objectives'), objectives);

  const list = element('ul');
  for (const s of scenarios) {
    const item = element('li');
    item.append(element('a', s.title, { href: `?view=outcome&scenario=${s.id}&seed=${seed}` }));
    list.append(item);
  }
  root.append(element('h3', 'Scenarios'), list);
}
