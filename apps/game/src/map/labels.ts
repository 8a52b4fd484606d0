/**
 * The map's text as a DOM overlay over the canvas: crisp at any zoom, read by
 * screen readers, translated like every other string. The labels are measured
 * once drawn and then placed (./layout.ts) so that none covers another, a
 * disc or a capital, and none is clipped. A partner's label opens the
 * dashboard on the causes of its attention and suspicion (by mouse: the
 * keyboard reaches the same causes in the dashboard's partner table).
 */
import { PARTNER_IDS } from '@c5plus/core';
import type { GameState, StateId } from '@c5plus/sim';
import { el } from '../dom';
import { capitalName, partnerName, stateName, t } from '../i18n';
import { openPartnerCauses } from '../panels/dashboard';
import type { MapLabels } from '../scenes/MapScene';
import { suspicionLevel } from './geometry';
import { aroundDisc, aroundPoint, type Box, type LabelRequest, layoutLabels } from './layout';
import { FIVE } from './region';

/** What each label is drawn beside: a capital, or a partner's disc. */
type Anchor =
  | { readonly kind: 'point'; readonly x: number; readonly y: number }
  | {
      readonly kind: 'disc';
      readonly x: number;
      readonly y: number;
      readonly r: number;
      readonly left: boolean;
    };

/** The boxes the labels must leave clear: each disc with its square and triangles, each capital. */
export function mapObstacles(labels: MapLabels): Box[] {
  const boxes: Box[] = [];
  for (const p of PARTNER_IDS) {
    const [x, y, r] = labels.partners[p];
    boxes.push({ x: x - r - 5, y: y - r - 5, w: 2 * r + 10, h: 2 * r + 10 });
    boxes.push({ x: x - 22, y: y + r + 3, w: 44, h: 13 });
  }
  for (const id of FIVE) {
    const [x, y] = labels.states[id];
    boxes.push({ x: x - 6, y: y - 6, w: 12, h: 12 });
  }
  return boxes;
}

/** The candidate places of a label of this size beside its anchor. */
export function candidatesFor(anchor: Anchor, w: number, h: number) {
  return anchor.kind === 'point'
    ? aroundPoint(anchor.x, anchor.y, w, h)
    : aroundDisc(anchor.x, anchor.y, anchor.r, w, h, anchor.left);
}

export function renderLabels(
  overlay: HTMLElement,
  labels: MapLabels,
  game: GameState | undefined,
  player: StateId | undefined,
): void {
  const entries: { id: string; node: HTMLElement; anchor: Anchor }[] = [];
  const states = [...FIVE].sort((a, b) => Number(b === player) - Number(a === player));
  for (const id of states) {
    const [x, y] = labels.states[id];
    entries.push({
      id,
      anchor: { kind: 'point', x, y },
      node: el(
        'span',
        { class: `map-label state${id === player ? ' player' : ''}`, 'data-testid': `map-${id}` },
        el('strong', {}, stateName(id)),
        el('br', {}),
        capitalName(id),
      ),
    });
  }
  if (game && player) {
    const width = overlay.clientWidth;
    for (const p of PARTNER_IDS) {
      const [x, y, r] = labels.partners[p];
      const m = game.partners[p];
      const open = m.formatSince !== null && m.formatSince <= game.year;
      const level = suspicionLevel(m.suspicion[player]);
      const node = el(
        'span',
        {
          class: 'map-label partner',
          'data-testid': `map-${p}`,
          title: t('partnerCauses.open', { partner: partnerName(p) }),
        },
        el('strong', {}, partnerName(p)),
        el('br', {}),
        t('map.attention', { value: m.attention.toFixed(0) }),
        el('br', {}),
        `${t('map.suspicion', { value: m.suspicion[player].toFixed(0) })} ${'▲'.repeat(level)}`,
        // Details a small map leaves to its square and dotted lines (style.css).
        el(
          'span',
          { class: 'detail' },
          el('br', {}),
          open ? t('map.formatOpen') : t('map.formatClosed'),
        ),
        ...labels.failed
          .filter((f) => f.partner === p)
          .map((f) =>
            el(
              'span',
              { class: 'detail' },
              el('br', {}),
              el(
                'span',
                { class: 'failed', 'data-testid': `map-failed-${p}` },
                t('flows.failed', { reason: t(`result.reason.${f.reason}`) }),
              ),
            ),
          ),
      );
      node.addEventListener('click', () => openPartnerCauses(p));
      entries.push({ id: p, node, anchor: { kind: 'disc', x, y, r, left: x < width / 2 } });
    }
  }
  overlay.replaceChildren(...entries.map((e) => e.node));
  // Measured in one pass once all are in the page, then placed.
  const requests: LabelRequest[] = entries.map((e) => {
    const w = e.node.offsetWidth;
    const h = e.node.offsetHeight;
    return { id: e.id, w, h, candidates: candidatesFor(e.anchor, w, h) };
  });
  const boxes = layoutLabels(
    requests,
    mapObstacles(labels),
    overlay.clientWidth,
    overlay.clientHeight,
  );
  for (const e of entries) {
    const box = boxes.get(e.id);
    if (!box) continue;
    e.node.style.left = `${box.x}px`;
    e.node.style.top = `${box.y}px`;
  }
}
