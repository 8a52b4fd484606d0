/**
 * The debrief's "what your game shows": the model's three lessons read from
 * the player's own game by the sim (`lessonFindings`), each with its figures,
 * whether the game bore it out, and the passage behind it.
 */
import {
  type GameState,
  type LessonFinding,
  lessonFindings,
  type StateId,
  type TurnReport,
} from '@c5plus/sim';
import { el } from '../dom';
import { partnerName, t } from '../i18n';
import { citation } from './causes';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The finding's figures in words. */
function findingText(f: LessonFinding): string[] {
  switch (f.lesson) {
    case 'practical':
      return [
        f.points === 0
          ? t('findings.practical.none')
          : t('findings.practical.points', { points: f.points, practical: f.practicalPoints }),
        f.pressured === 0
          ? t('findings.practical.calm', {
              partner: partnerName(f.mostSuspicious.partner),
              suspicion: f.mostSuspicious.value.toFixed(0),
            })
          : t('findings.practical.pressed', {
              count: f.pressured,
              pressers: f.pressers.map(partnerName).join(', '),
            }),
      ];
    case 'diversified':
      return [
        t('findings.diversified.body', {
          startPartner: partnerName(f.largestAtStart.partner),
          startShare: percent(f.largestAtStart.share),
          endPartner: partnerName(f.largestAtEnd.partner),
          endShare: percent(f.largestAtEnd.share),
          startAutonomy: f.autonomyAtStart.toFixed(0),
          endAutonomy: f.autonomyAtEnd.toFixed(0),
        }),
      ];
    case 'together':
      return [
        t('findings.together.body', {
          joined: f.meetingsJoined,
          turns: f.turns,
          gain: f.meetingGain.toFixed(1),
          consultation: f.consultation,
          startCohesion: f.cohesionAtStart.toFixed(0),
          endCohesion: f.cohesionAtEnd.toFixed(0),
        }),
      ];
  }
}

export function findingsSection(
  game: GameState,
  reports: readonly TurnReport[],
  player: StateId,
): HTMLElement {
  const list = el('div', { class: 'arguments findings', 'data-testid': 'findings' });
  for (const f of lessonFindings(game, reports, player))
    list.append(
      el(
        'article',
        { 'data-lesson': f.lesson, 'data-verdict': f.verdict },
        el(
          'p',
          {},
          el('span', { class: 'tag' }, t(`findings.verdict.${f.verdict}`)),
          ' ',
          el('strong', {}, t(`findings.${f.lesson}.title`)),
        ),
        ...findingText(f).map((text) => el('p', {}, text)),
        citation(f.citation),
      ),
    );
  return el(
    'section',
    {},
    el('h3', {}, t('findings.heading')),
    el('p', { class: 'help' }, t('findings.intro')),
    list,
  );
}
