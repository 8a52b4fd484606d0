/** The game screens' header: year, turn, cohesion and the way to the dashboard or back. */
import type { GameState } from '@c5plus/sim';
import { el } from '../dom';
import { stateName, t } from '../i18n';
import { showScreen } from './screens';

export function hud(
  game: GameState,
  player: Parameters<typeof stateName>[0],
  toggle: 'dashboard' | 'back',
): HTMLElement {
  const turns = game.endYear - game.startYear + 1;
  const button = el(
    'button',
    {
      type: 'button',
      'data-testid': toggle === 'dashboard' ? 'open-dashboard' : 'close-dashboard',
    },
    toggle === 'dashboard' ? t('hud.dashboard') : t('dashboard.close'),
  );
  button.addEventListener('click', () =>
    toggle === 'dashboard'
      ? showScreen('dashboard')
      : showScreen(
          game.turn > 0 && !game.finished ? 'planning' : game.finished ? 'debrief' : 'planning',
        ),
  );
  return el(
    'div',
    { class: 'hud' },
    el(
      'p',
      { class: 'hud-line' },
      el('strong', {}, stateName(player)),
      ' · ',
      t('hud.turn', {
        year: Math.min(game.year, game.endYear),
        turn: Math.min(game.turn + 1, turns),
        turns,
      }),
      ' · ',
      el(
        'span',
        { 'data-testid': 'cohesion' },
        t('hud.cohesion', { value: game.cohesion.toFixed(0) }),
      ),
    ),
    button,
  );
}
