import type { Instrument } from '../types';

/** The dataset's `instruments` collection. */
export const instruments: readonly Instrument[] = [
  // Japan
  {
    id: 'oda',
    name: 'Official Development Assistance (ODA)',
    partner: 'japan',
    kind: 'aid',
    summary:
      'Japan is the largest ODA provider in Central Asia; it goes to modernizing state institutions, infrastructure and an open business environment, and serves diplomacy, market access and influence.',
    themes: ['governance', 'infrastructure', 'trade-investment'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'Japan stands as the largest provider of Official Development Assistance (ODA) in Central Asia',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the modernization of government institutions, infrastructure development, and the creation of an open business environment',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'serving as a key instrument for advancing diplomatic engagement, expanding market access, and enhancing influence',
      },
    ],
  },
  {
    id: 'japanese-infrastructure-credits',
    name: 'Japanese credits for infrastructure and development projects',
    partner: 'japan',
    kind: 'finance',
    summary:
      'Japan’s main strength: loans for critical infrastructure and development, given bilaterally and through JICA.',
    themes: ['infrastructure'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'Where Japan truly excels is in its provision of credits for critical infrastructure and development projects',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'This support is channeled both bilaterally and through the Japan International Cooperation Agency (JICA)',
      },
    ],
  },
  {
    id: 'jica',
    name: 'Japan International Cooperation Agency (JICA)',
    partner: 'japan',
    kind: 'agency',
    summary:
      'The main instrument of Japan’s cooperation so far; 000 expects its role to shrink as the region stabilizes. Partner in the WCO customs-training project.',
    themes: ['infrastructure', 'customs', 'human-resources'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'the role of JICA, which has been the primary instrument of Japan',
      },
      { source: '000_0a364ac0ce25e492.txt', quote: 'may gradually diminish' },
    ],
  },
  {
    id: 'jbic',
    name: 'Japan Bank for International Cooperation (JBIC)',
    partner: 'japan',
    kind: 'finance',
    summary:
      'Expected to take a larger role than JICA, backing bigger and more commercial projects.',
    themes: ['trade-investment', 'infrastructure'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'institutions like the Japan Bank for International Cooperation (JBIC) are expected to take on a more prominent role',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'particularly in supporting larger and more commercially oriented projects',
      },
    ],
  },
  {
    id: 'jbic-uzbekistan-transport-mou',
    name: 'JBIC – Uzbekistan Ministry of Transport memorandum of understanding',
    partner: 'japan',
    kind: 'agreement',
    summary:
      'Given by 000 as the prime example of the shift toward larger, commercial cooperation. No date is given.',
    themes: ['logistics', 'infrastructure'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'A prime example of this evolving dynamic is the Memorandum of Understanding signed between JBIC and Uzbekistan',
      },
    ],
  },
  {
    id: 'sojitz',
    name: 'Sojitz Corporation',
    partner: 'japan',
    kind: 'company',
    summary:
      'Japanese company whose growing high-tech cooperation in the region 000 cites as a sign of more mature partnerships.',
    themes: ['trade-investment'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'growing cooperation from companies like Sojitz Corporation in high-tech sectors',
      },
    ],
  },
  {
    id: 'mext-scholarships',
    name: 'MEXT scholarships',
    partner: 'japan',
    kind: 'scholarship',
    summary:
      'Japanese embassies choose students each year for Japanese education-ministry scholarships to study in Japan. In 002 Tukumov, the Kazakh director of KazISS, says Japan could provide more scholarships; Yoshida, the Japanese head of the Japan Institute of International Affairs, suggests particular attention to students and universities in science, technology, engineering and mathematics.',
    themes: ['education', 'human-resources'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Japan's embassies in Central Asian countries annually select students from host nations",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Ministry of Education, Culture, Sports, Science and Technology (MEXT)',
      },
      { source: '002_0ae9a733e2d797e1.txt', quote: 'and provide more scholarships' },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Particular attention could be [given] to students and universities, who study science, technology, engineering, and mathematics',
      },
    ],
  },
  {
    id: 'ovop',
    name: 'One Village, One Product (OVOP)',
    partner: 'japan',
    kind: 'programme',
    summary:
      'Rural livelihoods programme in Kyrgyzstan around Lake Issyk-Kul: 29 production groups, about 250 beneficiaries, jobs and income, and a route for brands like Muji into the market.',
    themes: ['agriculture', 'trade-investment', 'sustainable-development'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          '(OVOP) initiative in Kyrgyzstan, which supports 29 production groups around Lake Issyk-Kul, benefiting approximately 250 people',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'This program has not only created employment opportunities and raised income levels in rural Kyrgyz communities',
      },
    ],
  },
  {
    id: 'muji',
    name: 'Muji',
    partner: 'japan',
    kind: 'company',
    summary: 'Japanese brand that OVOP helped bring into the Kyrgyz market.',
    themes: ['trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'introduction of Japanese brands such as Muji into the Kyrgyz market',
      },
    ],
  },
  {
    id: 'wco-jica-customs-training',
    name: 'WCO–JICA customs officer training project',
    partner: 'japan',
    kind: 'programme',
    summary:
      'Joint World Customs Organization and JICA project to improve customs officers’ education and training, an outcome of the March 2023 dialogue on connectivity with Central Asia and the Caucasus.',
    themes: ['customs', 'connectivity', 'education'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the launch of a joint project between the World Customs Organization (WCO) and JICA, aimed at improving the education and training of customs officers',
      },
    ],
  },
  {
    id: 'bilateral-credit-mechanism',
    name: 'Bilateral credit mechanism',
    partner: 'japan',
    kind: 'finance',
    summary:
      'Set up as an outcome of the first ministerial Economic and Energy Dialogue (September 2023).',
    themes: ['decarbonization', 'energy'],
    sources: [
      { source: '001_a2741695248c3d87.txt', quote: 'Establishment of bilateral credit mechanisms' },
    ],
  },
  {
    id: 'public-private-financing',
    name: 'Public-private financing for the energy transition',
    partner: 'japan',
    kind: 'finance',
    summary:
      'Public and private money for the energy transition (2023 dialogue); Japan also planned to draw private investors into green projects.',
    themes: ['energy', 'decarbonization', 'trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Mobilization of public-private financing to support energy transition initiatives',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'involving private investors to fund “green” projects',
      },
    ],
  },
  {
    id: 'cajapan-foreign-ministers-meetings',
    name: 'Central Asia plus Japan foreign ministers’ meetings',
    partner: 'japan',
    kind: 'programme',
    summary: 'The dialogue’s core tier since 2004; 004 counts ten to date.',
    themes: ['governance'],
    sources: [
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'aside from the ten Foreign Ministers' },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'The first meeting of the foreign ministers was held in Astana in 2004 and is being held continuously',
      },
    ],
  },
  {
    id: 'senior-officials-meetings',
    name: 'Senior officials’ meetings',
    partner: 'japan',
    kind: 'programme',
    summary:
      'A standing tier of the dialogue; 001 mentions a 14th meeting in June 2021 that took up public health.',
    themes: ['governance', 'health'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'senior officials’ meeting, the experts meeting, the business dialogue and the Tokyo dialogue',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: "Officials' During the 14th Senior Meeting held in June 2021",
      },
    ],
  },
  {
    id: 'expert-meetings',
    name: 'Expert meetings',
    partner: 'japan',
    kind: 'programme',
    summary:
      'According to 004 the dialogue’s main focus besides ministerial meetings; the first expert dialogue in Astana (002) was organized by KazISS, the Japanese embassy and Maqsut Narikbayev University.',
    themes: ['governance'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'the primary focus has been on Expert Meetings',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'the Embassy of Japan in Kazakhstan and Maqsut Narikbayev University (MNU)',
      },
    ],
  },
  {
    id: 'business-dialogue',
    name: 'Business dialogue',
    partner: 'japan',
    kind: 'programme',
    summary:
      'One of the dialogue’s tiers, listed by the Japanese ambassador; business events also accompanied the planned 2024 summit.',
    themes: ['trade-investment'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'the experts meeting, the business dialogue and the Tokyo dialogue',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the agenda for the business events held in conjunction with the summit originally scheduled for August 2024',
      },
    ],
  },
  {
    id: 'tokyo-dialogue',
    name: 'Tokyo Dialogue',
    partner: 'japan',
    kind: 'programme',
    summary:
      'A public symposium tier of the dialogue, held once in 2004–2007 and once since 2020 according to 001.',
    themes: ['culture', 'governance'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'the Tokyo dialogue, a public symposium project',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'two senior officials\' meetings, and one "Tokyo Dialogue."',
      },
    ],
  },
  {
    id: 'cajapan-economic-energy-dialogue',
    name: 'Central Asia plus Japan Economic and Energy Dialogue',
    partner: 'japan',
    kind: 'programme',
    summary:
      'A ministerial-level track started in September 2023 (carbon neutrality, credit mechanisms, public-private finance).',
    themes: ['energy', 'decarbonization', 'trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'inaugural Ministerial-Level Economic and Energy Dialogue under the',
      },
    ],
  },
  {
    id: 'abe-2015-aid-agreements',
    name: 'Economic aid agreements from Abe’s 2015 tour',
    partner: 'japan',
    kind: 'agreement',
    summary:
      'Several economic aid agreements that came out of Abe’s 2015 visit to all five states.',
    themes: ['infrastructure', 'trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'resulting in multiple economic aid agreements designed to consolidate',
      },
    ],
  },
  {
    id: 'cajad-2025-signed-documents',
    name: 'Documents signed at the first CA+JAD summit and the investment target',
    partner: 'japan',
    kind: 'agreement',
    summary:
      'The December 2025 summit presented 158 signed documents, and Prime Minister Takaichi set a target of 3 trillion yen in investment over five years.',
    themes: ['trade-investment'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'As a tangible outcome, 158 signed documents were presented',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Prime Minister Takaichi Sanae set a target of 3 trillion yen in investments over the next five years',
      },
    ],
  },
  // United States (004)
  {
    id: 'boeing-aircraft-deals',
    name: 'Boeing aircraft purchases around the 2025 C5+1 summit',
    partner: 'usa',
    kind: 'agreement',
    summary:
      'Announced around the summit: Kazakhstan up to 15 Boeing 787-9, Uzbekistan eight, Tajikistan some (reportedly 10, including 737s). 004 suggests aircraft and rare earths were the core of the "deal".',
    themes: ['trade-investment'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Kazakhstan would purchase up to 15 Boeing 787-9 aircraft, Uzbekistan would purchase eight',
        quoteRu: 'Казахстан купит до 15 самолётов Boeing 787-9, Узбекистан — восемь',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Tajikistan would also purchase some (reportedly 10 aircraft, including 737s)',
      },
    ],
  },
  {
    id: 'kazakhstan-us-documents-2025',
    name: 'Kazakhstan–US documents of November 2025',
    partner: 'usa',
    kind: 'agreement',
    summary:
      '29 documents reportedly signed between Kazakhstan and the US in mining, energy, education and digital affairs.',
    themes: ['critical-minerals', 'energy', 'education', 'digital'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'were signed between Kazakhstan and the United States in sectors such as mining, energy, education, and digital affairs',
      },
    ],
  },
  {
    id: 'uzbekistan-us-investment-pledge',
    name: 'Uzbek investment pledge in the United States',
    partner: 'usa',
    kind: 'finance',
    summary:
      'Reported outcome of the 2025 summit: Uzbekistan to invest in the US over the next ten years.',
    themes: ['trade-investment'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'it was reported that Uzbekistan would invest',
      },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'in the United States over the next 10 years' },
    ],
  },
  {
    id: 'akfa-joint-venture',
    name: 'akfa joint venture factory in Kentucky',
    partner: 'usa',
    kind: 'company',
    summary:
      'Uzbek aluminium-profile maker akfa reported to invest, in a joint venture with a Turkish company, in a factory in Kentucky.',
    themes: ['trade-investment'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a major aluminum profile manufacturer, would invest',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'in a joint venture with a Turkish company to build a factory in Kentucky, USA',
      },
    ],
  },
  {
    id: 'cargill-uzsanoatexport-cotton-contract',
    name: 'Cargill – UzSanoatExport cotton supply contract',
    partner: 'usa',
    kind: 'agreement',
    summary:
      'Signed around the 2025 summit; symbolic because the US had banned Uzbek cotton over human rights until 2019, showing Western norms have dropped out.',
    themes: ['agriculture', 'trade-investment', 'governance'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the signing of a cotton supply contract between the Uzbek entity UzSanoatExport and the American company Cargill is symbolic',
      },
    ],
  },
];
