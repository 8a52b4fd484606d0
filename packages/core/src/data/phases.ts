import type { Phase } from '../types';

/** The dataset's `phases` collection: the four phases of the Japan mechanism as 001 describes them. */
export const phases: readonly Phase[] = [
  {
    id: 'japan-phase-institutionalization',
    ordinal: 1,
    name: 'Institutionalization',
    nameRu: 'Институционализация',
    years: { start: 2004, end: 2007 },
    partner: 'japan',
    summary:
      'The formative period: the first foreign ministers’ meeting (August 2004) set three cooperative principles and five objectives, and a multi-tier structure of foreign ministers’ and senior officials’ meetings plus the Tokyo Dialogue took shape. By 2007 two ministerial meetings, four senior officials’ meetings and one Tokyo Dialogue had given the mechanism its basic institutional footing, driven by Japan’s growing strategic interest and ODA (following Koizumi’s 2002 Silk Road Energy Initiative).',
    summaryRu:
      'Период становления: первая встреча министров иностранных дел (август 2004 года) установила три принципа сотрудничества и пять целей, и сложилась многоуровневая структура из встреч министров иностранных дел и старших должностных лиц, а также «Токийского диалога». К 2007 году две министерские встречи, четыре встречи старших должностных лиц и один «Токийский диалог» заложили институциональную основу механизма; движущей силой были растущий стратегический интерес Японии и её официальная помощь развитию (после энергетической инициативы Шёлкового пути Коидзуми 2002 года).',
    ruOrigin: 'translation',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'It has gone through four phases: institutionalization, downturn, stable development, and adjustment and transformation.',
        quoteRu:
          'Он прошёл четыре этапа: институционализация, спад, стабильное развитие, корректировка и трансформация.',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Between 2004 and 2007, the mechanism held two foreign ministers' meetings, four senior officials'",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'This phase achieved basic institutionalization, elevating Japan-Central Asia relations to a new level.',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "a multi-tiered dialogue structure, including foreign ministers' meetings, senior officials' meetings",
      },
    ],
  },
  {
    id: 'japan-phase-downturn',
    ordinal: 2,
    name: 'Downturn',
    nameRu: 'Спад',
    years: { start: 2008, end: 2012 },
    partner: 'japan',
    summary:
      'Japan’s domestic political turmoil (three changes of leader in 2009–2012) and the global financial crisis pushed Central Asia to the margins of Tokyo’s agenda. Institution-building stalled, even regular foreign ministers’ meetings were postponed, and a "resource diplomacy" focus on extraction and infrastructure was seen as using the mechanism for Japan’s own interests, causing discontent in the region.',
    summaryRu:
      'Внутриполитические потрясения в Японии (три смены лидера в 2009–2012 годах) и мировой финансовый кризис отодвинули Центральную Азию на периферию повестки Токио. Институциональное строительство остановилось, даже регулярные встречи министров иностранных дел откладывались, а упор «ресурсной дипломатии» на добычу и инфраструктуру воспринимался как использование механизма в собственных интересах Японии и вызывал недовольство в регионе.',
    ruOrigin: 'translation',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'resulting in a downturn for the mechanism',
        quoteRu: 'что привело к спаду в работе механизма',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "with even the regular foreign ministers' meetings being postponed",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Between 2009 and 2012, Japan underwent three leadership changes.',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'sparking discontent among Central Asian states',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "marked by the global financial crisis and Japan's domestic instability",
      },
    ],
    discrepancies: [
      {
        about: 'years and name of the phase',
        readings: [
          {
            source: '001_a2741695248c3d87.txt',
            quote: "During 2008-2012, Japan's domestic political turbulence",
            reading: 'The downturn is dated 2008–2012.',
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote: 'Following a period of stagnation',
            reading:
              'Also called a period of stagnation; the leadership changes behind it are dated 2009–2012.',
          },
        ],
        note: 'The record uses the 2008–2012 span the text gives for the phase itself.',
      },
    ],
  },
  {
    id: 'japan-phase-stable-development',
    ordinal: 3,
    name: 'Stable development',
    nameRu: 'Стабильное развитие',
    years: { start: 2013, end: 2019 },
    partner: 'japan',
    summary:
      'After Abe returned to power Japan renewed its focus: Abe toured all five states in 2015 (economic aid agreements), the 6th foreign ministers’ meeting (May 2017) adopted the Regional Transport and Logistics Cooperation Roadmap with 24 billion yen pledged and first raised North Korea, and the 7th (May 2019) adopted a second action plan. Agriculture, connectivity and, increasingly, regional security came to the fore.',
    summaryRu:
      'После возвращения Абэ к власти Япония вновь сосредоточилась на регионе: в 2015 году Абэ посетил все пять государств (соглашения об экономической помощи), 6-я встреча министров иностранных дел (май 2017 года) приняла Дорожную карту регионального сотрудничества в области транспорта и логистики с обещанными 24 млрд иен и впервые затронула Северную Корею, а 7-я (май 2019 года) приняла второй план действий. На первый план вышли сельское хозяйство, связанность и всё чаще региональная безопасность.',
    ruOrigin: 'translation',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'During 2013-2019, the mechanism demonstrated positive developments in both institutional design and cooperation scope.',
        quoteRu:
          'В 2013–2019 годах механизм показал положительную динамику как в институциональном устройстве, так и в охвате сотрудничества.',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'A landmark 2015 tour saw Abe visit all five Central Asian nations',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "Reflecting the mechanism's growing attention to regional security matters.",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "This plan signified the mechanism's advancement to a new developmental phase.",
      },
    ],
    discrepancies: [
      {
        about: 'how much priority Japan gave Central Asia under Abe',
        readings: [
          {
            source: '001_a2741695248c3d87.txt',
            quote:
              'Japan renewed its strategic focus on Central Asia within its diplomatic framework',
            reading:
              'Abe’s return brought a renewed strategic focus and a stable, institutionalizing phase.',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'were either conducted or set to take place just before the stepping down of their respective administrations',
            reading:
              'Abe’s 2015 tour is read as timed late in his administration, evidence that Central Asia was not a high priority.',
          },
        ],
      },
      {
        about: 'name of the phase',
        readings: [
          {
            source: '001_a2741695248c3d87.txt',
            quote: 'stable development, and adjustment and transformation',
            reading: 'Stable development (abstract).',
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote: 'downturn, stable growth, and adjustment and transformation',
            reading: 'Stable growth (introduction).',
          },
        ],
      },
    ],
  },
  {
    id: 'japan-phase-adjustment',
    ordinal: 4,
    name: 'Adjustment and transformation',
    nameRu: 'Корректировка и трансформация',
    years: { start: 2020 },
    partner: 'japan',
    summary:
      'Under Suga and Kishida strategic attention dropped: only three foreign ministers’ meetings, two senior officials’ meetings and one Tokyo Dialogue were held (001 gives the counts, not which meetings they were). Of the meetings it names, two foreign ministers’ meetings in April and December 2022 formed no cooperation documents, and a special foreign ministers’ video meeting in August 2020 agreed on COVID-19 cooperation. Japan then adapted the mechanism: health cooperation, the first ministerial Economic and Energy Dialogue (September 2023), plans to raise it to leaders’ level, a wider agenda including security, and a move from Japan-led to consultative. The first summit was planned for August 2024 and held in December 2025.',
    summaryRu:
      'При Суге и Кисиде стратегическое внимание ослабло: прошли лишь три встречи министров иностранных дел, две встречи старших должностных лиц и один «Токийский диалог» (документ 001 приводит число встреч, но не называет их). Из названных встреч две встречи министров иностранных дел в апреле и декабре 2022 года не выработали документов о сотрудничестве, а специальная встреча министров по видеосвязи в августе 2020 года договорилась о сотрудничестве против COVID-19. Затем Япония перестроила механизм: сотрудничество в здравоохранении, первый министерский Экономический и энергетический диалог (сентябрь 2023 года), планы поднять его до уровня лидеров, расширенная повестка с вопросами безопасности и переход от ведущей роли Японии к консультациям. Первый саммит был намечен на август 2024 года и состоялся в декабре 2025 года.',
    ruOrigin: 'translation',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'cooperation mechanism has entered a period of adjustment',
        quoteRu: 'механизм сотрудничества вступил в период корректировки',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'no specific cooperation documents or strategic frameworks were formed',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Japan and the Central Asian countries have only held three foreign ministers' meetings, two senior officials' meetings",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "held a special foreign ministers' meeting via video conference in August 2020",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Japan has gradually adjusted the',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'On December 20, 2025, the first [Summit of the',
      },
    ],
    discrepancies: [
      {
        about: 'whether Japan’s attention is falling or rising in this phase',
        readings: [
          {
            source: '001_a2741695248c3d87.txt',
            quote:
              'the subsequent Suga and Kishida administrations have shown a relatively lower strategic focus',
            reading: 'Attention fell under Suga and Kishida; meetings had little practical effect.',
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote: "Currently, Japan's strategic focus on Central Asia is growing",
            reading: 'The abstract says Japan’s strategic focus on Central Asia is now growing.',
          },
          {
            source: '003_dceb15af33b4a574.txt',
            quote: 'Now, Tokyo has decided to make up for lost time.',
            reading: 'After years of passivity Tokyo is catching up, spurred by the 2022 war.',
          },
        ],
        note: 'Both readings are kept: the phase began with lower attention and moved toward an upgrade; no end year is given.',
      },
    ],
  },
];
