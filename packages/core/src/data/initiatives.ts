import type { Initiative } from '../types';

/** The dataset's `initiatives` collection. */
export const initiatives: readonly Initiative[] = [
  {
    id: 'silk-road-diplomacy',
    name: 'Silk Road Diplomacy (also called Eurasian Diplomacy)',
    year: 1997,
    partner: 'japan',
    people: ['ryutaro-hashimoto'],
    summary:
      'Prime Minister Hashimoto’s 1997 concept, to which the Japanese ambassador traces the C5+ format. 001 and 002 call it Silk Road Diplomacy, 004 Eurasian Diplomacy; 001 also lists "Eurasian Diplomacy" and "Silk Diplomacy" among 21st-century visions. 004 says such concepts stressed freedom, democracy and human rights.',
    themes: ['governance', 'trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'These include the "Silk Road Diplomacy" (1997)',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'the Silk Road diplomacy launched in 1997 by then-Prime Minister Ryutaro Hashimoto',
      },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'Prime Minister Hashimoto Ryutaro' },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'Eurasian Diplomacy](#)” (1997)' },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'in the 21st century, Tokyo introduced a series of strategic visions including "Eurasian Diplomacy," "Silk Diplomacy,"',
      },
    ],
  },
  {
    id: 'silk-road-energy-initiative',
    name: 'Silk Road Energy Initiative',
    year: 2002,
    partner: 'japan',
    people: ['junichiro-koizumi'],
    summary:
      'Proposed in 2002 by Prime Minister Koizumi, who urged attention to Central Asia; a forerunner of the 2004 dialogue.',
    themes: ['energy'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'then-Prime Minister Junichiro Koizumi emphasized the need to "pay attention to Central Asia"',
      },
      { source: '001_a2741695248c3d87.txt', quote: 'proposed the "Silk Road Energy Initiative"' },
    ],
  },
  {
    id: 'central-asia-plus-japan-dialogue',
    name: '"Central Asia plus Japan" Dialogue',
    year: 2004,
    partner: 'japan',
    people: ['yoriko-kawaguchi'],
    summary:
      'Launched in August 2004 by Foreign Minister Kawaguchi during a visit to the region, with a first foreign ministers’ meeting in Astana; modelled on Japan’s ASEAN experience and the first C5+ format. Renamed CA+JAD at its first summit in December 2025.',
    themes: [
      'connectivity',
      'infrastructure',
      'education',
      'human-resources',
      'trade-investment',
      'security',
    ],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'This dialogue was first introduced in August 2004 by then Foreign Minister Yoriko Kawaguchi during her visit to the region',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'launched in 2004 by then-Foreign Minister Yoriko Kawaguchi was modeled on',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'marking the birth of the "Central Asia Plus Japan" dialogue mechanism',
      },
    ],
  },
  {
    id: 'arc-of-freedom-and-prosperity',
    name: 'Arc of Freedom and Prosperity',
    year: 2006,
    partner: 'japan',
    people: ['taro-aso'],
    summary:
      'A broad strategic concept of 2006, attributed by 004 to Aso Taro, stressing norms such as freedom and democracy.',
    themes: ['governance'],
    sources: [
      { source: '001_a2741695248c3d87.txt', quote: 'the "Arc of Freedom and Prosperity" (2006)' },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'Prime Minister Aso Taro' },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'Arc of Freedom and Prosperity](#)” (2006)' },
    ],
  },
  {
    id: 'diplomacy-broader-perspective',
    name: 'Diplomacy That Looks at the World from a Broader Perspective',
    year: 2012,
    partner: 'japan',
    summary:
      'A 2012 Japanese diplomatic concept that also takes in Central Asia; the documents do not name who proposed it.',
    themes: [],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'the "Diplomacy That Looks at the World from a Broader Perspective" (2012), which also encompasses Central Asia and beyond',
      },
    ],
  },
  {
    id: 'belt-and-road-initiative',
    name: 'Belt and Road Initiative (BRI)',
    year: 2013,
    partner: 'china',
    people: ['xi-jinping'],
    summary:
      'Announced by Xi Jinping in Kazakhstan in 2013; China later held an interior and public security ministers’ meeting at Lianyungang on its security. 001 speaks of Japan tapping the resources of the "Silk Road Economic Belt".',
    themes: ['connectivity', 'logistics', 'infrastructure', 'trade-investment'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'It was in 2013 that Xi Jinping announced the',
        quoteRu: 'Именно в 2013 году Си Цзиньпин объявил об',
        ruOrigin: 'translation',
      },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'Initiative (BRI) in Kazakhstan' },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'to discuss ensuring the safety and security of the BRI',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'tap into the important resources of the "Silk Road Economic Belt."',
      },
    ],
  },
  {
    id: 'regional-transport-logistics-roadmap-2017',
    name: 'Regional Transport and Logistics Cooperation Roadmap',
    year: 2017,
    partner: 'japan',
    summary:
      'Signed at the 6th foreign ministers’ meeting in May 2017, with Japan pledging 24 billion yen in assistance; the same meeting’s statement first mentioned North Korea.',
    themes: ['logistics', 'connectivity', 'infrastructure'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'signed the Regional Transport and Logistics Cooperation Roadmap, with Tokyo pledging 24 billion yen in assistance',
      },
    ],
  },
  {
    id: 'second-action-plan-2019',
    name: 'Second action plan of the Central Asia plus Japan Dialogue',
    year: 2019,
    partner: 'japan',
    summary:
      'Adopted at the 7th foreign ministers’ meeting in May 2019: trade and investment, transport and networks, tourism development, regional security cooperation and sustainable development (the list is garbled in 001).',
    themes: [
      'trade-investment',
      'connectivity',
      'logistics',
      'tourism',
      'security',
      'sustainable-development',
    ],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: "the 7th Foreign Ministers' Meeting adopted the framework's second action plan",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Trade investment; Transportation and networks; development; Regional **Tourism** security cooperation',
      },
    ],
  },
  {
    id: 'high-quality-infrastructure',
    name: '"High-quality infrastructure"',
    partner: 'japan',
    people: ['shinzo-abe', 'yoshihide-suga', 'fumio-kishida'],
    summary:
      'Japan’s stated commitment, kept by the cabinets after Abe, alongside continued priority on Central Asian regional economic cooperation.',
    themes: ['infrastructure'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Japan\'s commitment "high-quality infrastructure" development',
        quoteRu: 'приверженность Японии развитию «качественной инфраструктуры»',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Shinzo Abe, Yoshihide Suga, and Fumio Kishida',
      },
    ],
  },
  {
    id: 'resource-diplomacy',
    name: '"Resource diplomacy"',
    partner: 'japan',
    summary:
      'Japan’s downturn-era focus (2008–2012) on resource extraction and infrastructure, which 001 says diluted the dialogue’s cooperative spirit and displeased Central Asian states.',
    themes: ['energy', 'critical-minerals', 'infrastructure'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'this "resource diplomacy" approach diluted the mechanism',
        quoteRu: 'такой подход «ресурсной дипломатии» размыл механизм',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'particularly in resource extraction and infrastructure development',
      },
    ],
  },
  {
    id: 'energy-diplomacy',
    name: '"Energy diplomacy"',
    partner: 'japan',
    summary:
      'Named by 001 among Japan’s current aims, with stronger economic ties, infrastructure upgrades, investment in human resources and quality of growth.',
    themes: ['energy'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'conducting "energy diplomacy," and upgrading infrastructure',
      },
    ],
  },
  {
    id: 'cajapan-leaders-level-upgrade',
    name: 'Raising the Central Asia plus Japan Dialogue to leaders’ level',
    year: 2023,
    partner: 'japan',
    people: ['fumio-kishida', 'sanae-takaichi'],
    summary:
      'Talks from 2023 on lifting the foreign-ministers’ dialogue to heads of state; the first summit was set for August 2024 under Kishida, put off, and held in December 2025 under Takaichi.',
    themes: ['governance'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'In 2023, Japan began discussions with the five Central Asian countries on elevating',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "foreign ministers' dialogue mechanism to the level of heads of state",
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'this summit was held approximately three months after the inauguration of the Takaichi administration',
      },
    ],
  },
  {
    id: 'japan-trans-caspian-support',
    name: 'Japanese support for the Trans-Caspian transport corridor',
    partner: 'japan',
    summary:
      'Tokyo announced its readiness to help develop the Trans-Caspian corridor "last year" (003 is undated; from its context, the year before the December 2025 summit).',
    themes: ['connectivity', 'logistics', 'infrastructure'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'Last year, Tokyo announced its readiness to actively support the development of the Trans-Caspian transport corridor.',
      },
    ],
  },
  {
    id: 'decarbonisation-joint-initiatives',
    name: 'Regional joint initiatives on economic decarbonisation',
    partner: 'japan',
    people: ['sanae-takaichi'],
    summary:
      'Japan’s plan, ahead of the December 2025 summit, to propose regional decarbonisation initiatives with private investors funding green projects; Takaichi also spoke of a new system of economic security.',
    themes: ['decarbonization', 'energy', 'trade-investment'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'Japan plans to propose regional joint initiatives on economic decarbonisation, involving private investors to fund',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'Japanese Prime Minister Sanae Takaichi places high hopes on the upcoming talks',
      },
    ],
  },
  {
    id: 'satoyama-interest',
    name: 'Satoyama concept (Kazakh interest)',
    partner: 'japan',
    summary:
      'The KazISS director voiced interest in Japan’s Satoyama idea of people living in harmony with nature; an interest, not an agreed programme.',
    themes: ['sustainable-development'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Satoyama concept, which is based on the harmonious coexistence of humans and nature',
      },
    ],
  },
  {
    id: 'ovop-kyrgyzstan',
    name: 'One Village, One Product (OVOP) in Kyrgyzstan',
    partner: 'japan',
    summary:
      'Japan’s rural programme around Lake Issyk-Kul (29 production groups, about 250 people), credited with jobs, income, a positive image of Japan and the entry of brands such as Muji. See also instruments/ovop.',
    themes: ['agriculture', 'sustainable-development', 'trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          '(OVOP) initiative in Kyrgyzstan, which supports 29 production groups around Lake Issyk-Kul, benefiting approximately 250 people',
      },
    ],
  },
  {
    id: 'us-deal-making-diplomacy',
    name: '"Deal-making" diplomacy',
    partner: 'usa',
    people: ['donald-trump'],
    summary:
      'The Trump administration’s worldwide transactional diplomacy, into which 004 says Central Asia was folded at the 2025 C5+1 summit: minerals, aircraft and investment into the US.',
    themes: ['critical-minerals', 'trade-investment'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'The United States: Deploying “Deal-Making” Diplomacy in Central Asia',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Central Asia was being addressed merely as part of the broader',
      },
    ],
  },
  {
    id: 'eurasian-economic-union',
    name: 'Eurasian Economic Union',
    summary:
      'A grand integration project that 000 names (abbreviated there as "EAEC") and says Russia and China champion, alongside their C5+ formats. The documents say nothing of who founded or leads it.',
    themes: ['trade-investment'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'championing grand integration projects like the Eurasian Economic Union (EAEC) and the Shanghai Cooperation Organization (SCO)',
      },
    ],
  },
  {
    id: 'shanghai-cooperation-organization',
    name: 'Shanghai Cooperation Organization (SCO)',
    summary:
      'A grand integration project that 000 says Russia and China champion, alongside their C5+ formats.',
    themes: ['security'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'championing grand integration projects like the Eurasian Economic Union (EAEC) and the Shanghai Cooperation Organization (SCO)',
      },
    ],
  },
  {
    id: 'commonwealth-of-independent-states',
    name: 'Commonwealth of Independent States (CIS)',
    partner: 'russia',
    people: ['vladimir-putin'],
    summary:
      'Russia holds its Central Asia summits alongside CIS heads-of-state meetings; the five make up half of CIS membership, and an informal CIS summit in St Petersburg followed the CA+JAD summit.',
    themes: ['security'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Council of Heads of State of the Commonwealth of Independent States (CIS)',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'as Central Asian countries now account for half of the CIS membership',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'an Informal CIS Summit was held in St. Petersburg',
      },
    ],
  },
];
