/**
 * 2004–2012: Japan launches "Central Asia plus Japan", the first C5+ format,
 * builds it for four years, then lets it stall through the 2008–2012 downturn.
 */
import type { Scenario } from '../model';
import { partner, STATE_PROFILES } from './baseline';
import { COMMON_CARDS, COMMON_CARDS_RU } from './cards';
import { bilateral, c5, everyone, plan } from './plans';

/** The 2004 launch through the 2008–2012 downturn. */
export const launch2004: Scenario = {
  id: 'launch-2004',
  translations: {
    // The project's Russian for what a player reads; scripted events that cite a
    // dataset event take its own Russian title (`titleRu`).
    ru: {
      title: 'Рождение формата: «Центральная Азия + Япония», 2004–2012',
      summary:
        'Япония первой из партнёров видит в пятёрке единый регион. Выстраивайте новый формат, пока Токио уделяет ему внимание, и посмотрите, что от него останется, когда внутренние потрясения в Японии отвлекут это внимание.',
      lessons: [
        'Почему Япония выбрала лёгкие тематические встречи, а не обязывающие договорённости?',
        'Когда внимание партнёра падает по его собственным внутренним причинам, что ещё может сделать регион?',
        'Сравните историческую линию с партией, в которой консультации пятёрки продолжаются и в годы спада: удерживает ли формат сплочённость?',
      ],
      objectives: {
        'japan-meetings':
          'Проведите не менее шести встреч С5+ с Японией: на две больше, чем дают четыре года её внимания.',
        cohesion: 'Сохраните сплочённость региона на уровне 70 или выше.',
        autonomy: 'Самостоятельность каждого государства — не ниже 82.',
      },
      deck: {
        ...COMMON_CARDS_RU,
        'resource-diplomacy': {
          title: 'Япония обращается к ресурсной дипломатии',
          text: 'Токио добивается сделок в горной добыче и энергетике через формат, и в регионе многим кажется, что его используют в интересах Японии.',
        },
        'financial-crisis': {
          title: 'Мировой финансовый кризис',
          text: 'Кредит иссякает, и партнёры замыкаются на своих делах.',
        },
      },
    },
  },
  title: 'A format is born: Central Asia plus Japan, 2004–2012',
  summary:
    'Japan is the first partner to treat the five as one region. Build the new format while it has Tokyo’s attention, and see what is left when Japan’s domestic turbulence pulls that attention away.',
  startYear: 2004,
  endYear: 2012,
  lessons: [
    'Why did Japan choose light, issue-specific meetings rather than binding commitments?',
    'When a partner’s attention falls for its own domestic reasons, what can the region still do?',
    'Compare the historical line with a run that keeps consulting through the downturn: does cohesion carry the format?',
  ],
  initial: {
    cohesion: 40,
    states: STATE_PROFILES,
    partners: {
      japan: partner('japan', 45, null),
      'south-korea': partner('south-korea', 30, null),
      usa: partner('usa', 35, null),
      china: partner('china', 55, null),
      russia: partner('russia', 70, null),
      eu: partner('eu', 25, null),
      italy: partner('italy', 10, null),
    },
  },
  scripted: [
    {
      id: 'kawaguchi-visit',
      year: 2004,
      title: 'Foreign Minister Kawaguchi proposes a dialogue with the region as a whole',
      citation: 'events/kawaguchi-central-asia-visit-2004',
      opensFormat: 'japan',
      effects: [
        { kind: 'attention', partner: 'japan', delta: 15 },
        { kind: 'baseline', partner: 'japan', delta: 15 },
        { kind: 'cohesion', delta: 4 },
      ],
    },
    {
      id: 'arc-of-freedom',
      year: 2006,
      title: 'Japan announces the “Arc of Freedom and Prosperity”',
      citation: 'events/aso-arc-of-freedom-and-prosperity-2006',
      effects: [
        { kind: 'attention', partner: 'japan', delta: 5 },
        { kind: 'suspicion', state: 'all', partner: 'russia', delta: 3 },
      ],
    },
    {
      id: 'korea-follows',
      year: 2007,
      title: 'South Korea adopts the format: C5+ROK',
      citation: 'events/korea-c5plus-rok-2007',
      opensFormat: 'south-korea',
      effects: [{ kind: 'attention', partner: 'south-korea', delta: 10 }],
    },
    {
      id: 'japan-downturn',
      year: 2008,
      title: 'Japan’s domestic turbulence: attention to Central Asia declines',
      citation: 'events/japan-downturn-2008-2012',
      effects: [
        { kind: 'attention', partner: 'japan', delta: -30 },
        { kind: 'baseline', partner: 'japan', delta: -42 },
      ],
    },
    {
      id: 'leadership-changes',
      year: 2009,
      title: 'Japan changes leaders three times in three years',
      citation: 'events/japan-leadership-changes-2009-2012',
      effects: [{ kind: 'attention', partner: 'japan', delta: -8 }],
    },
    {
      id: 'broader-perspective',
      year: 2012,
      title: 'Japan’s “Diplomacy That Looks at the World from a Broader Perspective”',
      citation: 'events/japan-broader-perspective-diplomacy-2012',
      effects: [{ kind: 'baseline', partner: 'japan', delta: 10 }],
    },
  ],
  deck: [
    ...COMMON_CARDS,
    {
      id: 'resource-diplomacy',
      title: 'Japan turns to resource diplomacy',
      text: 'Tokyo pursues mining and energy deals through the format, and some in the region feel it is being used as a vehicle for Japan’s interests.',
      citation: 'initiatives/resource-diplomacy',
      effects: [
        { kind: 'capacity', partner: 'japan', issue: 'critical-minerals', delta: 0.2 },
        { kind: 'cohesion', delta: -3 },
      ],
    },
    {
      id: 'financial-crisis',
      title: 'The global financial crisis',
      text: 'Credit dries up and partners look inward.',
      citation: 'phases/japan-phase-downturn',
      effects: [
        { kind: 'indicator', state: 'all', indicator: 'prosperity', delta: -3 },
        { kind: 'attention', partner: 'usa', delta: -5 },
      ],
    },
  ],
  cardChance: 0.4,
  objectives: [
    {
      id: 'japan-meetings',
      text: 'Hold at least six C5+ meetings with Japan: two more than its four attentive years give.',
      kind: 'meetings',
      partner: 'japan',
      min: 6,
    },
    { id: 'cohesion', text: 'Keep regional cohesion at 70 or more.', kind: 'cohesion', min: 70 },
    {
      id: 'autonomy',
      text: 'Every state keeps autonomy of at least 82.',
      kind: 'indicator',
      indicator: 'autonomy',
      scope: 'every',
      min: 82,
    },
  ],
  historical: [
    {
      year: 2004,
      // The first foreign ministers' meeting: issue-specific talks, differentiated bilateral ties kept.
      plans: everyone(
        plan(
          [
            c5('japan', 'water', 3),
            c5('japan', 'trade-investment', 2),
            bilateral('russia', 'trade-investment', 2),
            bilateral('china', 'trade-investment', 1),
          ],
          2,
        ),
      ),
      citations: ['events/cajapan-fmm-1-2004', 'principles/principle-issue-specificity'],
    },
    {
      year: 2005,
      // Senior officials' meetings build the mechanism.
      plans: everyone(
        plan(
          [
            c5('japan', 'education', 3),
            bilateral('russia', 'trade-investment', 3),
            bilateral('china', 'trade-investment', 2),
          ],
          2,
        ),
      ),
      citations: ['events/cajapan-meetings-2004-2007'],
    },
    {
      year: 2006,
      // The second foreign ministers' meeting and the Tokyo Dialogue.
      plans: everyone(
        plan(
          [
            c5('japan', 'connectivity', 3),
            c5('japan', 'education', 2),
            bilateral('russia', 'trade-investment', 2),
            bilateral('china', 'trade-investment', 1),
          ],
          2,
        ),
      ),
      citations: ['events/cajapan-meetings-2004-2007', 'instruments/tokyo-dialogue'],
    },
    {
      year: 2007,
      plans: everyone(
        plan(
          [
            c5('japan', 'energy', 2),
            c5('south-korea', 'education', 2),
            bilateral('russia', 'trade-investment', 3),
            bilateral('china', 'trade-investment', 2),
          ],
          1,
        ),
      ),
      citations: ['events/cajapan-meetings-2004-2007', 'events/korea-c5plus-rok-2007'],
    },
    ...[2008, 2009, 2010, 2011, 2012].map((year) => ({
      year,
      // The downturn: meetings stall; Japan's engagement narrows to bilateral resource deals.
      plans: {
        ...everyone(
          plan(
            [bilateral('russia', 'trade-investment', 4), bilateral('china', 'trade-investment', 4)],
            1,
          ),
        ),
        KAZ: plan(
          [
            bilateral('japan', 'energy', 2),
            bilateral('russia', 'trade-investment', 3),
            bilateral('china', 'trade-investment', 3),
          ],
          1,
        ),
        UZB: plan(
          [
            bilateral('japan', 'energy', 2),
            bilateral('russia', 'trade-investment', 3),
            bilateral('china', 'trade-investment', 3),
          ],
          1,
        ),
      },
      citations: ['events/japan-downturn-2008-2012', 'initiatives/resource-diplomacy'],
    })),
  ],
};
