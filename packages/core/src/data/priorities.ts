import type { Priority } from '../types';

/** The dataset's `priorities` collection. */
export const priorities: readonly Priority[] = [
  // The first CA+JAD summit, December 2025 (004): three priority areas.
  {
    id: 'priority-cajad-2025-green-resilience',
    name: 'Green and Resilience (drawing on Japan’s experience as a disaster-prone nation)',
    partner: 'japan',
    event: 'cajad-summit-2025',
    themes: ['decarbonization', 'energy', 'disaster-resilience'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'three priority areas were identified: (1) Green and Resilience',
      },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'as a disaster-prone nation (Resilience)' },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'these priority areas had already been set as the agenda for the business events held in conjunction with the summit',
      },
    ],
  },
  {
    id: 'priority-cajad-2025-dx-connectivity',
    name: 'Digital Transformation (DX) and Connectivity',
    partner: 'japan',
    event: 'cajad-summit-2025',
    themes: ['digital', 'connectivity', 'logistics', 'human-resources'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: '(2) Digital Transformation (DX) and Connectivity',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'there is an evident intention to improve the logistics environment',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the aim is to create local employment and business in fields unaffected by geographical handicaps',
      },
    ],
  },
  {
    id: 'priority-cajad-2025-human-resources-institutions',
    name: 'Human Resource Development and Social Institutional Development',
    partner: 'japan',
    event: 'cajad-summit-2025',
    themes: ['human-resources', 'education', 'governance'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: '(3) Human Resource Development and Social Institutional Development',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'which have large youth populations but lack domestic employment opportunities (Human Resources)',
      },
    ],
  },
  {
    id: 'priority-cajad-2025-logistics-energy',
    name: 'Logistics and energy (expected main topics, as reported before the summit)',
    partner: 'japan',
    event: 'cajad-summit-2025',
    themes: ['logistics', 'energy'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'The main topics of the December summit will be logistics and energy.',
      },
    ],
  },
  // The second action plan, 7th foreign ministers' meeting, May 2019 (001; the list is garbled in the text).
  {
    id: 'priority-2019-trade-investment',
    name: 'Trade and investment',
    partner: 'japan',
    event: 'cajapan-fmm-7-2019',
    themes: ['trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: "the 7th Foreign Ministers' Meeting adopted the framework's second action plan",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Trade investment; Transportation and networks; development; Regional',
      },
    ],
  },
  {
    id: 'priority-2019-transport-networks',
    name: 'Transportation and networks',
    partner: 'japan',
    event: 'cajapan-fmm-7-2019',
    themes: ['connectivity', 'logistics', 'infrastructure'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: "the 7th Foreign Ministers' Meeting adopted the framework's second action plan",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Trade investment; Transportation and networks; development; Regional',
      },
    ],
  },
  {
    id: 'priority-2019-tourism-development',
    name: 'Tourism development (the word "Tourism" is displaced in the garbled list; 001 names tourism development elsewhere)',
    partner: 'japan',
    event: 'cajapan-fmm-7-2019',
    themes: ['tourism'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Trade investment; Transportation and networks; development; Regional **Tourism** security cooperation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'in tourism development, logistics, transportation, and regional security',
      },
    ],
  },
  {
    id: 'priority-2019-regional-security',
    name: 'Regional security cooperation',
    partner: 'japan',
    event: 'cajapan-fmm-7-2019',
    themes: ['security'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Regional **Tourism** security cooperation; Sustainable development',
      },
    ],
  },
  {
    id: 'priority-2019-sustainable-development',
    name: 'Sustainable development',
    partner: 'japan',
    event: 'cajapan-fmm-7-2019',
    themes: ['sustainable-development'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Regional **Tourism** security cooperation; Sustainable development',
      },
    ],
  },
  // Planned expansion for the first summit, August 2024 (001).
  {
    id: 'priority-2024-decarbonization',
    name: 'Decarbonization initiatives',
    partner: 'japan',
    event: 'cajapan-summit-2024-postponed',
    themes: ['decarbonization', 'energy'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'scheduled to attend the first Japan-Central Asia Summit in August 2024, with planned cooperation expansion into',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Decarbonization initiatives; Human resource development programs; Logistics network optimization',
      },
    ],
  },
  {
    id: 'priority-2024-human-resources',
    name: 'Human resource development programmes',
    partner: 'japan',
    event: 'cajapan-summit-2024-postponed',
    themes: ['human-resources', 'education'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Decarbonization initiatives; Human resource development programs; Logistics network optimization',
      },
    ],
  },
  {
    id: 'priority-2024-logistics',
    name: 'Logistics network optimization',
    partner: 'japan',
    event: 'cajapan-summit-2024-postponed',
    themes: ['logistics', 'connectivity'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Decarbonization initiatives; Human resource development programs; Logistics network optimization',
      },
    ],
  },
  // Japan's stated policy aims (002, the Japanese ambassador).
  {
    id: 'priority-japan-peace-stability',
    name: 'Ensure peace and stability in the region',
    partner: 'japan',
    themes: ['security'],
    sources: [
      { source: '002_0ae9a733e2d797e1.txt', quote: 'ensure peace and stability in the region' },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Japan remains firmly committed to support the sovereignty, peace and sustainable development of Central Asia',
      },
    ],
  },
  {
    id: 'priority-japan-economic-foundation',
    name: 'Strengthen the economic foundation',
    partner: 'japan',
    themes: ['trade-investment', 'infrastructure'],
    sources: [{ source: '002_0ae9a733e2d797e1.txt', quote: 'strengthen economic foundation' }],
  },
  // The first ministerial Economic and Energy Dialogue, September 2023 (001).
  {
    id: 'priority-2023-carbon-neutrality-roadmaps',
    name: 'Faster carbon-neutrality roadmaps for 2050 and beyond',
    partner: 'japan',
    event: 'cajapan-economic-energy-dialogue-2023',
    themes: ['decarbonization', 'energy'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Joint commitment to accelerate the development of carbon neutrality roadmaps for 2050 and beyond',
      },
    ],
  },
  {
    id: 'priority-2023-bilateral-credit-mechanisms',
    name: 'Bilateral credit mechanisms',
    partner: 'japan',
    event: 'cajapan-economic-energy-dialogue-2023',
    themes: ['decarbonization', 'trade-investment'],
    sources: [
      { source: '001_a2741695248c3d87.txt', quote: 'Establishment of bilateral credit mechanisms' },
    ],
  },
  {
    id: 'priority-2023-public-private-financing',
    name: 'Public-private financing for the energy transition',
    partner: 'japan',
    event: 'cajapan-economic-energy-dialogue-2023',
    themes: ['energy', 'decarbonization', 'trade-investment'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Mobilization of public-private financing to support energy transition initiatives',
      },
    ],
  },
  // The United States, November 2025 (004).
  {
    id: 'priority-us-critical-minerals',
    name: 'Critical minerals',
    partner: 'usa',
    event: 'us-c5plus1-summit-2025',
    themes: ['critical-minerals'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'One of our key priorities is critical minerals.',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'It is possible that rare earths and aircraft were the centerpieces of this',
      },
    ],
  },
  {
    id: 'priority-us-trade-investment-2025',
    name: 'Trade, economy and investment; infrastructure, energy and innovation (C5+1 10th-anniversary business conference)',
    partner: 'usa',
    themes: ['trade-investment', 'infrastructure', 'energy', 'digital', 'connectivity'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'focused on strengthening relations in trade, economy, and investment, as well as investments in fields such as infrastructure, energy, and innovation',
      },
    ],
  },
  // Russia, first Central Asia plus Russia summit, October 2022 (004).
  {
    id: 'priority-russia-supply-chains',
    name: 'New supply chains',
    partner: 'russia',
    event: 'russia-ca-summit-astana-2022',
    themes: ['logistics', 'trade-investment', 'sanctions'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'its focus on building new supply chains, promoting import substitution, and establishing new financial settlement mechanisms',
      },
    ],
  },
  {
    id: 'priority-russia-import-substitution',
    name: 'Import substitution',
    partner: 'russia',
    event: 'russia-ca-summit-astana-2022',
    themes: ['trade-investment', 'sanctions'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'its focus on building new supply chains, promoting import substitution, and establishing new financial settlement mechanisms',
      },
    ],
  },
  {
    id: 'priority-russia-financial-settlements',
    name: 'New financial settlement mechanisms',
    partner: 'russia',
    event: 'russia-ca-summit-astana-2022',
    themes: ['trade-investment', 'sanctions'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'its focus on building new supply chains, promoting import substitution, and establishing new financial settlement mechanisms',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Russia’s intent to utilize Central Asia as a lifeline under Western sanctions is evident',
      },
    ],
  },
  // Other priorities the documents attribute to partners, without a dated event.
  {
    id: 'priority-japan-infrastructure-education-hr',
    name: 'Infrastructure, education and human resource development',
    partner: 'japan',
    themes: ['infrastructure', 'education', 'human-resources'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'By prioritizing infrastructure, education, and human resource development',
      },
    ],
  },
  {
    id: 'priority-japan-agriculture-connectivity',
    name: 'Agriculture and connectivity',
    partner: 'japan',
    themes: ['agriculture', 'connectivity'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Japan has prioritized agriculture and connectivity as key cooperation areas',
      },
    ],
  },
  {
    id: 'priority-japan-connectivity-titr',
    name: 'Connectivity, especially via the Trans-Caspian International Transport Route',
    partner: 'japan',
    themes: ['connectivity', 'logistics', 'customs', 'infrastructure'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'The latest and increasingly critical focus of Japan',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'is connectivity, particularly through the Trans-Caspian International Transport Route (TITR)',
      },
    ],
  },
  {
    id: 'priority-japan-clean-energy-rare-earths',
    name: 'Clean and renewable energy; rare earth minerals',
    partner: 'japan',
    themes: ['energy', 'critical-minerals'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'with a particular emphasis on clean and renewable energy',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'making them a focal point of Japanese interest in the region',
      },
    ],
  },
  {
    id: 'priority-japan-security-agenda',
    name: 'Widening the agenda to security (Afghanistan, North Korea, Ukraine, regional order)',
    partner: 'japan',
    themes: ['security'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'economic and social development cannot be separated from security issues',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'the Afghanistan issue, the North Korea issue, the Ukraine issue, and regional security order',
      },
    ],
  },
  {
    id: 'priority-japan-human-investment-quality-growth',
    name: 'Energy diplomacy, investment in human resources and quality of growth',
    partner: 'japan',
    themes: ['energy', 'human-resources', 'infrastructure'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'it will also enhance cooperation on "investment in human resources" and "quality of growth."',
      },
    ],
  },
  {
    id: 'priority-japan-health',
    name: 'Health: medical equipment, medicines, infectious disease (2020) and public health (2021)',
    partner: 'japan',
    themes: ['health'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'cooperation in medical equipment, technical assistance, medicine supply, and infectious disease prevention',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'discussions on public health, medical care, and healthcare collaboration',
      },
    ],
  },
  {
    id: 'priority-china-logistics',
    name: 'Logistics',
    partner: 'china',
    themes: ['logistics', 'connectivity'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          "logistics has become one of the most critical issues in China's diplomacy toward Central Asia",
      },
    ],
  },
  {
    id: 'priority-eu-connectivity',
    name: 'Regional connectivity after Russia’s 2022 invasion of Ukraine',
    partner: 'eu',
    themes: ['connectivity'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'spurred by the urgent need to address regional connectivity and mitigate the fallout',
      },
    ],
  },
  {
    id: 'priority-kazakh-view-human-capital-technology',
    name: 'Kazakh expert wishes from Japan: human capital, education and scholarships, non-resource investment, transport, digital and urban planning',
    themes: ['education', 'human-resources', 'trade-investment', 'logistics', 'digital'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'Japan can play a crucial role in strengthening our human capital',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'attract Japanese investment into our high-tech and non-resource sectors of the economy',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Other areas with substantial potential include the digital sector and urban planning.',
      },
    ],
  },
];
