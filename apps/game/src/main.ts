/**
 * The page's entry: reads the link and the settings, checks the autosave,
 * starts the map and shows the title (or the setup when the link asks for one).
 */
import simWorkerUrl from 'virtual:sim-worker-url';
import { app } from './app';
import { hasScenarioLink, readLibrary, registerClassroomScreens } from './classroom';
import { classroomContext } from './classroom/wiring';
import { createPhaserGame } from './game';
import { language, missingKeys, setLanguage, t } from './i18n';
import { renderLabels } from './map/labels';
import { renderDashboard } from './panels/dashboard';
import { renderDebrief } from './panels/debrief';
import { renderPlanning } from './panels/planning';
import { renderResult } from './panels/result';
import { currentScreen, registerScreen, showScreen } from './panels/screens';
import { renderSetup } from './panels/setup';
import { renderTitle } from './panels/title';
import { parseParams } from './params';
import { renderPreview } from './preview';
import type { MapScene } from './scenes/MapScene';
import { Session } from './session/session';
import { workerRunner } from './session/sim-runner';
import { readAutosave } from './storage/autosave';
import { readSettings } from './storage/settings';

declare global {
  interface Window {
    __c5plus?: {
      app: typeof app;
      missingKeys: string[];
      map: () => MapScene | undefined;
      screen: () => string | undefined;
    };
  }
}

// A teacher's imported scenarios can be named in the link, like the built-in ones.
const { request, errors } = parseParams(location.search, readLibrary(localStorage).scenarios);
app.request = request;
app.paramErrors = errors;
await setLanguage(request.lang ?? readSettings().language);

const root = document.getElementById('screen') as HTMLElement;
if (request.view === 'outcome') {
  document.body.dataset.screen = 'outcome';
  renderPreview(root, { scenario: request.scenario, seed: request.seed ?? 'c5plus' });
} else {
  // The sim's turns and advice run in its worker, so the page's frames stay short.
  if (typeof Worker === 'function') app.runner = workerRunner(simWorkerUrl);
  const read = readAutosave(localStorage, (game) => void Session.resume(game));
  if (read.kind === 'ok') app.saved = read.game;
  if (read.kind === 'broken')
    app.broken = { key: read.key, text: read.text, message: read.message };

  registerScreen('title', renderTitle);
  registerScreen('setup', renderSetup);
  registerScreen('planning', renderPlanning, { map: true });
  registerScreen('result', renderResult, { map: true });
  registerScreen('dashboard', renderDashboard, { map: true });
  registerScreen('debrief', renderDebrief);
  registerClassroomScreens(registerScreen, classroomContext);

  let scene: MapScene | undefined;
  const overlay = document.getElementById('map-labels') as HTMLElement;
  const legend = document.getElementById('map-legend') as HTMLElement;
  // The map shows a hot-seat student's view while one plans (app.mapView), else the session's.
  const mapView = () =>
    app.mapView ??
    (app.session
      ? { game: app.session.game, player: app.session.player, report: app.session.lastReport }
      : undefined);
  // What the map last showed: a new screen beside the same game, language and layout needs no redraw
  // (the turn's change has drawn it already, and a redraw lays the labels out again).
  let shown: readonly unknown[] = [];
  const follow = () => {
    const view = mapView();
    legend.textContent = `${t('hud.map')}. ${t('map.legend')} ${t('flows.legend')}`;
    if (!scene || !view) return;
    const now = [view.game, view.player, view.report, language(), document.body.className];
    if (now.every((x, i) => x === shown[i])) return;
    shown = now;
    scene.show(view);
  };
  app.onMapView = follow;
  app.onSession = (session) => {
    session.bus.on('changed', follow);
    follow();
  };
  document.addEventListener('c5plus:screen', follow);
  const phaser = createPhaserGame(document.getElementById('map-canvas') as HTMLElement);
  phaser.scene.then((s) => {
    scene = s;
    s.onLabels = (labels) => renderLabels(overlay, labels, mapView()?.game, mapView()?.player);
    follow();
  });
  window.__c5plus = { app, missingKeys, map: () => scene, screen: currentScreen };
  const params = new URLSearchParams(location.search);
  if (hasScenarioLink(location.hash)) showScreen('scenario-link');
  else
    showScreen(
      params.has('scenario') || params.has('state') || errors.length > 0 ? 'setup' : 'title',
    );
}
document.body.dataset.ready = 'true';
