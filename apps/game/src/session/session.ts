/**
 * The game being played: the sim's state, the history of every state since the
 * start (index = turns resolved) and each turn's report. Going back to a year
 * is an index into that history; the sim decides everything else. A turn and the
 * advice go through a {@link SimRunner} (the
 * sim's worker in the page), so they answer through promises.
 */
import {
  type Advice,
  type Controller,
  createGame,
  type GameState,
  hashState,
  type Plan,
  type PlanError,
  type Scenario,
  type StateId,
  step,
  type TurnReport,
} from '@c5plus/sim';
import { Bus } from './bus';
import { inThreadRunner, type SimRunner } from './sim-runner';

/** What the session announces. */
export interface SessionEvents extends Record<string, unknown> {
  /** The current state changed (a new game, a turn, a fork, a load). */
  changed: { readonly game: GameState; readonly report: TurnReport | undefined };
}

/** The options of a new game. */
export interface NewGame {
  readonly scenario: Scenario;
  readonly seed: string;
  readonly player: StateId;
  readonly controllers: Record<StateId, Controller>;
}

/** Raised when a save's plans no longer rebuild the game it claims to be. */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';
}

export class Session {
  readonly bus = new Bus<SessionEvents>();
  private states: GameState[];
  private reports: TurnReport[] = [];
  /** The turn being resolved, so a second submit waits for it instead of racing it. */
  private resolving: Promise<unknown> = Promise.resolve();

  private constructor(
    first: GameState,
    readonly player: StateId,
    private readonly runner: SimRunner,
  ) {
    this.states = [first];
  }

  /** A new game at the scenario's start. */
  static start(options: NewGame, runner: SimRunner = inThreadRunner): Session {
    const controllers = { ...options.controllers, [options.player]: 'human' };
    return new Session(
      createGame({ scenario: options.scenario, seed: options.seed, controllers }),
      options.player,
      runner,
    );
  }

  /**
   * Resumes a saved game: its plans are stepped again from the start to rebuild
   * the history and reports; the result must hash like the save. Every
   * state's plan is in the save, so no strategy runs: this stays in the thread.
   */
  static resume(saved: GameState, runner: SimRunner = inThreadRunner): Session {
    const player = (Object.keys(saved.controllers) as StateId[]).find(
      (id) => saved.controllers[id] === 'human',
    );
    if (!player) throw new HistoryError('The save has no state played by a person.');
    const session = new Session(
      createGame({ scenario: saved.scenario, seed: saved.seed, controllers: saved.controllers }),
      player,
      runner,
    );
    for (const entry of saved.log) {
      const result = step(session.game, entry.plans);
      if (!result.ok)
        throw new HistoryError(
          `The plans for ${entry.year} were refused: ${result.errors.map((e) => e.message).join('; ')}`,
        );
      session.states.push(result.game);
      session.reports.push(result.report);
    }
    if (hashState(session.game) !== hashState(saved))
      throw new HistoryError('Replaying the save’s plans does not reach the saved game.');
    return session;
  }

  get game(): GameState {
    return this.states[this.states.length - 1] as GameState;
  }

  /** The report of the last turn, if a turn was played. */
  get lastReport(): TurnReport | undefined {
    return this.reports[this.reports.length - 1];
  }

  /** Every state so far, index 0 the start. */
  get history(): readonly GameState[] {
    return this.states;
  }

  get turnReports(): readonly TurnReport[] {
    return this.reports;
  }

  /**
   * Plays the player's plan for this year; the other states follow their
   * strategies. Turns resolve one after another, in the order submitted.
   */
  submit(
    plan: Plan,
  ): Promise<{ ok: true; report: TurnReport } | { ok: false; errors: readonly PlanError[] }> {
    const turn = this.resolving.then(async () => {
      const result = await this.runner.run('step', {
        game: this.game,
        plans: { [this.player]: plan },
      });
      if (!result.ok) return result;
      this.states.push(result.game);
      this.reports.push(result.report);
      this.bus.emit('changed', { game: result.game, report: result.report });
      return { ok: true as const, report: result.report };
    });
    // A failed turn must not block the next one.
    this.resolving = turn.catch(() => undefined);
    return turn;
  }

  /** What each strategy would advise the player this year, with its preview. */
  advise(): Promise<readonly Advice[]> {
    return this.runner.run('advise', { game: this.game, player: this.player });
  }

  /** Goes back to the start of turn `turn` (0 = the first year), dropping what followed. */
  goBackTo(turn: number): void {
    if (!Number.isInteger(turn) || turn < 0 || turn >= this.states.length)
      throw new RangeError(`Turn ${turn} is outside the game (0 to ${this.states.length - 1}).`);
    this.states = this.states.slice(0, turn + 1);
    this.reports = this.reports.slice(0, turn);
    this.bus.emit('changed', { game: this.game, report: this.lastReport });
  }
}
