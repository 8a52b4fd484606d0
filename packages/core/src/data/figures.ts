import type { Figure } from '../types';

/**
 * The dataset's `figures` collection: every number the documents give, sorted
 * by year (figures without a year last). Amounts are stored in units, e.g.
 * 24 billion yen as 24_000_000_000.
 */
export const figures: readonly Figure[] = [
  {
    id: 'cajapan-fmm-1-principles-2004',
    label: 'Cooperative principles set out at the 1st Foreign Ministers’ Meeting',
    value: 3,
    unit: 'count',
    qualifier: 'exact',
    event: 'cajapan-fmm-1-2004',
    partner: 'japan',
    year: 2004,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'three cooperative principles: "respect for diversity, competition and coordination, and open cooperation,"',
      },
    ],
  },
  {
    id: 'cajapan-fmm-1-objectives-2004',
    label: 'Key objectives declared for the dialogue at the 1st Foreign Ministers’ Meeting',
    value: 5,
    unit: 'count',
    qualifier: 'exact',
    event: 'cajapan-fmm-1-2004',
    partner: 'japan',
    year: 2004,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'declared five key objectives for the dialogue mechanism',
      },
    ],
  },
  {
    id: 'cajapan-fmm-count-2004-2007',
    label: 'Foreign ministers’ meetings held 2004–2007',
    value: 2,
    unit: 'meetings',
    qualifier: 'exact',
    event: 'cajapan-meetings-2004-2007',
    partner: 'japan',
    year: 2004,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: "Between 2004 and 2007, the mechanism held two foreign ministers' meetings",
      },
    ],
  },
  {
    id: 'cajapan-som-count-2004-2007',
    label: 'Senior officials’ meetings held 2004–2007 (001’s sentence is scrambled in layout)',
    value: 4,
    unit: 'meetings',
    qualifier: 'exact',
    event: 'cajapan-meetings-2004-2007',
    partner: 'japan',
    year: 2004,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Between 2004 and 2007, the mechanism held two foreign ministers\' meetings, four senior officials\' "Tokyo meetings, and one Dialogue,"',
      },
    ],
  },
  {
    id: 'cajapan-tokyo-dialogue-count-2004-2007',
    label: 'Tokyo Dialogues held 2004–2007 (001’s sentence is scrambled in layout)',
    value: 1,
    unit: 'meetings',
    qualifier: 'exact',
    event: 'cajapan-meetings-2004-2007',
    partner: 'japan',
    year: 2004,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Between 2004 and 2007, the mechanism held two foreign ministers\' meetings, four senior officials\' "Tokyo meetings, and one Dialogue,"',
      },
    ],
  },
  {
    id: 'japan-leadership-changes-count-2009-2012',
    label: 'Changes of leadership in Japan, 2009–2012',
    value: 3,
    unit: 'count',
    qualifier: 'exact',
    event: 'japan-leadership-changes-2009-2012',
    partner: 'japan',
    year: 2009,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Between 2009 and 2012, Japan underwent three leadership changes.',
      },
    ],
  },
  {
    id: 'abe-tour-states-visited-2015',
    label: 'Central Asian states visited by Abe on his 2015 tour',
    value: 5,
    unit: 'count',
    qualifier: 'exact',
    event: 'abe-central-asia-tour-2015',
    partner: 'japan',
    year: 2015,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'A landmark 2015 tour saw Abe visit all five Central Asian nations',
      },
    ],
  },
  {
    id: 'cajapan-logistics-roadmap-assistance-2017',
    label:
      'Assistance pledged by Japan with the 2017 Regional Transport and Logistics Cooperation Roadmap',
    value: 24_000_000_000,
    unit: 'currency',
    currency: 'JPY',
    qualifier: 'exact',
    event: 'cajapan-fmm-6-2017',
    partner: 'japan',
    year: 2017,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'with Tokyo pledging 24 billion yen in assistance',
      },
    ],
  },
  {
    id: 'cajapan-fmm-count-since-2020',
    label: 'Foreign ministers’ meetings held since 2020 (as of 001)',
    value: 3,
    unit: 'meetings',
    qualifier: 'exact',
    event: 'cajapan-meetings-since-2020',
    partner: 'japan',
    year: 2020,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Japan and the Central Asian countries have only held three foreign ministers' meetings",
      },
    ],
  },
  {
    id: 'cajapan-som-count-since-2020',
    label: 'Senior officials’ meetings held since 2020 (as of 001)',
    value: 2,
    unit: 'meetings',
    qualifier: 'exact',
    event: 'cajapan-meetings-since-2020',
    partner: 'japan',
    year: 2020,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'three foreign ministers\' meetings, two senior officials\' meetings, and one "Tokyo Dialogue."',
      },
    ],
  },
  {
    id: 'cajapan-tokyo-dialogue-count-since-2020',
    label: 'Tokyo Dialogues held since 2020 (as of 001)',
    value: 1,
    unit: 'meetings',
    qualifier: 'exact',
    event: 'cajapan-meetings-since-2020',
    partner: 'japan',
    year: 2020,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'three foreign ministers\' meetings, two senior officials\' meetings, and one "Tokyo Dialogue."',
      },
    ],
  },
  {
    id: 'cajapan-fmm-count-2022',
    label: 'Foreign ministers’ meetings held consecutively in 2022 (April and December)',
    value: 2,
    unit: 'meetings',
    qualifier: 'exact',
    partner: 'japan',
    year: 2022,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: "two foreign ministers' meetings were held consecutively in April and December 2022",
      },
    ],
  },
  {
    id: 'japan-central-asia-relations-30-years-2022',
    label: 'Years of diplomatic relations between Japan and the five, marked in 2022',
    value: 30,
    unit: 'years',
    qualifier: 'exact',
    event: 'japan-central-asia-relations-30th-anniversary-2022',
    partner: 'japan',
    year: 2022,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'The year 2022 marked the 30th anniversary of diplomatic relations between Japan and the five',
      },
    ],
  },
  {
    id: 'cajapan-carbon-neutrality-target-year-2023',
    label:
      'Target year of the carbon-neutrality roadmaps agreed at the 2023 Economic and Energy Dialogue ("2050 and beyond")',
    value: 2050,
    unit: 'years',
    qualifier: 'exact',
    event: 'cajapan-economic-energy-dialogue-2023',
    partner: 'japan',
    year: 2023,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'carbon neutrality roadmaps for 2050 and beyond',
      },
    ],
  },
  {
    id: 'cajapan-20th-anniversary-2024',
    label: 'Years of the Central Asia plus Japan Dialogue, marked in 2024',
    value: 20,
    unit: 'years',
    qualifier: 'exact',
    event: 'cajapan-20th-anniversary-2024',
    partner: 'japan',
    year: 2024,
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'cooperation mechanism marks its 20th anniversary in 2024',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'in August 2024 to coincide with the 20th anniversary',
      },
    ],
  },
  {
    id: 'china-ca-summit-interval-2025',
    label: 'Years between the first (Xi’an) and second (Astana) China–Central Asia summits',
    value: 2,
    unit: 'years',
    qualifier: 'exact',
    event: 'china-ca-summit-astana-2025',
    partner: 'china',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Two years later, in June 2025, the second summit was held in Astana, Kazakhstan.',
      },
    ],
  },
  {
    id: 'us-c5plus1-10th-anniversary-2025',
    label: 'Anniversary of the C5+1 marked by the November 2025 business conference',
    value: 10,
    unit: 'years',
    qualifier: 'exact',
    event: 'us-c5plus1-business-conference-2025',
    partner: 'usa',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a business conference commemorating the 10th anniversary of the C5+1',
      },
    ],
  },
  {
    id: 'kaz-boeing-787-purchase-2025',
    label: 'Boeing 787-9 aircraft Kazakhstan would buy, announced around the C5+1 summit',
    value: 15,
    unit: 'aircraft',
    qualifier: 'up-to',
    event: 'us-c5plus1-summit-2025',
    partner: 'usa',
    state: 'KAZ',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'it was announced that Kazakhstan would purchase up to 15 Boeing 787-9 aircraft',
      },
    ],
  },
  {
    id: 'uzb-boeing-787-purchase-2025',
    label: 'Boeing 787-9 aircraft Uzbekistan would buy, announced around the C5+1 summit',
    value: 8,
    unit: 'aircraft',
    qualifier: 'exact',
    event: 'us-c5plus1-summit-2025',
    partner: 'usa',
    state: 'UZB',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Kazakhstan would purchase up to 15 Boeing 787-9 aircraft, Uzbekistan would purchase eight',
      },
    ],
  },
  {
    id: 'tjk-boeing-purchase-2025',
    label: 'Boeing aircraft Tajikistan would buy, including 737s, announced around the C5+1 summit',
    value: 10,
    unit: 'aircraft',
    qualifier: 'reportedly',
    event: 'us-c5plus1-summit-2025',
    partner: 'usa',
    state: 'TJK',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Tajikistan would also purchase some (reportedly 10 aircraft, including 737s)',
      },
    ],
  },
  {
    id: 'uzb-us-investment-2025',
    label: 'Investment Uzbekistan would make in the United States, reported after the C5+1 summit',
    value: 100_000_000_000,
    unit: 'currency',
    currency: 'USD',
    qualifier: 'reportedly',
    event: 'us-c5plus1-summit-2025',
    partner: 'usa',
    state: 'UZB',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'it was reported that Uzbekistan would invest \\$100 billion in the United States over the next 10 years',
      },
    ],
  },
  {
    id: 'uzb-us-investment-period-2025',
    label: 'Years over which Uzbekistan’s reported US investment would be made',
    value: 10,
    unit: 'years',
    qualifier: 'reportedly',
    event: 'us-c5plus1-summit-2025',
    partner: 'usa',
    state: 'UZB',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'in the United States over the next 10 years',
      },
    ],
  },
  {
    id: 'kaz-us-documents-2025',
    label:
      'Documents signed between Kazakhstan and the United States (mining, energy, education, digital)',
    value: 29,
    unit: 'documents',
    qualifier: 'reportedly',
    event: 'us-c5plus1-summit-2025',
    partner: 'usa',
    state: 'KAZ',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'were signed between Kazakhstan and the United States in sectors such as mining, energy, education, and digital affairs',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'and 29 documents totaling',
      },
    ],
  },
  {
    id: 'kaz-us-documents-value-2025',
    label: 'Total value of the 29 Kazakhstan–United States documents',
    value: 17_000_000_000,
    unit: 'currency',
    currency: 'USD',
    qualifier: 'reportedly',
    event: 'us-c5plus1-summit-2025',
    partner: 'usa',
    state: 'KAZ',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'and 29 documents totaling \\$17 billion were signed between Kazakhstan and the United States',
      },
    ],
  },
  {
    id: 'cajad-takaichi-months-before-summit-2025',
    label: 'Months between the Takaichi administration’s inauguration and the first CA+JAD summit',
    value: 3,
    unit: 'count',
    qualifier: 'approximately',
    event: 'cajad-summit-2025',
    partner: 'japan',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'this summit was held approximately three months after the inauguration of the Takaichi administration',
      },
    ],
  },
  {
    id: 'cajad-summit-signed-documents-2025',
    label: 'Signed documents presented at the first CA+JAD summit',
    value: 158,
    unit: 'documents',
    qualifier: 'exact',
    event: 'cajad-summit-2025',
    partner: 'japan',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'As a tangible outcome, 158 signed documents were presented',
      },
    ],
  },
  {
    id: 'cajad-investment-target-2025',
    label: 'Investment target set by Prime Minister Takaichi at the first CA+JAD summit',
    value: 3_000_000_000_000,
    unit: 'currency',
    currency: 'JPY',
    qualifier: 'exact',
    event: 'cajad-summit-2025',
    partner: 'japan',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Prime Minister Takaichi Sanae set a target of 3 trillion yen in investments over the next five years',
      },
    ],
  },
  {
    id: 'cajad-investment-target-period-2025',
    label: 'Years over which the 3 trillion yen investment target runs',
    value: 5,
    unit: 'years',
    qualifier: 'exact',
    event: 'cajad-summit-2025',
    partner: 'japan',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a target of 3 trillion yen in investments over the next five years',
      },
    ],
  },
  {
    id: 'cajad-priority-areas-2025',
    label: 'Priority areas identified at the first CA+JAD summit',
    value: 3,
    unit: 'count',
    qualifier: 'exact',
    event: 'cajad-summit-2025',
    partner: 'japan',
    year: 2025,
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'At the recent summit in December 2025, three priority areas were identified',
      },
    ],
  },
  {
    id: 'central-asian-states-count',
    label: 'Central Asian states in the C5+ formats',
    value: 5,
    unit: 'count',
    qualifier: 'exact',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the five Central Asian republics – Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan, and Uzbekistan',
      },
    ],
  },
  {
    id: 'cajapan-phases-count',
    label: 'Phases of the Central Asia plus Japan mechanism identified by 001',
    value: 4,
    unit: 'count',
    qualifier: 'exact',
    partner: 'japan',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'It has gone through four phases: institutionalization, downturn, stable development, and adjustment and transformation.',
      },
    ],
  },
  {
    id: 'cajapan-two-decades',
    label: 'Years of the Central Asia plus Japan mechanism’s evolution (001, two decades)',
    value: 20,
    unit: 'years',
    qualifier: 'exact',
    partner: 'japan',
    sources: [
      { source: '001_a2741695248c3d87.txt', quote: 'Over its 20-year evolution' },
      { source: '001_a2741695248c3d87.txt', quote: 'Over its two-decade existence' },
      { source: '000_0a364ac0ce25e492.txt', quote: 'Over the past two decades' },
    ],
  },
  {
    id: 'cajapan-more-than-20-years',
    label: 'Years of Central Asia plus Japan ministerial talks (more than 20)',
    value: 20,
    unit: 'years',
    qualifier: 'more-than',
    partner: 'japan',
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'conducting ministerial-level negotiations with Japan for more than 20 years',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'which has maintained the “Central Asia plus Japan” framework for over 20 years',
      },
    ],
  },
  {
    id: 'cajapan-fmm-count-to-date',
    label:
      'Central Asia plus Japan Foreign Ministers’ Meetings held to date (as of 004, Jan./Feb. 2026 issue)',
    value: 10,
    unit: 'meetings',
    qualifier: 'exact',
    partner: 'japan',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'aside from the ten Foreign Ministers’ Meetings held to date',
      },
    ],
  },
  {
    id: 'ovop-production-groups',
    label:
      'Production groups around Lake Issyk-Kul supported by Japan’s One Village, One Product initiative',
    value: 29,
    unit: 'groups',
    qualifier: 'exact',
    partner: 'japan',
    state: 'KGZ',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'which supports 29 production groups around Lake Issyk-Kul, benefiting approximately 250 people',
      },
    ],
  },
  {
    id: 'ovop-beneficiaries',
    label: 'People benefiting from the One Village, One Product initiative in Kyrgyzstan',
    value: 250,
    unit: 'people',
    qualifier: 'approximately',
    partner: 'japan',
    state: 'KGZ',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'which supports 29 production groups around Lake Issyk-Kul, benefiting approximately 250 people',
      },
    ],
  },
  {
    id: 'japan-central-asia-logistics-cost-ratio',
    label:
      'Logistics cost from Japan to Central Asia relative to transport to Hamburg (survey of Japanese logistics companies)',
    value: 6,
    valueMax: 9,
    unit: 'ratio',
    partner: 'japan',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the cost of logistics from Japan to Central Asian countries is six to nine times higher than that of transport to Hamburg, Germany',
      },
    ],
  },
  {
    id: 'akfa-kentucky-investment',
    label:
      'Investment by Uzbekistan’s akfa in a joint venture with a Turkish company to build a factory in Kentucky (reported after the C5+1 summit)',
    value: 600_000_000,
    unit: 'currency',
    currency: 'USD',
    qualifier: 'reportedly',
    partner: 'usa',
    state: 'UZB',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'it was later reported that Uzbekistan’s akfa, a major aluminum profile manufacturer, would invest',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'would invest \\$600 million in a joint venture with a Turkish company to build a factory in Kentucky, USA',
      },
    ],
  },
  {
    id: 'cis-central-asian-share',
    label: 'Share of CIS membership made up by the Central Asian states',
    value: 0.5,
    unit: 'ratio',
    qualifier: 'exact',
    partner: 'russia',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'as Central Asian countries now account for half of the CIS membership',
      },
    ],
  },
  {
    id: 'tokayev-people-s-republics-not-recognized',
    label:
      '"People\'s Republics" in eastern Ukraine whose independence Tokayev said he would not recognize',
    value: 2,
    unit: 'count',
    qualifier: 'exact',
    partner: 'russia',
    state: 'KAZ',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          "he would not recognize the independence of the two “People's Republics” in eastern Ukraine",
      },
    ],
  },
];
