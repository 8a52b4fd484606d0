/**
 * The running application: the setup asked for, the session being played and
 * what went wrong on the way (bad link parameters, an unreadable save). Panels
 * read and change it; the session does the playing.
 */
import type { GameState } from '@c5plus/sim';
import type { ParamError, SetupRequest } from './params';
import type { MapView } from './scenes/MapScene';
import { type NewGame, Session } from './session/session';
import { inThreadRunner, type SimRunner } from './session/sim-runner';
import { saveGame } from './storage/autosave';

export interface BrokenSave {
  readonly key: string;
  readonly text: string;
  readonly message: string;
}

export interface App {
  request: SetupRequest;
  paramErrors: readonly ParamError[];
  broken: BrokenSave | undefined;
  session: Session | undefined;
  /** The saved game found at start, offered as "continue". */
  saved: GameState | undefined;
  storageError: string | undefined;
  /** Called when a session starts, so the map can follow it. */
  onSession: ((session: Session) => void) | undefined;
  /** A view of a game that is not the session's (a hot-seat student's), shown on the map instead. */
  mapView: MapView | undefined;
  /** Called when `mapView` changes, so the map redraws. */
  onMapView: (() => void) | undefined;
  /** Where sessions send the sim's costly work: the sim's worker, once the page has started it. */
  runner: SimRunner;
}

export const app: App = {
  request: undefined as unknown as SetupRequest,
  paramErrors: [],
  broken: undefined,
  session: undefined,
  saved: undefined,
  storageError: undefined,
  onSession: undefined,
  mapView: undefined,
  onMapView: undefined,
  runner: inThreadRunner,
};

/** Starts playing a session and keeps it saved after every turn. */
export function play(session: Session): Session {
  app.session = session;
  app.saved = undefined;
  const save = () => {
    app.storageError = saveGame(session.game);
  };
  save();
  session.bus.on('changed', save);
  app.onSession?.(session);
  return session;
}

export function startNew(options: NewGame): Session {
  return play(Session.start(options, app.runner));
}
