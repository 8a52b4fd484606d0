/**
 * The map: the five states and their neighbours baked once per size into a
 * RenderTexture; over it, redrawn each turn, the capitals, the cohesion links
 * among them, the partners around the region (disc size = attention, a square
 * when their C5+ format is open, triangles = suspicion of the player) and the
 * last turn's meetings as lines. Text goes to the DOM overlay (crisp, translated).
 */
import { PARTNER_IDS, type PartnerId } from '@c5plus/core';
import type { GameState, StateId, TurnReport } from '@c5plus/sim';
import type { GeoProjection } from 'd3-geo';
import * as Phaser from 'phaser';
import { CAPITALS, countries, FIVE, projectionFor } from '../map/region';

/** Where each partner sits, as fractions of the canvas: roughly where it lies from the region. */
export const PARTNER_PLACES: Readonly<Record<PartnerId, [number, number]>> = {
  russia: [0.5, 0.07],
  usa: [0.09, 0.14],
  eu: [0.09, 0.46],
  italy: [0.09, 0.78],
  japan: [0.91, 0.14],
  'south-korea': [0.91, 0.46],
  china: [0.91, 0.78],
};

/** What the overlay needs to place the labels. */
export interface MapLabels {
  readonly states: Readonly<Record<StateId, [number, number]>>;
  readonly partners: Readonly<Record<PartnerId, [number, number, number]>>;
}

export interface MapView {
  readonly game: GameState;
  readonly player: StateId;
  readonly report: TurnReport | undefined;
}

/** Suspicion shown as 0–3 triangles, so it reads without colour. */
export const suspicionLevel = (value: number): number =>
  value >= 60 ? 3 : value >= 40 ? 2 : value >= 20 ? 1 : 0;

export class MapScene extends Phaser.Scene {
  private base: Phaser.GameObjects.RenderTexture | undefined;
  private layer: Phaser.GameObjects.Graphics | undefined;
  /** The layer baked after each change, so a frame draws two textures and no commands. */
  private baked: Phaser.GameObjects.RenderTexture | undefined;
  /** The canvas size `baked` was made for. */
  private layerSize: string | undefined;
  private view: MapView | undefined;
  /** Called after each draw with the label positions, in CSS pixels. */
  onLabels: ((labels: MapLabels) => void) | undefined;
  /** Set once the first full map is drawn (tests wait for it). */
  drawn = false;
  /** Called once the scene has been created. */
  onCreate: (() => void) | undefined;

  constructor() {
    super('map');
  }

  create(): void {
    this.layer = this.make.graphics({}, false);
    // The scale manager emits `resize` on every refresh, not only on a change: redraw() compares sizes.
    this.scale.on('resize', () => this.scheduleRedraw());
    // Nothing moves between turns: the loop sleeps once a change is drawn, and wakes for the next.
    window.addEventListener('resize', () => this.wake());
    this.redraw();
    this.onCreate?.();
  }

  show(view: MapView): void {
    this.view = view;
    if (this.layer) this.scheduleRedraw(true);
  }

  private pendingFrame: number | undefined;
  private remeasure = false;

  /**
   * Redraws once, on the next animation frame: a turn shows the map several
   * times (the session's change, then the result screen) and only the last
   * view is worth drawing, in a frame of its own after the panels' frame.
   */
  private scheduleRedraw(remeasure = false): void {
    this.remeasure ||= remeasure;
    if (this.pendingFrame !== undefined) return;
    this.pendingFrame = requestAnimationFrame(() => {
      // The map's parent may just have been shown: measure it again, but only refresh on a change
      // (its `resize` finds this frame still pending, so it does not ask for another).
      if (this.remeasure && this.scale.getParentBounds()) this.scale.refresh();
      this.remeasure = false;
      this.redraw();
      this.pendingFrame = undefined;
    });
  }

  private sleepTimer: ReturnType<typeof setTimeout> | undefined;

  private wake(): void {
    if (!this.game.loop.running) this.game.loop.wake();
    clearTimeout(this.sleepTimer);
    this.sleepTimer = setTimeout(() => this.game.loop.sleep(), 400);
  }

  private fitted: { size: string; projection: GeoProjection } | undefined;

  /** The projection for the canvas size; fitting it walks every outline, so it is kept per size. */
  private projection(): GeoProjection {
    const { width, height } = this.scale;
    const size = `${width}x${height}`;
    if (this.fitted?.size !== size)
      this.fitted = {
        size,
        projection: projectionFor(width, height, {
          x: Math.max(110, width * 0.25),
          y: Math.max(40, height * 0.14),
        }),
      };
    return this.fitted.projection;
  }

  /** What the base layer was baked for: the canvas size and the player's state. */
  private bakedFor: string | undefined;

