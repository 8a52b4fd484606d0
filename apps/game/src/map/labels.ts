/**
 * The map's text as a DOM overlay over the canvas: crisp at any zoom, read by
 * screen readers, translated like every other string.
 */
import { PARTNER_IDS } from '@c5plus/core';
import type { GameState, StateId } from '@c5plus/sim';
import { el } from '../dom';
import { capitalName, partnerName, stateName, t } from '../i18n';
import { type MapLabels, suspicionLevel } from '../scenes/MapScene';
import { FIVE } from './region';

export function renderLabels(
  overlay: HTMLElement,
  labels: MapLabels,
  game: GameState | undefined,
  player: StateId | undefined,
): void {
  const nodes: HTMLElement[] = [];
  const place = (node: HTMLElement, x: number, y: number, anchor: 'left' | 'right' | 'center') => {
    node.style.left = `${x}px`;
    node.style.top = `${y}px`;
    node.classList.add(`anchor-${anchor}`);
    nodes.push(node);
  };
  for (const id of FIVE) {
    const [x, y] = labels.states[id];
    place(
      el(
        'span',
        { class: `map-label state${id === player ? ' player' : ''}`, 'data-testid': `map-${id}` },
        el('strong', {}, stateName(id)),
        el('br', {}),
        capitalName(id),
      ),
      x,
      y + 8,
      'center',
    );
  }
  if (game && player) {
    for (const p of PARTNER_IDS) {
      const [x, y, r] = labels.partners[p];
      const m = game.partners[p];
      const open = m.formatSince !== null && m.formatSince <= game.year;
      const level = suspicionLevel(m.suspicion[player]);
      const left = x < overlay.clientWidth / 2;
      place(
        el(
          'span',
          { class: 'map-label partner', 'data-testid': `map-${p}` },
          el('strong', {}, partnerName(p)),
          el('br', {}),
          t('map.attention', { value: m.attention.toFixed(0) }),
          el('br', {}),
          `${t('map.suspicion', { value: m.suspicion[player].toFixed(0) })} ${'▲'.repeat(level)}`,
          el('br', {}),
          open ? t('map.formatOpen') : t('map.formatClosed'),
          ...labels.failed
            .filter((f) => f.partner === p)
            .flatMap((f) => [
              el('br', {}),
              el(
                'span',
                { class: 'failed', 'data-testid': `map-failed-${p}` },
                t('flows.failed', { reason: t(`result.reason.${f.reason}`) }),
              ),
            ]),
        ),
        left ? x - r : x + r,
        y + r + 18,
        left ? 'left' : 'right',
      );
    }
  }
  overlay.replaceChildren(...nodes);
}
