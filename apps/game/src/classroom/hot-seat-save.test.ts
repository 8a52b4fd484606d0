import { getScenario, getStrategy, hashState, type Plan, type Scenario } from '@c5plus/sim';
import { describe, expect, it } from 'vitest';
import { type HotSeat, nextYear, startHotSeat, submitPlan, takeSeat } from './hot-seat';
import {
  HOT_SEAT_BROKEN_PREFIX,
  HOT_SEAT_KEY,
  hotSeatText,
  parseHotSeat,
  readHotSeat,
  saveHotSeat,
} from './hot-seat-save';
import { memoryStore } from './key-value-store';

const war = getScenario('war-2022') as Scenario;

function start(): HotSeat {
  const started = startHotSeat({
    scenario: war,
    seed: 'class-7b',
    players: [
      { name: 'Aigerim', state: 'KAZ' },
      { name: 'Timur', state: 'UZB' },
    ],
  });
  if (!started.ok) throw new Error(JSON.stringify(started.errors));
  return started.hotSeat;
}

/** The seated player's plan by the multi-vector strategy, handed in. */
function handIn(hotSeat: HotSeat): HotSeat {
  const seated = takeSeat(hotSeat);
  if (seated.phase.kind !== 'planning') throw new Error('not planning');
  const state = seated.players[seated.phase.player]?.state ?? 'KAZ';
  const plan: Plan = getStrategy('multiVector')!.decide(seated.game, state, () => 0.5).plan;
  const result = submitPlan(seated, plan);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.hotSeat;
}

describe('the hot-seat save', () => {
  it('comes back as it was after a resolved year, with every report rebuilt', () => {
    const resolved = handIn(handIn(start()));
    expect(resolved.phase.kind).toBe('resolved');
    const back = parseHotSeat(hotSeatText(resolved));
    expect(hashState(back.game)).toBe(hashState(resolved.game));
    expect(back.players).toEqual(resolved.players);
    expect(back.reports).toEqual(resolved.reports);
    expect(back.phase).toEqual(resolved.phase);
  });

  it('keeps the plans handed in this year, and saves a seated player as a handover to them', () => {
    const half = handIn(nextYear(handIn(handIn(start()))));
    const seated = takeSeat(half);
    const back = parseHotSeat(hotSeatText(seated));
    expect(back.phase).toEqual({ kind: 'handover', player: 1 });
    expect(back.pending).toEqual(half.pending);
    expect(Object.keys(back.pending)).toEqual(['KAZ']);
    // The next student hands in and the year resolves as it would have.
    expect(hashState(handIn(back).game)).toBe(hashState(handIn(half).game));
  });

  it('is written under its own key, and read back by readHotSeat', () => {
    const store = memoryStore({ 'c5plus.autosave.v1': 'the main game' });
    const game = handIn(start());
    expect(saveHotSeat(store, game)).toBeUndefined();
    expect(store.getItem(HOT_SEAT_KEY)).toBe(hotSeatText(game));
    const read = readHotSeat(store);
    expect(read.kind).toBe('ok');
    expect(store.getItem('c5plus.autosave.v1')).toBe('the main game');
    expect(readHotSeat(memoryStore())).toEqual({ kind: 'none' });
  });

  it('moves a save that does not read aside, every byte kept, and names the problem', () => {
    const store = memoryStore({ [HOT_SEAT_KEY]: '{ half a save' });
    const read = readHotSeat(store, 1234);
    expect(read).toMatchObject({ kind: 'broken', key: `${HOT_SEAT_BROKEN_PREFIX}1234` });
    expect(read.kind === 'broken' && read.message).toMatch(/^not valid JSON/);
    expect(store.getItem(`${HOT_SEAT_BROKEN_PREFIX}1234`)).toBe('{ half a save');
    expect(store.getItem(HOT_SEAT_KEY)).toBeNull();
    // A second broken save the same millisecond does not overwrite the first copy.
    store.setItem(HOT_SEAT_KEY, 'again');
    expect(readHotSeat(store, 1234)).toMatchObject({ key: `${HOT_SEAT_BROKEN_PREFIX}1234-1` });
  });

  it('refuses a save whose parts disagree, naming the part', () => {
    const text = hotSeatText(handIn(start()));
    const edit = (change: (save: Record<string, unknown>) => void) => {
      const save = JSON.parse(text);
      change(save);
      return () => parseHotSeat(JSON.stringify(save));
    };
    expect(edit((s) => (s.players = [{ name: 'A', state: 'KAZ' }]))).toThrow(/^players: /);
    expect(edit((s) => (s.phase = { kind: 'handover', player: 4 }))).toThrow(/^phase\.player/);
    expect(edit((s) => (s.phase = { kind: 'finished' }))).toThrow(/not finished/);
    expect(
      edit(
        (s) => (s.pending = { KAZ: { year: 1999, engagements: [], consultation: 0, summits: [] } }),
      ),
    ).toThrow(/^pending\.KAZ: /);
    expect(edit((s) => (s.game = '{"format":"nope"}'))).toThrow(/not a c5plus save/);
    expect(edit((s) => ((s.players as unknown[])[1] = { name: 'T', state: 'TKM' }))).toThrow(
      /TKM is not played by a person/,
    );
  });
});
