import type { Theme } from '../types';

/**
 * The dataset's `themes` collection: one record per ThemeId. The charge follows
 * 000's contrast between "practical cooperation" and "politically charged
 * commitments": security, sanctions and critical minerals are charged.
 */
export const themes: readonly Theme[] = [
  {
    id: 'connectivity',
    name: 'Connectivity',
    charge: 'practical',
    summary:
      'Japan’s latest and most pressing focus, above all via the Trans-Caspian route; the region is poorly connected internally and with the world, and connectivity drove the EU’s format and is paired with DX in the 2025 summit priorities.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'is connectivity, particularly through the Trans-Caspian International Transport Route (TITR)',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Poor connectivity is a challenge not only for Kazakhstan but for all of Central Asia.',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Regarding the “Connectivity” aspect of the second priority',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'By focusing on practical cooperation and avoiding politically charged commitments',
      },
    ],
  },
  {
    id: 'logistics',
    name: 'Logistics and transport',
    charge: 'practical',
    summary:
      'Central to China’s approach. Before the December 2025 Japan summit 003 forecast logistics as one of its main topics; 004, reporting the summit, places it under the Connectivity priority, as an intention to improve the logistics environment. The region is landlocked: logistics from Japan cost six to nine times more than to Hamburg. Tukumov of KazISS points to Japanese expertise such as the Shinkansen.',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          "logistics has become one of the most critical issues in China's diplomacy toward Central Asia",
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'The main topics of the December summit will be logistics and energy.',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'there is an evident intention to improve the logistics environment',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the cost of logistics from Japan to Central Asian countries is six to nine times higher than that of transport to Hamburg',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'crucial role in the transport and logistics industry, bringing the Shinkansen system as an example',
      },
    ],
  },
  {
    id: 'customs',
    name: 'Customs and border management',
    charge: 'practical',
    summary:
      'Border paperwork slows the Trans-Caspian route; the WCO–JICA project trains customs officers. Border management was among the issues the Japanese format was built to address.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'aimed at improving the education and training of customs officers',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'issues related to border paperwork and limitations in both software and hardware systems',
      },
      { source: '000_0a364ac0ce25e492.txt', quote: 'from border management and water scarcity' },
    ],
  },
  {
    id: 'energy',
    name: 'Energy',
    charge: 'practical',
    summary:
      'Japan invests in energy, particularly clean and renewable energy, pursues "energy diplomacy", and set up a ministerial Economic and Energy Dialogue in 2023; 003 forecast energy as a main topic of the December 2025 summit, but 004’s report of it names three priority areas without energy (the nearest is Green and Resilience); energy was a sector of the US business conference.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'One of the key areas where Japan has invested is the energy sector',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'inaugural Ministerial-Level Economic and Energy Dialogue under the',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'The main topics of the December summit will be logistics and energy.',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'At the recent summit in December 2025, three priority areas were identified',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'investments in fields such as infrastructure, energy, and innovation',
      },
    ],
  },
  {
    id: 'decarbonization',
    name: 'Decarbonization',
    charge: 'practical',
    summary:
      'Carbon-neutrality roadmaps (2023), decarbonization planned for the 2024 summit, regional joint decarbonisation initiatives with private green finance, and "Green" in the 2025 priorities.',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Joint commitment to accelerate the development of carbon neutrality roadmaps for 2050 and beyond',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'regional joint initiatives on economic decarbonisation',
      },
      { source: '004_fc98498f9ba3ecfd.txt', quote: '(1) Green and Resilience' },
    ],
  },
  {
    id: 'critical-minerals',
    name: 'Critical minerals and rare earths',
    charge: 'charged',
    summary:
      'Rare earths matter to Japan for green and high-tech supply chains; for the US they are "a key priority", perhaps with aircraft the centrepiece of its 2025 deal. Strategic minerals deals draw rival suspicion, so this is a charged issue.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'including rare earth minerals, play in the global supply chain',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'One of our key priorities is critical minerals.',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'It is possible that rare earths and aircraft were the centerpieces of this',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'By focusing on practical cooperation and avoiding politically charged commitments',
      },
    ],
  },
  {
    id: 'water',
    name: 'Water',
    charge: 'practical',
    summary:
      'Water scarcity is named among the sensitive regional problems the issue-specific format was meant to address; the documents say little more.',
    sources: [
      { source: '000_0a364ac0ce25e492.txt', quote: 'from border management and water scarcity' },
    ],
  },
  {
    id: 'education',
    name: 'Education',
    charge: 'practical',
    summary:
      'A Japanese priority (MEXT scholarships); Kazakh experts want more high-quality education and scholarships and say Japan lags the US and Western Europe here; STEM students are a suggested focus.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'By prioritizing infrastructure, education, and human resource development',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Japan still lags far behind the United States, Western Europe, and several other countries',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'who study science, technology, engineering, and mathematics',
      },
    ],
  },
  {
    id: 'human-resources',
    name: 'Human resources and human capital',
    charge: 'practical',
    summary:
      'Human capital is where Kazakh and Japanese experts see Japan’s greatest role; human resource development was planned for 2024 and is a 2025 priority, matching Japan’s labour shortage with the region’s young populations.',
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'Japan can play a crucial role in strengthening our human capital',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'matching the needs of Japan, which faces domestic labor shortages',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Decarbonization initiatives; Human resource development programs; Logistics network optimization',
      },
    ],
  },
  {
    id: 'health',
    name: 'Health',
    charge: 'practical',
    summary:
      'Added during COVID-19: an August 2020 video meeting on medical equipment, medicines and disease prevention, and public health talks at the June 2021 senior officials’ meeting.',
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
    id: 'agriculture',
    name: 'Agriculture',
    charge: 'practical',
    summary:
      'A Japanese priority alongside connectivity; OVOP supports rural producers in Kyrgyzstan; Takaichi spoke of cooperation from technology to agriculture; cotton trade with the US resumed.',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Japan has prioritized agriculture and connectivity as key cooperation areas',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'ensuring mutually beneficial cooperation in areas ranging from technology to agriculture',
      },
    ],
  },
  {
    id: 'tourism',
    name: 'Tourism',
    charge: 'practical',
    summary:
      'Tourism development has been part of the Japan format’s multilateral work since the 2019 action plan.',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'in tourism development, logistics, transportation, and regional security',
      },
    ],
  },
  {
    id: 'trade-investment',
    name: 'Trade and investment',
    charge: 'practical',
    summary:
      'Japan’s FDI is steady but smaller than that of the US, China, Russia or the EU, and trade is modest and held back by distance; the US summit brought investment pledges into the US; Japanese firms moved from Russia to Central Asia after 2022.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'it does not rival the larger-scale investments made by the United States, China, Russia, or the European Union',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'many Japanese companies previously based in Russia began relocating to Central Asia',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'resulting in high transportation costs for trade and investment',
      },
    ],
  },
  {
    id: 'infrastructure',
    name: 'Infrastructure',
    charge: 'practical',
    summary:
      'Japan’s credits for critical infrastructure and its "high-quality infrastructure" commitment; infrastructure bottlenecks at Caspian ports; a field of the 2025 US business conference.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'Where Japan truly excels is in its provision of credits for critical infrastructure and development projects',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Japan\'s commitment "high-quality infrastructure" development',
      },
    ],
  },
  {
    id: 'digital',
    name: 'Digital',
    charge: 'practical',
    summary:
      'DX is a 2025 Japan priority (ICT jobs unaffected by geography); Kazakh experts see potential in the digital sector; the US conference held sessions on AI and the digital economy.',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: '(2) Digital Transformation (DX) and Connectivity',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Other areas with substantial potential include the digital sector and urban planning.',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Utilization of Artificial Intelligence (AI)',
      },
    ],
  },
  {
    id: 'security',
    name: 'Security',
    charge: 'charged',
    summary:
      'Regional security was among the issues the format addressed; Japan now ties development to security and adds Afghanistan, North Korea and Ukraine to the agenda. Central Asia depends on Russia for security, and Russia sees the region as its sphere. Security alignment is the kind of politically charged commitment the format avoids.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'By focusing on practical cooperation and avoiding politically charged commitments',
        quoteRu:
          'Сосредоточившись на практическом сотрудничестве и избегая политически заряженных обязательств',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'economic and social development cannot be separated from security issues',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a particularly strong dependence on Russia in terms of both economy and security',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'diversifying foreign economic relations is essential to strengthening political and economic security',
      },
    ],
  },
  {
    id: 'sanctions',
    name: 'Sanctions',
    charge: 'charged',
    summary:
      'Japan takes part in sanctions on Russia and seeks routes that bypass it; Russia uses Central Asia as a lifeline under sanctions; the region has grown partly through trade circumventing Western sanctions.',
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'as Japan participates in sanctions against the country',
        quoteRu: 'поскольку Япония участвует в санкциях против этой страны',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'the activation of circumvention trade to bypass Western sanctions',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Russia’s intent to utilize Central Asia as a lifeline under Western sanctions is evident',
      },
    ],
  },
  {
    id: 'governance',
    name: 'Governance and institutions',
    charge: 'practical',
    summary:
      'Japanese ODA targets the modernization of state institutions; "social institutional development" is a 2025 priority. Western norms such as human rights, once a point of friction, have receded since 2022.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the modernization of government institutions, infrastructure development, and the creation of an open business environment',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: '(3) Human Resource Development and Social Institutional Development',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Western nations previously clashed frequently with Central Asian countries over issues such as human rights',
      },
    ],
  },
  {
    id: 'culture',
    name: 'Culture and people-to-people exchange',
    charge: 'practical',
    summary:
      'The Japan dialogue covers culture and human exchange as well as politics and economics, and began with an emphasis on people-to-people cooperation.',
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'the dialogue has fostered collaboration in politics, economics, culture, and human exchange',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'in the fields of economy, politics, and culture',
      },
    ],
  },
  {
    id: 'disaster-resilience',
    name: 'Disaster resilience',
    charge: 'practical',
    summary:
      'Japan shares its experience as a disaster-prone nation under "Resilience" in the 2025 priorities; an earthquake warning in Japan put off the 2024 summit.',
    sources: [
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'as a disaster-prone nation (Resilience)' },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'due to an earthquake off the coast of Kyushu and the issuance of the Nankai Trough Earthquake Extra Information bulletin',
      },
    ],
  },
  {
    id: 'sustainable-development',
    name: 'Sustainable development',
    charge: 'practical',
    summary:
      'An area of the 2019 action plan and of the 2023 energy dialogue; Japan says it supports the region’s sovereignty, peace and sustainable development.',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: "reflecting the mechanism's evolving focus on sustainable development",
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Japan remains firmly committed to support the sovereignty, peace and sustainable development of Central Asia',
      },
    ],
  },
];
