/**
 * The map: the five states and their neighbours baked once per size into a
 * RenderTexture; over it, redrawn each turn, the capitals, the cohesion links
 * among them, the partners around the region (disc size = attention, a square
 * when their C5+ format is open, triangles = suspicion of the player) and the
 * last turn's meetings and deals as lines (held: solid, failed: dotted, deals:
 * dashed). When a turn resolves, pulses run along those lines for a few
 * seconds on a small layer of their own (static lines only under
 * prefers-reduced-motion). Text goes to the DOM overlay (crisp, translated).
 */
import { PARTNER_IDS, type PartnerId } from '@c5plus/core';
import type { GameState, StateId, TurnReport } from '@c5plus/sim';
import * as Phaser from 'phaser';
import { type FailedMeeting, type Flow, failedMeetings, turnFlows } from '../map/flows';
import { mapFit, mapGeometry, suspicionLevel } from '../map/geometry';
import { FLOW_STYLE, FLOWS_DURATION, pulseAt } from '../map/pulses';
import { countries, FIVE } from '../map/region';
import { fillRings } from '../map/rings';

/** What the overlay needs to place the labels. */
export interface MapLabels {
  readonly states: Readonly<Record<StateId, [number, number]>>;
  readonly partners: Readonly<Record<PartnerId, [number, number, number]>>;
  /** The turn's meetings that did not take place, and why. */
  readonly failed: readonly FailedMeeting[];
}

