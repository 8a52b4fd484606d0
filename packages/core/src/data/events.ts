import type { DatedEvent } from '../types';

/**
 * The dataset's `events` collection, sorted by date. A date is exactly as
 * precise as the documents give it; where a part of it is inferred rather than
 * printed, `dateInference` says which part and how (and a discrepancy may keep
 * the readings). Russian titles and place names are the project's translation.
 */
export const events: readonly DatedEvent[] = [
  {
    id: 'japan-turns-to-central-asian-resources-1960s',
    title: 'Japan begins looking to Central Asia for mineral resources',
    titleRu: 'Япония обращается к Центральной Азии в поисках минеральных ресурсов',
    ruOrigin: 'translation',
    date: '1960',
    endDate: '1969',
    kind: 'policy',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      'The source gives only the decade ("the 1960s"), recorded here as the span 1960–1969',
      'A resource-poor island nation seeks minerals for its high-speed economic growth',
      'Start of a long record of Japanese investment in minerals and energy development',
    ],
    themes: ['energy', 'trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Japan began to look towards Central Asia in the 1960s in search of the mineral resources needed for its high-speed economic growth',
        quoteRu:
          'В 1960-е годы Япония начала обращать взгляд на Центральную Азию в поисках минеральных ресурсов, необходимых для её высоких темпов экономического роста',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Its investments in areas such as mineral resources and energy development have a long history.',
      },
    ],
  },
  {
    id: 'japan-central-asia-diplomatic-ties-1992',
    title: 'Japan establishes diplomatic relations with the Central Asian states',
    titleRu: 'Япония устанавливает дипломатические отношения с государствами Центральной Азии',
    ruOrigin: 'translation',
    date: '1992',
    kind: 'agreement',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      'Relations in the 1990s were at first limited to economic aid, technical assistance and personnel training',
    ],
    themes: ['human-resources'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Since establishing diplomatic ties with the Central Asian states in 1992',
        quoteRu:
          'С момента установления дипломатических отношений с государствами Центральной Азии в 1992 году',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Since the 1990s, Japan's diplomatic relations with Central Asia were initially limited to economic aid, technical assistance, and personnel training.",
      },
    ],
  },
  {
    id: 'hashimoto-silk-road-eurasian-diplomacy-1997',
    title: 'Hashimoto launches Silk Road (Eurasian) Diplomacy',
    titleRu: 'Хасимото провозглашает «дипломатию Шёлкового пути» (евразийскую дипломатию)',
    ruOrigin: 'translation',
    date: '1997',
    kind: 'policy',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      "Named by Japan's ambassador to Kazakhstan as the root of the Central Asia plus Japan format",
      'A broad strategic concept stressing norms such as freedom, democracy and human rights (004)',
    ],
    themes: [],
    people: ['ryutaro-hashimoto'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'the Silk Road diplomacy launched in 1997 by then-Prime Minister Ryutaro Hashimoto',
        quoteRu:
          'дипломатия Шёлкового пути, начатая в 1997 году тогдашним премьер-министром Рютаро Хасимото',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'These include the "Silk Road Diplomacy" (1997)',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Prime Minister Hashimoto Ryutaro’s “[Eurasian Diplomacy](#)” (1997)',
      },
    ],
    discrepancies: [
      {
        about: 'name',
        readings: [
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote:
              'the Silk Road diplomacy launched in 1997 by then-Prime Minister Ryutaro Hashimoto',
            reading: "Hashimoto's 1997 initiative is called Silk Road diplomacy",
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'Prime Minister Hashimoto Ryutaro’s “[Eurasian Diplomacy](#)” (1997)',
            reading: "Hashimoto's 1997 concept is called Eurasian Diplomacy",
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote:
              'Tokyo introduced a series of strategic visions including "Eurasian Diplomacy," "Silk Diplomacy,"',
            reading:
              'Eurasian Diplomacy and Silk Diplomacy are listed side by side as separate visions',
          },
        ],
        note: 'Recorded as one 1997 Hashimoto initiative under both names, since 002 and 004 tie each name to Hashimoto and 1997.',
      },
      {
        about: 'date',
        readings: [
          {
            source: '001_a2741695248c3d87.txt',
            quote: 'These include the "Silk Road Diplomacy" (1997)',
            reading: '1997 (also given by 002 and 004)',
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote:
              'However, in the 21st century, Tokyo introduced a series of strategic visions including "Eurasian Diplomacy,"',
            reading: 'The Eurasian and Silk diplomacy visions are placed in the 21st century',
          },
        ],
        note: '1997 is kept: three documents print it; the "21st century" passage groups the visions loosely.',
      },
    ],
  },
  {
    id: 'koizumi-silk-road-energy-initiative-2002',
    title:
      'Koizumi calls for attention to Central Asia and proposes the Silk Road Energy Initiative',
    titleRu:
      'Коидзуми призывает обратить внимание на Центральную Азию и выдвигает Энергетическую инициативу Шёлкового пути',
    ruOrigin: 'translation',
    date: '2002',
    kind: 'policy',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      'Prime Minister Koizumi urges Japan to pay attention to Central Asia',
      'Silk Road Energy Initiative proposed, strengthening strategic engagement with the region',
    ],
    themes: ['energy'],
    people: ['junichiro-koizumi'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          '2002, In then-Prime Minister Junichiro Koizumi emphasized the need to "pay attention to Central Asia"',
        quoteRu:
          'в 2002 году тогдашний премьер-министр Дзюнъитиро Коидзуми подчеркнул необходимость «уделять внимание Центральной Азии»',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'proposed the "Silk Road Energy Initiative", strengthening strategic engagement with the region',
      },
    ],
  },
  {
    id: 'cajapan-meetings-2004-2007',
    title: 'Central Asia plus Japan meetings of the institutionalization years, 2004–2007',
    titleRu: 'Встречи «Центральная Азия + Япония» в годы институционализации, 2004–2007',
    ruOrigin: 'translation',
    date: '2004',
    endDate: '2007',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'foreign-ministers',
    status: 'held',
    outcomes: [
      "Two foreign ministers' meetings, four senior officials' meetings and one Tokyo Dialogue (001's sentence is scrambled in layout and is read this way)",
      'Operational foundation, functional scope and objectives set: basic institutionalization',
    ],
    themes: [],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Between 2004 and 2007, the mechanism held two foreign ministers\' meetings, four senior officials\' "Tokyo meetings, and one Dialogue,"',
        quoteRu:
          'В 2004–2007 годах в рамках механизма прошли две встречи министров иностранных дел, четыре встречи старших должностных лиц и один «Токийский диалог»',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'establishing its operational foundation, functional scope, and objectives',
      },
    ],
  },
  {
    id: 'kawaguchi-central-asia-visit-2004',
    title: 'Foreign Minister Kawaguchi visits the region and introduces the dialogue',
    titleRu: 'Министр иностранных дел Кавагути посещает регион и предлагает диалог',
    ruOrigin: 'translation',
    date: '2004-08',
    kind: 'visit',
    partner: 'japan',
    c5plus: false,
    level: 'foreign-ministers',
    status: 'held',
    outcomes: [
      'The Central Asia plus Japan Dialogue is introduced during the visit',
      'Per 000, Japan becomes the first major power to treat Central Asia as one geopolitical entity',
      'The dialogue is modeled on Japan’s experience with ASEAN (Uyama, in 002)',
    ],
    themes: [],
    people: ['yoriko-kawaguchi'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'This dialogue was first introduced in August 2004 by then Foreign Minister Yoriko Kawaguchi during her visit to the region',
        quoteRu:
          'Этот диалог был впервые предложен в августе 2004 года тогдашним министром иностранных дел Ёрико Кавагути во время её визита в регион',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'making Japan the first major power to recognize Central Asia as a unified geopolitical entity',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'launched in 2004 by then-Foreign Minister Yoriko Kawaguchi was modeled on Japan’s successful experience with ASEAN',
      },
    ],
  },
  {
    id: 'cajapan-fmm-1-2004',
    title: "1st Central Asia plus Japan Foreign Ministers' Meeting; the dialogue is launched",
    titleRu:
      'Первое совещание министров иностранных дел «Центральная Азия + Япония»: начало диалога',
    ruOrigin: 'translation',
    date: '2004-08',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'foreign-ministers',
    ordinal: 1,
    place: {
      city: 'Astana',
      cityRu: 'Астана',
      country: 'KAZ',
      countryRu: 'Казахстан',
      ruOrigin: 'translation',
    },
    status: 'held',
    outcomes: [
      'Birth of the Central Asia plus Japan Dialogue, the first C5+ format set up by an outside partner',
      'Three cooperative principles: respect for diversity, competition and coordination, open cooperation',
      'Five key objectives declared for the dialogue',
      "A multi-tiered structure follows: foreign ministers' meetings, senior officials' meetings and the Tokyo Dialogue",
    ],
    themes: [],
    people: ['yoriko-kawaguchi'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "In August 2004, Japan and the Central Asian nations held their first foreign ministers' meeting",
        quoteRu:
          'В августе 2004 года Япония и страны Центральной Азии провели первую встречу министров иностранных дел',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'The first meeting of the foreign ministers was held in Astana in 2004',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'three cooperative principles: "respect for diversity, competition and coordination, and open cooperation,"',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'declared five key objectives for the dialogue mechanism',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'As far back as 2004, Japan launched the Central Asia plus Japan Dialogue.',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'the “Central Asia plus Japan” format was initiated by Tokyo back in 2004',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Japan launched the “Central Asia plus Japan” initiative in 2004.',
      },
    ],
  },
  {
    id: 'aso-arc-of-freedom-and-prosperity-2006',
    title: 'Arc of Freedom and Prosperity concept',
    titleRu: 'Концепция «Дуги свободы и процветания»',
    ruOrigin: 'translation',
    date: '2006',
    kind: 'policy',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      'A broad strategic concept stressing freedom, democracy and human rights (004)',
      '004 attributes it to Aso Taro, titled Prime Minister; 001 names no author',
    ],
    themes: ['governance'],
    people: ['taro-aso'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'the "Arc of Freedom and Prosperity" (2006)',
        quoteRu: '«Дуга свободы и процветания» (2006)',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Prime Minister Aso Taro’s “[Arc of Freedom and Prosperity](#)” (2006)',
      },
    ],
  },
  {
    id: 'korea-c5plus-rok-2007',
    title: 'South Korea adopts a C5+ROK format',
    titleRu: 'Южная Корея перенимает формат «Центральная Азия + Республика Корея»',
    ruOrigin: 'translation',
    date: '2007',
    kind: 'policy',
    partner: 'south-korea',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      "Follows Japan's flexible, informal group format (the adoption itself is not described as a meeting)",
    ],
    themes: [],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'South Korea, recognizing the value of this flexible engagement, adopted a similar C5+ROK format in 2007.',
        quoteRu:
          'Южная Корея, оценив такое гибкое взаимодействие, в 2007 году приняла аналогичный формат «Центральная Азия + Республика Корея».',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'This “Central Asia plus One” framework was subsequently adopted by South Korea',
      },
    ],
  },
  {
    id: 'japan-downturn-2008-2012',
    title: 'Downturn of the Central Asia plus Japan mechanism',
    titleRu: 'Спад механизма «Центральная Азия + Япония»',
    ruOrigin: 'translation',
    date: '2008',
    endDate: '2012',
    kind: 'policy',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      "Japan's domestic political turbulence and the global financial crisis reduce its attention to Central Asia",
      "Institution-building and joint initiatives largely stall; even regular foreign ministers' meetings are postponed",
      'A "resource diplomacy" focus on extraction and infrastructure dilutes the cooperative spirit and draws Central Asian discontent',
    ],
    themes: ['energy', 'infrastructure'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "During 2008-2012, Japan's domestic political turbulence led to declining strategic attention toward Central Asia",
        quoteRu:
          'В 2008–2012 годах внутриполитические потрясения в Японии привели к ослаблению её стратегического внимания к Центральной Азии',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "with even the regular foreign ministers' meetings being postponed",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "marked by the global financial crisis and Japan's domestic instability",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'sparking discontent among Central Asian states',
      },
    ],
  },
  {
    id: 'japan-leadership-changes-2009-2012',
    title: 'Three changes of leadership in Japan',
    titleRu: 'Три смены руководства в Японии',
    ruOrigin: 'translation',
    date: '2009',
    endDate: '2012',
    kind: 'leadership-change',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: ["Central Asia pushed to the periphery of Tokyo's foreign policy agenda"],
    themes: [],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Between 2009 and 2012, Japan underwent three leadership changes.',
        quoteRu: 'С 2009 по 2012 год руководство Японии сменилось три раза.',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "Central Asia occupied a peripheral position in Tokyo's foreign policy agenda",
      },
    ],
  },
  {
    id: 'japan-broader-perspective-diplomacy-2012',
    title: 'Diplomacy That Looks at the World from a Broader Perspective',
    titleRu: '«Дипломатия, смотрящая на мир с широких позиций»',
    ruOrigin: 'translation',
    date: '2012',
    kind: 'policy',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: ['A strategic vision taking in Central Asia among other regions'],
    themes: [],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'the "Diplomacy That Looks at the World from a Broader Perspective" (2012), which also encompasses Central Asia and beyond',
        quoteRu:
          '«Дипломатия, смотрящая на мир в более широкой перспективе» (2012), охватывающая также Центральную Азию и не только её',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'abe-return-2013',
    title: 'Shinzo Abe returns to power; Japan renews its focus on Central Asia',
    titleRu: 'Синдзо Абэ возвращается к власти; Япония вновь обращает внимание на Центральную Азию',
    ruOrigin: 'translation',
    date: '2013',
    kind: 'leadership-change',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      'Japan uses the mechanism again to strengthen ties and geopolitical influence',
      '2013–2019: progress in institutional design and in the scope of cooperation',
    ],
    themes: [],
    people: ['shinzo-abe'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Following Shinzo Abe's return to power, Japan renewed its strategic focus on Central Asia",
        quoteRu:
          'После возвращения Синдзо Абэ к власти Япония вновь сосредоточила стратегическое внимание на Центральной Азии',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'During 2013-2019, the mechanism demonstrated positive developments in both institutional design and cooperation scope.',
      },
    ],
    discrepancies: [
      {
        about: 'date',
        readings: [
          {
            source: '001_a2741695248c3d87.txt',
            quote: 'Between 2009 and 2012, Japan underwent three leadership changes.',
            reading: 'Leadership changes run through 2012; the return itself is not dated',
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote: 'During 2013-2019, the mechanism demonstrated positive developments',
            reading: 'The period of renewed focus after the return is dated from 2013',
          },
        ],
        note: "No document gives the year of Abe's return. 2013 is the first year of the period 001 ties to it; the return could fall in late 2012. The date marks the start of the renewed focus, not a reported date of taking office.",
      },
    ],
  },
  {
    id: 'bri-announcement-2013',
    title: 'Xi Jinping announces the Belt and Road Initiative in Kazakhstan',
    titleRu: 'Си Цзиньпин объявляет в Казахстане об инициативе «Пояс и путь»',
    ruOrigin: 'translation',
    date: '2013',
    kind: 'policy',
    partner: 'china',
    c5plus: false,
    level: 'government',
    place: { country: 'KAZ', countryRu: 'Казахстан', ruOrigin: 'translation' },
    status: 'held',
    outcomes: [
      'Until around 2020, few flagship Chinese projects in the region despite growing trade and investment (004)',
    ],
    themes: ['connectivity', 'infrastructure', 'trade-investment'],
    people: ['xi-jinping'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'It was in 2013 that Xi Jinping announced the “Belt and Road” Initiative (BRI) in Kazakhstan.',
        quoteRu: 'Именно в 2013 году Си Цзиньпин объявил в Казахстане об инициативе «Пояс и путь».',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'until around 2020, it was difficult to point to any representative projects',
      },
    ],
  },
  {
    id: 'us-c5plus1-launch-2015',
    title: 'US C5+1 ministerial meetings',
    titleRu: 'Министерские встречи США в формате С5+1',
    ruOrigin: 'translation',
    date: '2015',
    kind: 'meeting',
    partner: 'usa',
    c5plus: true,
    level: 'ministers',
    status: 'held',
    outcomes: [
      'Presented by Washington as the start of the C5+1 format',
      'Its 10th anniversary is marked in November 2025',
    ],
    themes: [],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'Washington may have sought to brand its 2015 ministerial meetings as the genesis of the C5+1 format',
        quoteRu:
          'Вашингтон, возможно, стремился представить свои министерские встречи 2015 года как начало формата С5+1',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'a business conference commemorating the 10th anniversary of the C5+1 was held on November 5',
      },
    ],
    discrepancies: [
      {
        about: 'origin of the C5+1 format',
        readings: [
          {
            source: '000_0a364ac0ce25e492.txt',
            quote:
              'Washington may have sought to brand its 2015 ministerial meetings as the genesis of the C5+1 format',
            reading: 'The US presents its 2015 meetings as the start of C5+1',
          },
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote:
              'Japan was the first country to initiate a dialogue with Central Asian countries in a C5+1 format in 2004',
            reading: "Japan's 2004 dialogue was the first C5+1",
          },
          {
            source: '000_0a364ac0ce25e492.txt',
            quote: 'Even after the United States rebranded the concept as C5+1',
            reading: 'The US renamed an existing concept',
          },
        ],
        note: 'This record dates the US format from 2015; it is not the origin of the C5+ idea, which all five documents credit to Japan (2004).',
      },
    ],
  },
  {
    id: 'abe-central-asia-tour-2015',
    title: 'Abe tours all five Central Asian states',
    titleRu: 'Абэ посещает все пять государств Центральной Азии',
    ruOrigin: 'translation',
    date: '2015',
    kind: 'visit',
    partner: 'japan',
    c5plus: false,
    level: 'heads-of-state',
    status: 'held',
    outcomes: [
      'Prime Minister Abe visits all five states',
      'Several economic aid agreements to consolidate Japan’s presence',
    ],
    themes: ['trade-investment'],
    people: ['shinzo-abe'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'A landmark 2015 tour saw Abe visit all five Central Asian nations, resulting in multiple economic aid agreements',
        quoteRu:
          'В ходе знакового турне 2015 года Абэ посетил все пять стран Центральной Азии, и по его итогам было заключено несколько соглашений об экономической помощи',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Prime Minister Abe Shinzo’s tour of Central Asia in 2015',
      },
    ],
    discrepancies: [
      {
        about: 'timing within the Abe administration',
        readings: [
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'were either conducted or set to take place just before the stepping down of their respective administrations',
            reading: "The 2015 tour came just before Abe's administration stepped down",
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote:
              'After the Abe administration stepped down, the subsequent Suga and Kishida administrations',
            reading:
              'The post-Abe period is dated from 2020, and Abe-era work is described through 2019',
          },
        ],
        note: 'Both give 2015 for the tour; they differ on how close it was to the end of the Abe administration. Neither dates his stepping down.',
      },
    ],
  },
  {
    id: 'cajapan-fmm-6-2017',
    title: "6th Central Asia plus Japan Foreign Ministers' Meeting",
    titleRu: 'Шестое совещание министров иностранных дел «Центральная Азия + Япония»',
    ruOrigin: 'translation',
    date: '2017-05',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'foreign-ministers',
    ordinal: 6,
    status: 'held',
    outcomes: [
      'Regional Transport and Logistics Cooperation Roadmap signed',
      'Japan pledges 24 billion yen in assistance',
      'Joint statement mentions North Korea-related issues for the first time and stresses humanitarian problem-solving',
    ],
    themes: ['logistics', 'connectivity', 'agriculture', 'security'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "During the 6th Foreign Ministers' Meeting in May 2017, Japan and the five Central Asian nations signed the Regional Transport and Logistics Cooperation Roadmap",
        quoteRu:
          'На 6-й встрече министров иностранных дел в мае 2017 года Япония и пять стран Центральной Азии подписали Дорожную карту регионального сотрудничества в области транспорта и логистики',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'with Tokyo pledging 24 billion yen in assistance',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Marked the first mention of North Korearelated issues',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Japan has prioritized agriculture and connectivity as key cooperation areas.',
      },
    ],
  },
  {
    id: 'us-uzbek-cotton-ban-lifted-2019',
    title: 'US lifts its ban on imports of Uzbek cotton',
    titleRu: 'США снимают запрет на импорт узбекского хлопка',
    ruOrigin: 'translation',
    date: '2019',
    kind: 'policy',
    partner: 'usa',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      "The ban had been imposed over Uzbekistan's human rights situation",
      'Lifted after the leadership transition in Uzbekistan (not dated by the source)',
      'In 2025 an UzSanoatExport–Cargill cotton supply contract is signed alongside the C5+1 summit',
    ],
    themes: ['agriculture', 'trade-investment'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a ban that was lifted in 2019 following the leadership transition in Uzbekistan',
        quoteRu: 'запрет, снятый в 2019 году после смены руководства в Узбекистане',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the United States had previously banned the import of Uzbek cotton due to the human rights situation in the country',
      },
    ],
  },
  {
    id: 'cajapan-fmm-7-2019',
    title: "7th Central Asia plus Japan Foreign Ministers' Meeting",
    titleRu: 'Седьмое совещание министров иностранных дел «Центральная Азия + Япония»',
    ruOrigin: 'translation',
    date: '2019-05',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'foreign-ministers',
    ordinal: 7,
    status: 'held',
    outcomes: [
      'Second action plan adopted: trade and investment, transport and networks, tourism development, regional security, sustainable development',
      'Seen by 001 as the start of a new phase of the mechanism',
    ],
    themes: ['trade-investment', 'connectivity', 'tourism', 'security', 'sustainable-development'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "In May 2019, the 7th Foreign Ministers' Meeting adopted the framework's second action plan",
        quoteRu:
          'В мае 2019 года 7-я встреча министров иностранных дел приняла второй план действий в рамках механизма',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "This plan signified the mechanism's advancement to a new developmental phase.",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Since 2019, Japan has leveraged the "Central Asia Plus Japan" platform to multilateral collaboration in tourism development',
      },
    ],
  },
  {
    id: 'japan-suga-kishida-administrations-2020',
    title: 'Abe steps down; the Suga and Kishida administrations follow',
    titleRu: 'Абэ уходит в отставку; за ним следуют правительства Суги и Кисиды',
    ruOrigin: 'translation',
    date: '2020',
    kind: 'leadership-change',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      'The mechanism enters a period of adjustment',
      'Lower strategic focus on Central Asia than in the Abe era',
      'Later cabinets keep Abe’s approach, stressing "high-quality infrastructure"',
    ],
    themes: ['infrastructure'],
    people: ['shinzo-abe', 'yoshihide-suga', 'fumio-kishida'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Since 2020, the "Central Asia plus Japan" cooperation mechanism has entered a period of adjustment.',
        quoteRu:
          'С 2020 года механизм сотрудничества «Центральная Азия + Япония» вступил в период корректировки.',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'After the Abe administration stepped down, the subsequent Suga and Kishida administrations have shown a relatively lower strategic focus',
      },
    ],
    discrepancies: [
      {
        about: 'date',
        readings: [
          {
            source: '001_a2741695248c3d87.txt',
            quote:
              'Since 2020, the "Central Asia plus Japan" cooperation mechanism has entered a period of adjustment.',
            reading: 'The post-Abe period of adjustment begins in 2020',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'were either conducted or set to take place just before the stepping down of their respective administrations',
            reading: "Abe's administration stepped down soon after his 2015 tour",
          },
        ],
        note: 'No document dates the change of government. 2020 is the year from which 001 dates the Suga and Kishida period; it is not a reported date of office.',
      },
    ],
  },
  {
    id: 'cajapan-meetings-since-2020',
    title: 'Central Asia plus Japan meetings of the adjustment period, since 2020',
    titleRu: 'Встречи «Центральная Азия + Япония» в период корректировки, с 2020 года',
    ruOrigin: 'translation',
    date: '2020',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'foreign-ministers',
    status: 'held',
    outcomes: [
      "Three foreign ministers' meetings, two senior officials' meetings and one Tokyo Dialogue",
      'Little practical effect: the two 2022 ministerial meetings produced no specific documents',
    ],
    themes: [],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Since 2020, the "Central Asia plus Japan" cooperation mechanism has entered a period of adjustment.',
        quoteRu:
          'С 2020 года механизм сотрудничества «Центральная Азия + Япония» вступил в период корректировки.',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Japan and the Central Asian countries have only held three foreign ministers\' meetings, two senior officials\' meetings, and one "Tokyo Dialogue."',
      },
    ],
  },
  {
    id: 'cajapan-fmm-video-2020',
    title: "Special Foreign Ministers' Meeting by video conference during COVID-19",
    titleRu:
      'Специальное совещание министров иностранных дел по видеосвязи во время пандемии COVID-19',
    ruOrigin: 'translation',
    date: '2020-08',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'foreign-ministers',
    status: 'held',
    outcomes: [
      'Agreements on medical equipment, technical assistance, medicine supply and infectious disease prevention',
    ],
    themes: ['health'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: "held a special foreign ministers' meeting via video conference in August 2020",
        quoteRu:
          'в августе 2020 года провели специальную встречу министров иностранных дел по видеосвязи',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'reaching several agreements on cooperation in medical equipment, technical assistance, medicine supply, and infectious disease prevention',
      },
    ],
  },
  {
    id: 'cajapan-som-14-2021',
    title: "14th Central Asia plus Japan Senior Officials' Meeting",
    titleRu: '14-е совещание старших должностных лиц «Центральная Азия + Япония»',
    ruOrigin: 'translation',
    date: '2021-06',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'senior-officials',
    ordinal: 14,
    status: 'held',
    outcomes: [
      'Traditional cooperation areas reaffirmed',
      'In-depth talks on public health, medical care and healthcare cooperation',
    ],
    themes: ['health'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Officials' During the 14th Senior Meeting held in June 2021, Japan and the Central Asian nations not only reaffirmed traditional cooperation areas",
        quoteRu:
          'На 14-й встрече старших должностных лиц в июне 2021 года Япония и страны Центральной Азии не только подтвердили традиционные направления сотрудничества',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'conducted in-depth discussions on public health, medical care, and healthcare collaboration',
      },
    ],
  },
  {
    id: 'japan-central-asia-relations-30th-anniversary-2022',
    title: '30th anniversary of diplomatic relations between Japan and the five',
    titleRu: '30-летие дипломатических отношений Японии с пятью государствами Центральной Азии',
    ruOrigin: 'translation',
    date: '2022',
    kind: 'anniversary',
    partner: 'japan',
    c5plus: false,
    level: 'none',
    status: 'held',
    outcomes: [
      "Japan's foreign ministry pledges to advance exchanges across political, economic, social and other fields",
    ],
    themes: [],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'The year 2022 marked the 30th anniversary of diplomatic relations between Japan and the five',
        quoteRu: 'В 2022 году исполнилось 30 лет дипломатическим отношениям между Японией и пятью',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'it would take this opportunity to comprehensively advance bilateral exchanges and cooperation across political, economic, social, and other fields',
      },
    ],
  },
  {
    id: 'eu-c5plus-eu-adoption',
    title: 'The EU adopts a C5+EU format',
    titleRu: 'ЕС перенимает формат «Центральная Азия + ЕС»',
    ruOrigin: 'translation',
    date: '2022',
    kind: 'policy',
    partner: 'eu',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      "Driven by the need for regional connectivity and by the fallout of Russia's 2022 invasion of Ukraine (000)",
      'The EU holds a summit with the five in 2025 (004)',
    ],
    themes: ['connectivity'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'Even the European Union, spurred by the urgent need to address regional connectivity and mitigate the fallout',
        quoteRu:
          'Даже Европейский союз, подгоняемый острой необходимостью заняться региональной связанностью и смягчить последствия',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'has now adopted its own C5+EU iteration',
      },
    ],
    discrepancies: [
      {
        about: 'date',
        readings: [
          {
            source: '000_0a364ac0ce25e492.txt',
            quote:
              'mitigate the fallout from Russia’s 2022 invasion of Ukraine, has now adopted its own C5+EU iteration',
            reading: 'Adopted after, and in response to, the 2022 invasion; no year given',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'This “Central Asia plus One” framework was subsequently adopted by South Korea, the United States, the European Union (EU), and others',
            reading: 'Adopted at some time after Japan’s 2004 launch; no year given',
          },
        ],
        note: 'No document dates the adoption. 2022 is the earliest year that 000’s account allows, recorded as a lower bound, not a reported date.',
      },
    ],
  },
  {
    id: 'china-ca-summit-online-2022',
    title: 'China–Central Asia leaders meet online',
    titleRu: 'Лидеры Китая и Центральной Азии встречаются онлайн',
    ruOrigin: 'translation',
    date: '2022-01',
    kind: 'summit',
    partner: 'china',
    c5plus: true,
    level: 'heads-of-state',
    status: 'held',
    outcomes: ['China’s leader-level meetings with the five begin, online'],
    themes: [],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          "China's meetings with the leaders of Central Asian countries were already held online as early as January 2022.",
        quoteRu:
          'Встречи Китая с лидерами стран Центральной Азии проводились в онлайн-формате уже в январе 2022 года.',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'russia-invasion-ukraine-2022',
    title: 'Russia invades Ukraine',
    titleRu: 'Россия вторгается в Украину',
    ruOrigin: 'translation',
    date: '2022-02',
    kind: 'war',
    partner: 'russia',
    c5plus: false,
    level: 'none',
    status: 'held',
    outcomes: [
      'Outside interest in Central Asia surges; Western states seek to loosen Russian influence in the region',
      'The Trans-Caspian route (Middle Corridor), bypassing Russia, gains importance',
      'Japanese companies move from Russia to Central Asia; Japan, part of the sanctions, needs land routes to Europe that avoid Russia',
      'China’s presence in Central Asia surges as an alternative partner',
      'The EU adopts its own C5+EU format',
      'Circumvention trade and inflows of Russian capital and people boost regional growth',
    ],
    themes: ['connectivity', 'logistics', 'sanctions', 'security'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'following the outbreak of the Russia–Ukraine war in February 2022',
        quoteRu: 'после начала российско-украинской войны в феврале 2022 года',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Interest in Central Asia has surged following Russia’s invasion of Ukraine in 2022.',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'has gained heightened importance since the onset of the 2022 war in Ukraine',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'many Japanese companies previously based in Russia began relocating to Central Asia',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'after Russia’s invasion of Ukraine, China’s presence in Central Asia surged as an “alternative” for foreign relations',
      },
    ],
  },
  {
    id: 'cajapan-fmm-2022-04',
    title: "Central Asia plus Japan Foreign Ministers' Meeting, April 2022",
    titleRu: 'Совещание министров иностранных дел «Центральная Азия + Япония», апрель 2022 года',
    ruOrigin: 'translation',
    date: '2022-04',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'foreign-ministers',
    status: 'held',
    outcomes: ['No specific cooperation documents or strategic frameworks produced (001)'],
    themes: [],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Although two foreign ministers' meetings were held consecutively in April and December 2022, no specific cooperation documents or strategic frameworks were formed.",
        quoteRu:
          'Хотя в апреле и декабре 2022 года подряд прошли две встречи министров иностранных дел, никаких конкретных документов о сотрудничестве или стратегических рамок выработано не было.',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'russia-ca-summit-astana-2022',
    title: 'First Central Asia plus Russia summit',
    titleRu: 'Первый саммит «Центральная Азия + Россия»',
    ruOrigin: 'translation',
    date: '2022-10',
    kind: 'summit',
    partner: 'russia',
    c5plus: true,
    level: 'heads-of-state',
    ordinal: 1,
    place: {
      city: 'Astana',
      cityRu: 'Астана',
      country: 'KAZ',
      countryRu: 'Казахстан',
      ruOrigin: 'translation',
    },
    status: 'held',
    outcomes: [
      'Focus on new supply chains, import substitution and new financial settlement mechanisms under Western sanctions',
      'Held together with the CIS Council of Heads of State',
    ],
    themes: ['trade-investment', 'sanctions'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'The first “Central Asia plus Russia” summit hosted by Russia was held in October 2022 in Astana, Kazakhstan.',
        quoteRu:
          'Первый саммит «Центральная Азия + Россия», организованный Россией, состоялся в октябре 2022 года в Астане (Казахстан).',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'building new supply chains, promoting import substitution, and establishing new financial settlement mechanisms',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'both summits were held in conjunction with the meetings of the Council of Heads of State of the Commonwealth of Independent States (CIS)',
      },
    ],
  },
  {
    id: 'cis-council-heads-of-state-2022',
    title: 'CIS Council of Heads of State, alongside the first Central Asia plus Russia summit',
    titleRu:
      'Заседание Совета глав государств СНГ, совмещённое с первым саммитом «Центральная Азия + Россия»',
    ruOrigin: 'translation',
    date: '2022-10',
    dateInference: {
      parts: ['year', 'month'],
      basis:
        '004 dates neither CIS meeting; it says both Central Asia plus Russia summits were held in conjunction with them, so this one takes the first summit’s October 2022.',
      events: ['russia-ca-summit-astana-2022'],
    },
    kind: 'summit',
    c5plus: false,
    level: 'heads-of-state',
    status: 'held',
    outcomes: [
      'Held in conjunction with the October 2022 Central Asia plus Russia summit; its venue is not named',
    ],
    themes: [],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'both summits were held in conjunction with the meetings of the Council of Heads of State of the Commonwealth of Independent States (CIS)',
        quoteRu:
          'оба саммита прошли одновременно с заседаниями Совета глав государств Содружества Независимых Государств (СНГ)',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'cajapan-fmm-2022-12',
    title: "Central Asia plus Japan Foreign Ministers' Meeting, December 2022",
    titleRu: 'Совещание министров иностранных дел «Центральная Азия + Япония», декабрь 2022 года',
    ruOrigin: 'translation',
    date: '2022-12',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'foreign-ministers',
    status: 'held',
    outcomes: ['No specific cooperation documents or strategic frameworks produced (001)'],
    themes: [],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Although two foreign ministers' meetings were held consecutively in April and December 2022, no specific cooperation documents or strategic frameworks were formed.",
        quoteRu:
          'Хотя в апреле и декабре 2022 года подряд прошли две встречи министров иностранных дел, никаких конкретных документов о сотрудничестве или стратегических рамок выработано не было.',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'cajapan-summit-elevation-talks-2023',
    title: "Japan opens talks on raising the dialogue to leaders' level",
    titleRu: 'Япония начинает переговоры о повышении диалога до уровня лидеров',
    ruOrigin: 'translation',
    date: '2023',
    kind: 'policy',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      "Plan for the first Central Asia plus Japan leaders' summit in August 2024",
      'A ruling-party parliamentary group proposed regular summits (Asahi Shimbun article of 22 June 2023, in 001’s references)',
    ],
    themes: [],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'In 2023, Japan began discussions with the five Central Asian countries on elevating the "C5+1" foreign ministers\' dialogue mechanism to the level of heads of state',
        quoteRu:
          'В 2023 году Япония начала обсуждать с пятью странами Центральной Азии повышение механизма диалога министров иностранных дел «С5+1» до уровня глав государств',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: '自民議連、中央アシアとの首脳会談の開催を提言 来年から定期的に',
      },
    ],
  },
  {
    id: 'cajapan-connectivity-dialogue-2023',
    title: 'C5+1 dialogue "Connectivity with Central Asia and the Caucasus"',
    titleRu: 'Диалог С5+1 «Взаимосвязанность с Центральной Азией и Кавказом»',
    ruOrigin: 'translation',
    date: '2023-03',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'government',
    status: 'held',
    outcomes: [
      'Stresses the need for better transport and communication networks',
      'Leads to a joint WCO–JICA project to improve the education and training of customs officers (launch date not given)',
      'The level of the dialogue is not stated by the source',
    ],
    themes: ['connectivity', 'customs', 'logistics', 'human-resources'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'one of the recent C5+1 dialogues, held in March 2023, was aptly titled Connectivity with Central Asia and the Caucasus',
        quoteRu:
          'один из недавних диалогов С5+1, прошедший в марте 2023 года, метко назывался «Связанность с Центральной Азией и Кавказом»',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the launch of a joint project between the World Customs Organization (WCO) and JICA, aimed at improving the education and training of customs officers',
      },
    ],
  },
  {
    id: 'china-ca-summit-xian-2023',
    title: 'First in-person China–Central Asia summit',
    titleRu: 'Первый очный саммит «Китай — Центральная Азия»',
    ruOrigin: 'translation',
    date: '2023-05',
    kind: 'summit',
    partner: 'china',
    c5plus: true,
    level: 'heads-of-state',
    ordinal: 1,
    place: {
      city: "Xi'an",
      cityRu: 'Сиань',
      country: 'China',
      countryRu: 'Китай',
      ruOrigin: 'translation',
    },
    status: 'held',
    outcomes: [
      'Little beyond existing political dialogue; participants reaffirm their own development paths and non-alignment',
      'Xi’an then grows as a logistics hub, with Central Asian consulates and trade offices',
    ],
    themes: ['logistics'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: "The first in-person summit took place in Xi'an in May 2023.",
        quoteRu: 'Первый очный саммит состоялся в Сиане в мае 2023 года.',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'these two summits offered little in the way of novel content that went beyond existing political dialogue',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          "In Xi'an, where the first face-to-face summit was held, terminal construction has since progressed as a key logistics hub",
      },
    ],
  },
  {
    id: 'cajapan-economic-energy-dialogue-2023',
    title: 'Inaugural Central Asia plus Japan Ministerial-Level Economic and Energy Dialogue',
    titleRu:
      'Первый министерский экономический и энергетический диалог «Центральная Азия + Япония»',
    ruOrigin: 'translation',
    date: '2023-09',
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'ministers',
    ordinal: 1,
    status: 'held',
    outcomes: [
      'Joint commitment to speed up carbon-neutrality roadmaps for 2050 and beyond',
      'Bilateral credit mechanisms to be set up',
      'Public and private finance mobilized for energy transition',
    ],
    themes: ['energy', 'decarbonization', 'sustainable-development', 'trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'A significant milestone was achieved in September 2023 with inaugural Ministerial-Level Economic and Energy Dialogue',
        quoteRu:
          'Важной вехой стал первый Экономический и энергетический диалог на уровне министров в сентябре 2023 года',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Joint commitment to accelerate the development of carbon neutrality roadmaps for 2050 and beyond',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Mobilization of public-private financing to support energy transition initiatives',
      },
    ],
    discrepancies: [
      {
        about: 'date precision',
        readings: [
          {
            source: '001_a2741695248c3d87.txt',
            quote: 'A significant milestone was achieved in September 2023',
            reading: 'September 2023 (month only)',
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote:
              '経済エネルギー対話を設立し、第1回対話を開催しました』、経済産業省、2023年9月26日',
            reading:
              'A cited METI press release of 26 September 2023 reports the first dialogue held',
          },
        ],
        note: 'Kept at month precision: 26 September 2023 is the date of the cited release, not stated as the day of the meeting.',
      },
    ],
  },
  {
    id: 'cajapan-20th-anniversary-2024',
    title: '20th anniversary of the Central Asia plus Japan Dialogue',
    titleRu: '20-летие Диалога «Центральная Азия + Япония»',
    ruOrigin: 'translation',
    date: '2024',
    kind: 'anniversary',
    partner: 'japan',
    c5plus: false,
    level: 'none',
    status: 'held',
    outcomes: [
      'Japan reviews the future course of the mechanism',
      'The first summit (August 2024) was timed to coincide with it (004)',
      'Uyama: 2024 may be a turning point for Japan’s Central Asia policy',
    ],
    themes: [],
    people: ['tomohiko-uyama'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'cooperation mechanism marks its 20th anniversary in 2024, Japan is undertaking a comprehensive review',
        quoteRu:
          'механизм сотрудничества отмечает в 2024 году 20-летие, и Япония проводит всесторонний пересмотр',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'in August 2024 to coincide with the 20th anniversary',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "2024 may represent a pivotal turning point for Japan's Central Asia policy",
      },
    ],
  },
  {
    id: 'china-kyrgyzstan-uzbekistan-railway-2024',
    title: 'China–Kyrgyzstan–Uzbekistan Railway breaks ground',
    titleRu: 'Начало строительства железной дороги Китай — Кыргызстан — Узбекистан',
    ruOrigin: 'translation',
    date: '2024',
    kind: 'project',
    partner: 'china',
    c5plus: false,
    level: 'none',
    status: 'held',
    outcomes: [
      'Construction starts after the line had been proposed since the 1990s',
      'It had been held back by technical and budget problems',
    ],
    themes: ['connectivity', 'infrastructure', 'logistics'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'The China-Kyrgyzstan-Uzbekistan Railway, which had been proposed since the 1990s but had not been realized due to technical and budgetary issues, finally broke ground in 2024.',
        quoteRu:
          'Строительство железной дороги Китай — Кыргызстан — Узбекистан, предложенной ещё в 1990-е годы, но так и не осуществлённой из-за технических и бюджетных трудностей, наконец началось в 2024 году.',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'japan-earthquake-alert-2024',
    title: 'Earthquake off Kyushu and Nankai Trough alert in Japan',
    titleRu: 'Землетрясение у побережья Кюсю и предупреждение о землетрясении в жёлобе Нанкай',
    ruOrigin: 'translation',
    date: '2024',
    dateInference: {
      parts: ['year'],
      basis:
        'No document dates the earthquake or the bulletin; they are what called off the summit set for August 2024, so the year is that summit’s.',
      events: ['cajapan-summit-2024-postponed'],
    },
    kind: 'disaster',
    c5plus: false,
    level: 'none',
    status: 'held',
    outcomes: [
      'Causes the first Central Asia plus Japan summit, set for August 2024 in Astana, not to take place',
    ],
    themes: ['disaster-resilience'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'due to an earthquake off the coast of Kyushu and the issuance of the Nankai Trough Earthquake Extra Information bulletin',
        quoteRu:
          'из-за землетрясения у побережья Кюсю и выпуска бюллетеня с дополнительной информацией о землетрясении в жёлобе Нанкай',
        ruOrigin: 'translation',
      },
    ],
    discrepancies: [
      {
        about: 'what happened',
        readings: [
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'was postponed because of an earthquake in Japan',
            reading: 'An earthquake in Japan',
          },
          {
            source: '003_dceb15af33b4a574.txt',
            quote: 'due to a warning about a potential strong earthquake in Japan',
            reading: 'A warning of a possible strong earthquake',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'due to an earthquake off the coast of Kyushu and the issuance of the Nankai Trough Earthquake Extra Information bulletin',
            reading: 'An earthquake off Kyushu plus a Nankai Trough information bulletin',
          },
        ],
        note: 'The readings are compatible (a quake and the warning it prompted). No document gives the month; it is tied only to the August 2024 summit, so the year is recorded.',
      },
    ],
  },
  {
    id: 'japan-trans-caspian-support-2024',
    title: 'Japan announces readiness to support the Trans-Caspian transport corridor',
    titleRu: 'Япония заявляет о готовности поддержать Транскаспийский транспортный коридор',
    ruOrigin: 'translation',
    date: '2024',
    dateInference: {
      parts: ['year'],
      basis:
        '003 says "last year"; 003 was written in 2025 (it calls August 2024 "August of last year"), so the year is 2024.',
      events: ['cajapan-summit-2024-postponed'],
    },
    kind: 'policy',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      'Tokyo says it is ready to actively support developing the Trans-Caspian (Middle) Corridor',
    ],
    themes: ['connectivity', 'logistics', 'infrastructure'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'Last year, Tokyo announced its readiness to actively support the development of the Trans-Caspian transport corridor.',
        quoteRu:
          'В прошлом году Токио заявил о готовности активно поддержать развитие Транскаспийского транспортного коридора.',
        ruOrigin: 'translation',
      },
    ],
    discrepancies: [
      {
        about: 'date',
        readings: [
          {
            source: '003_dceb15af33b4a574.txt',
            quote: 'Last year, Tokyo announced its readiness',
            reading: 'Dated only as "last year", relative to 003’s own unprinted date',
          },
          {
            source: '003_dceb15af33b4a574.txt',
            quote: 'originally scheduled to take place in Kazakhstan in August of last year',
            reading: '003’s "last year" is the year of the summit set for Kazakhstan in August',
          },
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'A presidential summit was scheduled in Astana in August 2024',
            reading:
              'That summit was set for August 2024, so 003 dates from 2025 and its "last year" is 2024',
          },
        ],
        note: 'Year inferred, not printed: 2024.',
      },
    ],
  },
  {
    id: 'cajapan-summit-2024-postponed',
    title: 'First Central Asia plus Japan summit in Astana (not held)',
    titleRu: 'Первый саммит «Центральная Азия + Япония» в Астане (не состоялся)',
    ruOrigin: 'translation',
    date: '2024-08',
    kind: 'summit',
    partner: 'japan',
    c5plus: true,
    level: 'heads-of-state',
    place: {
      city: 'Astana',
      cityRu: 'Астана',
      country: 'KAZ',
      countryRu: 'Казахстан',
      ruOrigin: 'translation',
    },
    status: 'postponed',
    statusReason:
      'Earthquake-related: an earthquake in Japan (002), a warning of a possible strong earthquake (003), an earthquake off Kyushu and a Nankai Trough bulletin (004); Prime Minister Kishida cancelled his visit',
    outcomes: [
      'Planned expansion into decarbonization, human resource development and logistics networks (001, written beforehand)',
      'Timed for the dialogue’s 20th anniversary (004)',
      'Its business-event agenda already held the priority areas used at the December 2025 summit (004)',
      'In 2025 Japan’s ambassador said Japan was determined to hold a summit that year (002)',
    ],
    themes: ['decarbonization', 'human-resources', 'logistics'],
    people: ['fumio-kishida', 'yasumasa-iijima'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'A presidential summit was scheduled in Astana in August 2024 but was postponed because of an earthquake in Japan.',
        quoteRu:
          'Саммит президентов был намечен в Астане на август 2024 года, но его отложили из-за землетрясения в Японии.',
        ruOrigin: 'translation',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'but it was postponed at the last minute due to a warning about a potential strong earthquake in Japan',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'then-Prime Minister Kishida Fumio canceled his visit, and the summit was called off',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Prime Minister Fumio Kishida is scheduled to attend the first Japan-Central Asia Summit in August 2024',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'these priority areas had already been set as the agenda for the business events held in conjunction with the summit originally scheduled for August 2024',
      },
    ],
    discrepancies: [
      {
        about: 'status',
        readings: [
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'A presidential summit was scheduled in Astana in August 2024 but was postponed',
            reading: 'Postponed',
          },
          {
            source: '003_dceb15af33b4a574.txt',
            quote: 'but it was postponed at the last minute',
            reading: 'Postponed at the last minute',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'then-Prime Minister Kishida Fumio canceled his visit, and the summit was called off',
            reading: 'Cancelled: Kishida cancelled his visit and the summit was called off',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'the first summit scheduled by Prime Minister Kishida for August 2024 (which was ultimately cancelled)',
            reading: 'Ultimately cancelled',
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote:
              'Prime Minister Fumio Kishida is scheduled to attend the first Japan-Central Asia Summit in August 2024',
            reading: 'Scheduled (001 was written before August 2024)',
          },
        ],
        note: 'Recorded as postponed, following 002 and 003; 004 calls it cancelled. A first summit was later held on 20 December 2025 (cajad-summit-2025), which supports reading the Astana summit as deferred rather than dropped, though not at the same venue per 003.',
      },
      {
        about: 'statusReason',
        readings: [
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'was postponed because of an earthquake in Japan',
            reading: 'An earthquake in Japan',
          },
          {
            source: '003_dceb15af33b4a574.txt',
            quote: 'due to a warning about a potential strong earthquake in Japan',
            reading: 'A warning of a possible strong earthquake',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'due to an earthquake off the coast of Kyushu and the issuance of the Nankai Trough Earthquake Extra Information bulletin',
            reading: 'An earthquake off Kyushu and a Nankai Trough bulletin',
          },
        ],
      },
    ],
  },
  {
    id: 'trump-return-2025',
    title: 'Donald Trump returns to power in the United States',
    titleRu: 'Дональд Трамп возвращается к власти в США',
    ruOrigin: 'translation',
    date: '2025',
    kind: 'leadership-change',
    partner: 'usa',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      'Named by Uyama, with the invasion of Ukraine and the war in Gaza, as putting the world order in crisis',
      'The administration applies "deal-making" diplomacy to Central Asia and seeks foreign investment into the US (004)',
    ],
    themes: [],
    people: ['donald-trump'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'the return of Donald Trump to power in the United States have brought the world order into crisis',
        quoteRu:
          'возвращение Дональда Трампа к власти в Соединённых Штатах ввергли мировой порядок в кризис',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'President Donald Trump explicitly stated',
      },
    ],
    discrepancies: [
      {
        about: 'date',
        readings: [
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'the return of Donald Trump to power in the United States',
            reading:
              'Already past at the expert dialogue of 6 March (2025, inferred; see cajapan-expert-dialogue-2025)',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'was held on November 6, 2025, in Washington, D.C.',
            reading: 'Trump is president at the November 2025 summit',
          },
        ],
        note: 'No document dates the return; it falls no later than March 2025. 2025 is the year in which both documents show him in power, not a reported date.',
      },
    ],
  },
  {
    id: 'eu-ca-summit-2025',
    title: 'EU–Central Asia summit',
    titleRu: 'Саммит «ЕС — Центральная Азия»',
    ruOrigin: 'translation',
    date: '2025',
    kind: 'summit',
    partner: 'eu',
    c5plus: true,
    level: 'heads-of-state',
    status: 'held',
    outcomes: ['Part of the regular C5+ summits the region now holds (003)'],
    themes: [],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'In 2025, several countries besides Japan held summit meetings using this framework',
        quoteRu:
          'В 2025 году, помимо Японии, ещё несколько стран провели в этом формате встречи на высшем уровне',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'it should be noted that the EU and Italy also held summits',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'recently begun holding regular C5+ summits with China, the United States, and the EU',
      },
    ],
  },
  {
    id: 'italy-ca-summit-2025',
    title: 'Italy–Central Asia summit',
    titleRu: 'Саммит «Италия — Центральная Азия»',
    ruOrigin: 'translation',
    date: '2025',
    kind: 'summit',
    partner: 'italy',
    c5plus: true,
    level: 'heads-of-state',
    status: 'held',
    outcomes: ['Mentioned by 004 only in passing, without detail'],
    themes: [],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'In 2025, several countries besides Japan held summit meetings using this framework',
        quoteRu:
          'В 2025 году, помимо Японии, ещё несколько стран провели в этом формате встречи на высшем уровне',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'it should be noted that the EU and Italy also held summits',
      },
    ],
  },
  {
    id: 'takaichi-administration-2025',
    title: 'Takaichi administration takes office in Japan',
    titleRu: 'В Японии приступает к работе правительство Такаити',
    ruOrigin: 'translation',
    date: '2025',
    dateInference: {
      parts: ['year'],
      basis:
        '004 says the 20 December 2025 summit came about three months after the inauguration, which puts it in 2025; the month is not recorded.',
      events: ['cajad-summit-2025'],
    },
    kind: 'leadership-change',
    partner: 'japan',
    c5plus: false,
    level: 'government',
    status: 'held',
    outcomes: [
      'Inaugurated about three months before the 20 December 2025 summit (004); the month is not given',
      'Takaichi places high hopes on the summit as a basis for a new system of economic security (003)',
    ],
    themes: [],
    people: ['sanae-takaichi'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'this summit was held approximately three months after the inauguration of the Takaichi administration',
        quoteRu:
          'этот саммит прошёл примерно через три месяца после прихода к власти правительства Такаити',
        ruOrigin: 'translation',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'Japanese Prime Minister Sanae Takaichi places high hopes on the upcoming talks.',
      },
    ],
  },
  {
    id: 'cajapan-expert-dialogue-2025',
    title: 'First Central Asia plus Japan expert dialogue',
    titleRu: 'Первый экспертный диалог «Центральная Азия + Япония»',
    ruOrigin: 'translation',
    date: '2025-03-06',
    dateInference: {
      parts: ['year'],
      basis:
        '002 prints March 6 without a year; it was written after the August 2024 postponement and before the December 2025 summit, so the year is 2025.',
      events: ['cajapan-summit-2024-postponed', 'cajad-summit-2025'],
    },
    kind: 'meeting',
    partner: 'japan',
    c5plus: true,
    level: 'experts',
    ordinal: 1,
    place: {
      city: 'Astana',
      cityRu: 'Астана',
      country: 'KAZ',
      countryRu: 'Казахстан',
      ruOrigin: 'translation',
    },
    status: 'held',
    outcomes: [
      'Organized by KazISS, the Embassy of Japan in Kazakhstan and Maqsut Narikbayev University',
      "Japan's ambassador says Japan is determined to hold the postponed summit this year",
      'Calls for more Japanese support in education and scholarships, transport and logistics, digital and urban planning',
      'Speakers urge Japan to back Central Asian multi-vector diplomacy and a multilateral world order',
    ],
    themes: ['education', 'human-resources', 'logistics', 'connectivity', 'digital'],
    people: ['yasumasa-iijima', 'yerkin-tukumov', 'tomoyuki-yoshida', 'tomohiko-uyama'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'The Kazakh capital hosted the first-ever expert dialogue in Central Asia+Japan format on March 6',
        quoteRu:
          '6 марта казахстанская столица впервые приняла экспертный диалог в формате «Центральная Азия + Япония»',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'organized by Kazakhstan’s Institute for Strategic Studies (KazISS), the Embassy of Japan in Kazakhstan and Maqsut Narikbayev University (MNU)',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'we are determined to work towards holding a summit this year',
      },
    ],
    discrepancies: [
      {
        about: 'date (year)',
        readings: [
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'expert dialogue in Central Asia+Japan format on March 6',
            reading: 'Day and month printed; no year',
          },
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'A presidential summit was scheduled in Astana in August 2024 but was postponed',
            reading: 'Written after August 2024',
          },
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'we are determined to work towards holding a summit this year',
            reading: 'The first summit has not yet been held',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'On December 20, 2025, the first [Summit of the',
            reading: 'The first summit was held in December 2025',
          },
        ],
        note: 'Year inferred, not printed: the only 6 March after the August 2024 postponement and before the December 2025 summit is 6 March 2025. Day and month are as printed.',
      },
      {
        about: 'first-ever',
        readings: [
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'hosted the first-ever expert dialogue in Central Asia+Japan format',
            reading: 'The first expert dialogue of the format',
          },
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote:
              'senior officials’ meeting, the experts meeting, the business dialogue and the Tokyo dialogue',
            reading: 'Experts meetings had already been held within the format (Iijima)',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'the primary focus has been on Expert Meetings',
            reading: 'Expert Meetings have been the main activity of the dialogue',
          },
        ],
        note: 'Ordinal 1 is kept as 002 reports it for this expert dialogue in Astana; earlier "experts meetings" are mentioned without dates and may be a different series.',
      },
    ],
  },
  {
    id: 'china-ca-summit-astana-2025',
    title: 'Second China–Central Asia summit',
    titleRu: 'Второй саммит «Китай — Центральная Азия»',
    ruOrigin: 'translation',
    date: '2025-06',
    kind: 'summit',
    partner: 'china',
    c5plus: true,
    level: 'heads-of-state',
    ordinal: 2,
    place: {
      city: 'Astana',
      cityRu: 'Астана',
      country: 'KAZ',
      countryRu: 'Казахстан',
      ruOrigin: 'translation',
    },
    status: 'held',
    outcomes: [
      'Little beyond existing political dialogue; reaffirms development paths and non-alignment',
      "Signals China's presence and deters Western involvement, without a clear strategy (004)",
    ],
    themes: ['logistics'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Two years later, in June 2025, the second summit was held in Astana, Kazakhstan.',
        quoteRu: 'Два года спустя, в июне 2025 года, в Астане (Казахстан) прошёл второй саммит.',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          "focusing instead on reaffirming each participating country's unique development process and their commitment to non-alignment",
      },
    ],
  },
  {
    id: 'russia-ca-summit-dushanbe-2025',
    title: 'Second Central Asia plus Russia summit',
    titleRu: 'Второй саммит «Центральная Азия + Россия»',
    ruOrigin: 'translation',
    date: '2025-10',
    kind: 'summit',
    partner: 'russia',
    c5plus: true,
    level: 'heads-of-state',
    ordinal: 2,
    place: {
      city: 'Dushanbe',
      cityRu: 'Душанбе',
      country: 'TJK',
      countryRu: 'Таджикистан',
      ruOrigin: 'translation',
    },
    status: 'held',
    outcomes: [
      'Discussion limited to confirming progress on the initiatives of 2022',
      'Held together with the CIS Council of Heads of State',
    ],
    themes: ['trade-investment', 'sanctions'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'At the second summit held in Dushanbe, Tajikistan, in October 2025, the discussions were limited to confirming the progress of these initiatives.',
        quoteRu:
          'На втором саммите в Душанбе (Таджикистан) в октябре 2025 года обсуждение свелось к подтверждению хода этих инициатив.',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'both summits were held in conjunction with the meetings of the Council of Heads of State of the Commonwealth of Independent States (CIS)',
      },
    ],
  },
  {
    id: 'cis-council-heads-of-state-2025',
    title: 'CIS Council of Heads of State, alongside the second Central Asia plus Russia summit',
    titleRu:
      'Заседание Совета глав государств СНГ, совмещённое со вторым саммитом «Центральная Азия + Россия»',
    ruOrigin: 'translation',
    date: '2025-10',
    dateInference: {
      parts: ['year', 'month'],
      basis:
        '004 dates neither CIS meeting; it says both Central Asia plus Russia summits were held in conjunction with them, so this one takes the second summit’s October 2025.',
      events: ['russia-ca-summit-dushanbe-2025'],
    },
    kind: 'summit',
    c5plus: false,
    level: 'heads-of-state',
    status: 'held',
    outcomes: [
      'Held in conjunction with the October 2025 Central Asia plus Russia summit; its venue is not named',
    ],
    themes: [],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'both summits were held in conjunction with the meetings of the Council of Heads of State of the Commonwealth of Independent States (CIS)',
        quoteRu:
          'оба саммита прошли одновременно с заседаниями Совета глав государств Содружества Независимых Государств (СНГ)',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'tokayev-visit-russia-2025',
    title: 'Tokayev visits Russia for talks with Putin',
    titleRu: 'Токаев посещает Россию для переговоров с Путиным',
    ruOrigin: 'translation',
    date: '2025-11',
    dateInference: {
      parts: ['year', 'month'],
      basis:
        '004 dates only the US summit (November 2025); the visit came immediately after it, so it takes that month.',
      events: ['us-c5plus1-summit-2025'],
    },
    kind: 'visit',
    partner: 'russia',
    c5plus: false,
    level: 'heads-of-state',
    place: { country: 'Russia', countryRu: 'Россия', ruOrigin: 'translation' },
    status: 'held',
    outcomes: [
      'Immediately follows the C5+1 summit with the United States',
      'Leaves the impression that Central Asia must still take Russia into account; whether planned in advance is unclear (004)',
    ],
    themes: [],
    people: ['kassym-jomart-tokayev', 'vladimir-putin'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'immediately after the summit with the United States in November 2025 (to be discussed later), President Tokayev of Kazakhstan visited Russia to hold talks with President Putin',
        quoteRu:
          'сразу после саммита с США в ноябре 2025 года (о нём речь пойдёт ниже) президент Казахстана Токаев посетил Россию для переговоров с президентом Путиным',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'us-c5plus1-business-conference-2025',
    title: 'C5+1 business conference at the John F. Kennedy Center',
    titleRu: 'Бизнес-конференция С5+1 в Центре имени Джона Ф. Кеннеди',
    ruOrigin: 'translation',
    date: '2025-11-05',
    dateInference: {
      parts: ['year'],
      basis:
        '004 prints November 5 without a year, for a conference held just before the 6 November 2025 presidential summit.',
      events: ['us-c5plus1-summit-2025'],
    },
    kind: 'meeting',
    partner: 'usa',
    c5plus: true,
    level: 'business',
    place: { country: 'United States', countryRu: 'США', ruOrigin: 'translation' },
    status: 'held',
    outcomes: [
      'Marks the 10th anniversary of the C5+1',
      'Agenda: trade, economy and investment; infrastructure, energy and innovation',
      'Breakout sessions on US–Central Asia transport routes, AI, the digital economy and investing in the United States',
    ],
    themes: ['trade-investment', 'infrastructure', 'energy', 'digital', 'connectivity'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Prior to the Presidential Summit, a business conference commemorating the 10th anniversary of the C5+1 was held on November 5 at the John F. Kennedy Center',
        quoteRu:
          'Накануне саммита президентов, 5 ноября, в Центре имени Джона Ф. Кеннеди прошла бизнес-конференция, посвящённая 10-летию С5+1',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'focused on strengthening relations in trade, economy, and investment',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Breakout sessions were organized under themes such as the',
      },
    ],
  },
  {
    id: 'us-c5plus1-summit-2025',
    title: 'C5+1 Presidential Summit (working dinner)',
    titleRu: 'Саммит С5+1 на уровне президентов в Вашингтоне (рабочий ужин)',
    ruOrigin: 'translation',
    date: '2025-11-06',
    kind: 'summit',
    partner: 'usa',
    c5plus: true,
    level: 'heads-of-state',
    place: {
      city: 'Washington, D.C.',
      cityRu: 'Вашингтон',
      country: 'United States',
      countryRu: 'США',
      ruOrigin: 'translation',
    },
    status: 'held',
    outcomes: [
      'Held in a working-dinner format',
      'Trump names critical minerals as a key priority',
      'Aircraft deals announced: Kazakhstan up to 15 Boeing 787-9, Uzbekistan eight, Tajikistan reportedly 10 including 737s',
      'Reported: Uzbekistan to invest 100 billion US dollars in the US over 10 years; Kazakhstan and the US sign 29 documents worth 17 billion US dollars',
      'Cotton supply contract between UzSanoatExport and Cargill',
      'Western norms, once contentious, absent from the agenda',
    ],
    themes: [
      'critical-minerals',
      'trade-investment',
      'energy',
      'education',
      'digital',
      'agriculture',
    ],
    people: ['donald-trump'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'The “C5+1” Presidential Summit between Central Asia and the United States was held on November 6, 2025, in Washington, D.C., in a working dinner format.',
        quoteRu:
          'Саммит президентов «С5+1» Центральной Азии и Соединённых Штатов прошёл 6 ноября 2025 года в Вашингтоне в формате рабочего ужина.',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'President Donald Trump explicitly stated, “One of our key priorities is critical minerals.”',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the signing of a cotton supply contract between the Uzbek entity UzSanoatExport and the American company Cargill',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'the complete disappearance of Western norms',
      },
    ],
    discrepancies: [
      {
        about: 'kind',
        readings: [
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'The “C5+1” Presidential Summit between Central Asia and the United States',
            reading: 'A presidential summit',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'the Presidential Office of Tajikistan described the meeting on its website as a “Working Dinner” rather than a formal summit',
            reading: 'Tajikistan: a working dinner, not a formal summit',
          },
        ],
        note: 'Kind is summit, as 004 names it; the working-dinner format and Tajikistan’s description are kept.',
      },
    ],
  },
  {
    id: 'informal-cis-summit-2025',
    title: 'Informal CIS Summit in St. Petersburg',
    titleRu: 'Неформальный саммит СНГ в Санкт-Петербурге',
    ruOrigin: 'translation',
    date: '2025-12',
    dateInference: {
      parts: ['year', 'month'],
      basis:
        '004 gives no date; the summit came immediately after the CA+JAD summit of 20 December 2025, so it takes that month.',
      events: ['cajad-summit-2025'],
    },
    kind: 'summit',
    c5plus: false,
    level: 'heads-of-state',
    place: {
      city: 'St. Petersburg',
      cityRu: 'Санкт-Петербург',
      country: 'Russia',
      countryRu: 'Россия',
      ruOrigin: 'translation',
    },
    status: 'held',
    outcomes: [
      'Held immediately after the CA+JAD summit; whether planned in advance is unclear (004)',
      'Reinforces the impression that Central Asia must still take Russia into account',
    ],
    themes: [],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'immediately following the CA+JAD summit, an Informal CIS Summit was held in St. Petersburg',
        quoteRu: 'сразу после саммита CA+JAD в Санкт-Петербурге прошёл неформальный саммит СНГ',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'consideration toward Russia remains indispensable for Central Asia',
      },
    ],
  },
  {
    id: 'cajad-summit-2025',
    title: 'First Central Asia plus Japan (CA+JAD) summit',
    titleRu: 'Первый саммит Диалога «Центральная Азия + Япония» (CA+JAD)',
    ruOrigin: 'translation',
    date: '2025-12-20',
    kind: 'summit',
    partner: 'japan',
    c5plus: true,
    level: 'heads-of-state',
    ordinal: 1,
    place: {
      city: 'Tokyo',
      cityRu: 'Токио',
      country: 'Japan',
      countryRu: 'Япония',
      ruOrigin: 'translation',
    },
    status: 'held',
    outcomes: [
      'Place: 003, written before the summit, expected it in Tokyo as early as mid-December; 004 reports it held but names no city',
      'The framework takes the new name CA+JAD',
      '158 signed documents presented',
      'Prime Minister Takaichi sets a target of 3 trillion yen of investment over the next five years',
      'Three priority areas: Green and Resilience; Digital Transformation and Connectivity; Human Resource Development and Social Institutional Development',
      '003 expected logistics and energy as main topics, and Japanese proposals on decarbonization with private investors',
    ],
    themes: [
      'decarbonization',
      'disaster-resilience',
      'digital',
      'connectivity',
      'human-resources',
      'governance',
      'logistics',
      'energy',
    ],
    people: ['sanae-takaichi'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'On December 20, 2025, the first [Summit of the',
        quoteRu: '20 декабря 2025 года первый [саммит',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'the new name "CA+JAD" was introduced for this diplomatic framework',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          '158 signed documents were presented, and Prime Minister Takaichi Sanae set a target of 3 trillion yen in investments over the next five years',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'three priority areas were identified: (1) Green and Resilience, (2) Digital Transformation (DX) and Connectivity',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'which could take place in Tokyo as early as mid-December',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'The main topics of the December summit will be logistics and energy.',
      },
    ],
    discrepancies: [
      {
        about: 'place and date',
        readings: [
          {
            source: '003_dceb15af33b4a574.txt',
            quote:
              'the Japanese government is preparing to hold the first summit involving the five Central Asian countries, which could take place in Tokyo as early as mid-December',
            reading: 'Expected, not yet held: Tokyo, as early as mid-December',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'On December 20, 2025, the first [Summit of the',
            reading: 'Held on 20 December 2025; no city named',
          },
        ],
        note: 'The date follows 004. Tokyo rests only on 003’s expectation and is not confirmed by 004.',
      },
      {
        about: 'topics',
        readings: [
          {
            source: '003_dceb15af33b4a574.txt',
            quote: 'The main topics of the December summit will be logistics and energy.',
            reading:
              'A forecast written before the summit: logistics and energy will be the main topics',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'At the recent summit in December 2025, three priority areas were identified: (1) Green and Resilience',
            reading:
              'A report after the summit: three priority areas, Green and Resilience; Digital Transformation and Connectivity; Human Resource Development and Social Institutional Development',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'there is an evident intention to improve the logistics environment',
            reading: 'Logistics comes in under Connectivity; energy is not named',
          },
        ],
        note: 'The outcomes and themes follow 004, which reports the summit after it was held: logistics under Connectivity, energy only as part of Green (see the priorities of this event). 003’s logistics and energy are a forecast, kept as such.',
      },
    ],
  },
];