  private bake(): void {
    const { width, height } = this.scale;
    this.bakedFor = `${width}x${height}:${this.view?.player ?? ''}`;
    this.base?.destroy();
    const projection = this.projection();
    const g = this.make.graphics({}, false);
    g.fillStyle(0xdfe8f0, 1).fillRect(0, 0, width, height);
    for (const country of countries) {
      const ours = FIVE.includes(country.id as StateId);
      const player = this.view && country.id === this.view.player;
      g.fillStyle(player ? 0xf3c969 : ours ? 0xf7ecd0 : 0xd2d2cc, 1);
      g.lineStyle(ours ? 1.5 : 1, ours ? 0x5b4a2a : 0x8a8a84, 1);
      for (const polygon of country.geometry.coordinates) {
        const flat: number[] = [];
        const holes: number[] = [];
        polygon.forEach((ring, i) => {
          if (i > 0) holes.push(flat.length / 2);
          for (const point of ring) {
            const [x, y] = projection(point as [number, number]) ?? [0, 0];
            flat.push(x, y);
          }
        });
        const triangles = Phaser.Geom.Polygon.Earcut(flat, holes.length > 0 ? holes : undefined, 2);
        for (let i = 0; i < triangles.length; i += 3) {
          const a = (triangles[i] as number) * 2;
          const b = (triangles[i + 1] as number) * 2;
          const c = (triangles[i + 2] as number) * 2;
          g.fillTriangle(
            flat[a] as number,
            flat[a + 1] as number,
            flat[b] as number,
            flat[b + 1] as number,
            flat[c] as number,
            flat[c + 1] as number,
          );
        }
        for (const ring of polygon) {
          g.beginPath();
          ring.forEach((point, i) => {
            const [x, y] = projection(point as [number, number]) ?? [0, 0];
            if (i === 0) g.moveTo(x, y);
            else g.lineTo(x, y);
          });
          g.strokePath();
        }
      }
    }
    this.base = this.add.renderTexture(0, 0, width, height).setOrigin(0, 0).setDepth(0);
    this.base.draw(g);
    this.base.render();
    g.destroy();
  }

  private redraw(): void {
    const layer = this.layer;
    if (!layer) return;
    const { width, height } = this.scale;
    // A hidden parent has no size: nothing to draw until it is shown.
    if (width < 2 || height < 2) return;
    if (!this.base || this.bakedFor !== `${width}x${height}:${this.view?.player ?? ''}`)
      this.bake();
    layer.clear();
    const projection = this.projection();
    const capitals = {} as Record<StateId, [number, number]>;
    for (const id of FIVE)
      capitals[id] = (projection(CAPITALS[id]) as [number, number] | null) ?? [0, 0];
    const partners = {} as Record<PartnerId, [number, number, number]>;
    const view = this.view;
    for (const p of PARTNER_IDS) {
      const [fx, fy] = PARTNER_PLACES[p];
      const attention = view?.game.partners[p].attention ?? 30;
      partners[p] = [fx * width, fy * height, 8 + attention * 0.22];
    }
    if (view) {
      const { game, player, report } = view;
      // Cohesion: the five capitals linked, thicker when the region holds together.
      layer.lineStyle(1 + game.cohesion / 20, 0x6b4f1d, 0.55);
      for (let i = 0; i < FIVE.length; i++)
        for (let j = i + 1; j < FIVE.length; j++) {
          const a = capitals[FIVE[i] as StateId];
          const b = capitals[FIVE[j] as StateId];
          layer.lineBetween(a[0], a[1], b[0], b[1]);
        }
      // Last turn's C5+ meetings: a line from the partner to each participant; failed ones dotted.
      for (const m of report?.meetings ?? []) {
        const [px, py] = partners[m.partner];
        for (const s of m.participants) {
          const [cx, cy] = capitals[s];
          if (m.convened) {
            layer.lineStyle(m.summit ? 4 : 2.5, 0x1f5fa8, 0.9);
            layer.lineBetween(px, py, cx, cy);
          } else {
            layer.fillStyle(0x7a7a7a, 0.9);
            for (let k = 0; k <= 20; k++)
              layer.fillCircle(px + ((cx - px) * k) / 20, py + ((cy - py) * k) / 20, 1.5);
          }
        }
      }
      for (const p of PARTNER_IDS) {
        const [x, y, r] = partners[p];
        const model = game.partners[p];
        layer.fillStyle(0x1f5fa8, 0.85).fillCircle(x, y, r);
        layer.lineStyle(2, 0x0b2545, 1).strokeCircle(x, y, r);
        if (model.formatSince !== null && model.formatSince <= game.year) {
          layer.lineStyle(2, 0x0b2545, 1).strokeRect(x - r - 4, y - r - 4, 2 * r + 8, 2 * r + 8);
        }
        const level = suspicionLevel(model.suspicion[player]);
        for (let k = 0; k < level; k++) {
          const tx = x - 14 + k * 14;
          const ty = y + r + 10;
          layer.fillStyle(0xb3261e, 1).fillTriangle(tx, ty - 6, tx - 6, ty + 5, tx + 6, ty + 5);
        }
      }
    }
    for (const id of FIVE) {
      const [x, y] = capitals[id];
      const isPlayer = view?.player === id;
      layer.fillStyle(isPlayer ? 0xb3261e : 0x222222, 1).fillCircle(x, y, isPlayer ? 6 : 4);
      if (isPlayer) layer.lineStyle(2, 0x222222, 1).strokeCircle(x, y, 9);
    }
    // A new render texture costs a framebuffer: the same one is cleared and reused while the size holds.
    const size = `${width}x${height}`;
    if (this.baked && this.layerSize === size) this.baked.clear();
    else {
      this.baked?.destroy();
      this.baked = this.add.renderTexture(0, 0, width, height).setOrigin(0, 0).setDepth(1);
      this.layerSize = size;
    }
    this.baked.draw(layer);
    this.baked.render();
    this.drawn = view !== undefined;
    this.wake();
    this.onLabels?.({ states: capitals, partners });
  }
}