export interface MapView {
  readonly game: GameState;
  readonly player: StateId;
  readonly report: TurnReport | undefined;
}

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
  /** The last turn's flows, as drawn (tests read them). */
  flows: readonly Flow[] = [];
  /** Each flow's ends in canvas pixels, four numbers a flow, set at each draw. */
  flowEnds = new Float32Array(0);
  /** Whether the pulses are running now. */
  animating = false;
  /** Frames drawn by the current or last animation (tests read it). */
  pulseFrames = 0;
  private pulses: Phaser.GameObjects.Graphics | undefined;
  private pulseStart = 0;
  /** The report whose flows were last animated, so a turn animates once. */
  private animated: TurnReport | undefined;

  constructor() {
    super('map');
  }

  create(): void {
    this.layer = this.make.graphics({}, false);
    this.pulses = this.add.graphics().setDepth(2);
    // The scale manager emits `resize` on every refresh, not only on a change: redraw() compares sizes.
    this.scale.on('resize', () => this.scheduleRedraw());
    // Nothing moves between turns: the loop sleeps once a change is drawn, and wakes for the next.
    window.addEventListener('resize', () => this.wake());
    this.redraw();
    this.onCreate?.();
  }

  show(view: MapView): void {
    this.view = view;
    const report = view.report;
    if (report !== this.animated) {
      this.animated = report;
      this.startPulses(report);
    }
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
    // Sleep once nothing has changed for a while, and never while pulses run.
    this.sleepTimer = setTimeout(
      () => (this.animating ? this.wake() : this.game.loop.sleep()),
      400,
    );
  }

  /** Starts the pulses of a new turn's flows, unless motion is reduced or nothing flowed. */
  private startPulses(report: TurnReport | undefined): void {
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.pulses?.clear();
    this.pulseFrames = 0;
    this.animating = !still && report !== undefined && turnFlows(report).length > 0;
    // The clock starts at the first frame: the panels drawn meanwhile do not eat the animation.
    this.pulseStart = Number.NaN;
  }

  /** Moves the pulses: a few dots a flow, no allocation, nothing else redrawn. */
  override update(): void {
    const g = this.pulses;
    if (!this.animating || !g) return;
    if (Number.isNaN(this.pulseStart)) this.pulseStart = performance.now();
    const elapsed = performance.now() - this.pulseStart;
    g.clear();
    if (elapsed >= FLOWS_DURATION) {
      this.animating = false;
      return;
    }
    this.pulseFrames += 1;
    const ends = this.flowEnds;
    const flows = this.flows;
    for (let i = 0; i < flows.length; i++) {
      const style = FLOW_STYLE[(flows[i] as Flow).kind];
      const x0 = ends[i * 4] as number;
      const y0 = ends[i * 4 + 1] as number;
      const x1 = ends[i * 4 + 2] as number;
      const y1 = ends[i * 4 + 3] as number;
      for (let k = 0; k < style.pulses; k++) {
        const at = pulseAt(elapsed, k / style.pulses, style);
        if (at < 0) continue;
        const x = x0 + (x1 - x0) * at;
        const y = y0 + (y1 - y0) * at;
        g.fillStyle(0xffffff, 1).fillCircle(x, y, style.radius + 1.5);
        g.fillStyle(style.colour, 1).fillCircle(x, y, style.radius);
      }
    }
  }

  /** What the base layer was baked for: the canvas size and the player's state. */
  private bakedFor: string | undefined;

  private bake(): void {
    const { width, height } = this.scale;
    this.bakedFor = `${width}x${height}:${this.view?.player ?? ''}`;
    this.base?.destroy();
    const fit = mapFit(width, height);
    const g = this.make.graphics({}, false);
    g.fillStyle(0xdfe8f0, 1).fillRect(0, 0, width, height);
    for (const country of countries) {
      const ours = FIVE.includes(country.id as StateId);
      const player = this.view && country.id === this.view.player;
      g.fillStyle(player ? 0xf3c969 : ours ? 0xf7ecd0 : 0xd2d2cc, 1);
      g.lineStyle(ours ? 1.5 : 1, ours ? 0x5b4a2a : 0x8a8a84, 1);
      for (const polygon of country.polygons) {
        // One path a polygon, holes wound against it (src/map/rings.ts): no seams, enclaves left empty.
        g.beginPath();
        for (const ring of fillRings(polygon.map((r) => r.map(fit)))) {
          ring.forEach(([x, y], i) => {
            if (i === 0) g.moveTo(x, y);
            else g.lineTo(x, y);
          });
          g.closePath();
        }
        g.fillPath();
        g.strokePath();
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
    const view = this.view;
    if (!view) this.flows = [];
    const { capitals, partners } = mapGeometry(
      width,
      height,
      (p) => view?.game.partners[p].attention ?? 30,
    );
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
      // Last turn's meetings and deals: held solid, failed dotted, deals dashed.
      this.flows = turnFlows(report);
      this.flowEnds = new Float32Array(this.flows.length * 4);
      this.flows.forEach((f, i) => {
        const [px, py] = partners[f.partner];
        const [cx, cy] = capitals[f.state];
        this.flowEnds.set([px, py, cx, cy], i * 4);
        const style = FLOW_STYLE[f.kind];
        if (f.kind === 'meeting' || f.kind === 'summit') {
          layer.lineStyle(style.width, style.colour, 0.9);
          layer.lineBetween(px, py, cx, cy);
          return;
        }
        // Dots for a failed meeting, dashes for a deal: they differ by pattern, not colour alone.
        const length = Math.hypot(cx - px, cy - py);
        const step = f.kind === 'failed' ? 7 : 14;
        const count = Math.max(1, Math.floor(length / step));
        for (let k = 0; k < count; k++) {
          const a = k / count;
          if (f.kind === 'failed') {
            layer.fillStyle(style.colour, 0.9);
            layer.fillCircle(px + (cx - px) * a, py + (cy - py) * a, style.width);
          } else {
            const b = (k + 0.55) / count;
            layer.lineStyle(style.width, style.colour, 0.9);
            layer.lineBetween(
              px + (cx - px) * a,
              py + (cy - py) * a,
              px + (cx - px) * b,
              py + (cy - py) * b,
            );
          }
        }
      });
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
    this.onLabels?.({ states: capitals, partners, failed: failedMeetings(view?.report) });
  }
}
