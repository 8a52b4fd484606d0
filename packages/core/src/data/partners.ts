import type { Partner } from '../types';

/** The dataset's `partners` collection. Russian names are the project's translation. */
export const partners: readonly Partner[] = [
  {
    id: 'japan',
    name: { en: 'Japan', ru: 'Япония', ruOrigin: 'translation' },
    formatNames: [
      { name: '"Central Asia plus Japan" Dialogue', since: 2004 },
      { name: 'CA+JAD', since: 2025 },
    ],
    formatSince: 2004,
    approach:
      'The originator of the C5+ format, modelled on its ASEAN dialogue. A light, informal, long-term approach: large ODA and credits (bilateral and via JICA, with JBIC expected to grow), infrastructure, education and human capital rather than large FDI, and a preference for expert-level, practical work over norms. Its attention has risen and fallen with domestic politics: a downturn in 2008–2012, renewed focus under Abe, less under Suga and Kishida, then an upgrade to a leaders’ summit (held December 2025 under Takaichi). It now seeks connectivity via the Trans-Caspian route, a larger security agenda, and a shift from a Japan-led format to consultation.',
    themes: [
      'infrastructure',
      'education',
      'human-resources',
      'connectivity',
      'logistics',
      'customs',
      'energy',
      'decarbonization',
      'critical-minerals',
      'agriculture',
      'tourism',
      'health',
      'digital',
      'governance',
      'disaster-resilience',
      'sustainable-development',
      'trade-investment',
      'security',
      'culture',
    ],
    discrepancies: [
      {
        about: 'what the format is called',
        readings: [
          {
            source: '000_0a364ac0ce25e492.txt',
            quote: 'Over the past two decades, the C5+1 format set a precedent',
            reading:
              'Calls Japan’s own format "C5+1" as well as the Central Asia plus Japan Dialogue.',
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote:
              'was the first "C5+1" framework established between an external country and the five Central Asian nations',
            reading: 'The "Central Asia Plus Japan" mechanism, the first "C5+1" framework.',
          },
          {
            source: '003_dceb15af33b4a574.txt',
            quote: 'Japan became the first country to propose such a',
            reading: 'A "5+1" interaction format.',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'the new name "CA+JAD" was introduced for this diplomatic framework',
            reading:
              'A "Central Asia plus One" framework, renamed CA+JAD at the December 2025 summit.',
          },
        ],
        note: 'The records keep "Central Asia plus Japan" Dialogue (2004) and CA+JAD (2025) as the format names; "C5+1" and "5+1" are used loosely for the generic format.',
      },
      {
        about: 'how active Japan has been compared with other partners',
        readings: [
          {
            source: '000_0a364ac0ce25e492.txt',
            quote:
              'having convened more such dialogues than any other external partner involved in Central Asia',
            reading: 'Japan has convened more C5+ dialogues than any other partner.',
          },
          {
            source: '003_dceb15af33b4a574.txt',
            quote:
              'later adopted and further developed by other countries, even surpassing Japan in implementing it',
            reading:
              'Others have overtaken Japan in using the format; Tokyo is making up for lost time.',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'diplomacy toward Central Asia has not necessarily been granted high priority by successive Japanese governments',
            reading: 'Central Asia has not been a high priority for Japanese governments.',
          },
        ],
      },
      {
        about: 'fate of the first summit planned for Astana in August 2024',
        readings: [
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote: 'was postponed because of an earthquake in Japan',
            reading: 'Postponed because of an earthquake in Japan.',
          },
          {
            source: '003_dceb15af33b4a574.txt',
            quote:
              'it was postponed at the last minute due to a warning about a potential strong earthquake in Japan',
            reading: 'Postponed at the last minute over a warning of a possible strong earthquake.',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'canceled his visit, and the summit was called off',
            reading:
              'Kishida cancelled his visit and the summit was called off (an earthquake off Kyushu and a Nankai Trough bulletin); later "ultimately cancelled".',
          },
        ],
        note: 'The first summit was eventually held on 20 December 2025 (004), so "postponed" and "cancelled" describe the same outcome differently.',
      },
      {
        about: 'name of the 1997 initiative by Prime Minister Hashimoto',
        readings: [
          {
            source: '001_a2741695248c3d87.txt',
            quote: 'These include the "Silk Road Diplomacy" (1997)',
            reading:
              'Silk Road Diplomacy (1997); elsewhere 001 lists "Eurasian Diplomacy" and "Silk Diplomacy" as 21st-century visions.',
          },
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote:
              'the Silk Road diplomacy launched in 1997 by then-Prime Minister Ryutaro Hashimoto',
            reading:
              'Silk Road diplomacy, launched by Hashimoto in 1997; the format dates back to it.',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'Eurasian Diplomacy](#)” (1997)',
            reading: 'Hashimoto’s "Eurasian Diplomacy" (1997).',
          },
        ],
        note: 'Treated as one initiative with two names (see initiatives/silk-road-diplomacy).',
      },
    ],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'As far back as 2004, Japan launched the Central Asia plus Japan Dialogue',
        quoteRu: 'Ещё в 2004 году Япония запустила Диалог «Центральная Азия + Япония»',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'The genius of the Japanese approach lay in its deliberate lightness of touch',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'investment philosophy is rooted in long-term impact rather than immediate financial returns',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'Japan stands as the largest provider of Official Development Assistance (ODA) in Central Asia',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'By prioritizing infrastructure, education, and human resource development',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Japan drew upon its experience with ASEAN to engage Central Asian states in collective dialogue and cooperation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Japan's domestic political turbulence led to declining strategic attention toward Central Asia",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'the subsequent Suga and Kishida administrations have shown a relatively lower strategic focus',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'Japan can play a crucial role in strengthening our human capital',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'It can be said that the emphasis has been placed on more practical and pragmatic initiatives.',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'the new name "CA+JAD" was introduced for this diplomatic framework',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'Now, Tokyo has decided to make up for lost time.',
      },
    ],
  },
  {
    id: 'south-korea',
    name: {
      en: 'Republic of Korea (South Korea)',
      ru: 'Республика Корея',
      ruOrigin: 'translation',
    },
    formatNames: [{ name: 'C5+ROK', since: 2007 }],
    formatSince: 2007,
    approach:
      'Followed Japan’s lead: it took up the same flexible, informal C5+ format in 2007. The documents say nothing more about its agenda.',
    themes: [],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'South Korea, recognizing the value of this flexible engagement, adopted a similar C5+ROK format in 2007',
        quoteRu:
          'Южная Корея, признав ценность такого гибкого взаимодействия, в 2007 году приняла похожий формат С5+РК',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'framework was subsequently adopted by South Korea, the United States, the European Union (EU), and others',
      },
    ],
  },
  {
    id: 'usa',
    name: { en: 'United States', ru: 'Соединённые Штаты Америки', ruOrigin: 'translation' },
    formatNames: [{ name: 'C5+1', since: 2015 }],
    formatSince: 2015,
    approach:
      'Branded its 2015 ministerial meetings as the start of the C5+1, kept the format’s informal, issue-specific principles, and marked its 10th anniversary in 2025. Under Trump the format serves worldwide "deal-making": critical minerals are the stated priority, with aircraft sales, investment pledges into the US and a cotton contract, while the Western norms (human rights) that once divided the US and Central Asia have dropped out. The region is not given distinct strategic weight.',
    themes: [
      'critical-minerals',
      'trade-investment',
      'infrastructure',
      'energy',
      'digital',
      'connectivity',
      'logistics',
    ],
    discrepancies: [
      {
        about: 'who originated the C5+1 format',
        readings: [
          {
            source: '000_0a364ac0ce25e492.txt',
            quote:
              'Washington may have sought to brand its 2015 ministerial meetings as the genesis of the C5+1 format',
            reading: 'Washington presents its 2015 ministerial meetings as the start of the C5+1.',
          },
          {
            source: '000_0a364ac0ce25e492.txt',
            quote: 'the reality is that this approach was innovated much earlier, and further east',
            reading: 'The approach was Japan’s, from 2004; the US later rebranded it as C5+1.',
          },
          {
            source: '001_a2741695248c3d87.txt',
            quote: 'mechanism, created in 2004, was the first of its kind',
            reading: 'The Central Asia Plus Japan mechanism (2004) was the first C5+1 framework.',
          },
          {
            source: '002_0ae9a733e2d797e1.txt',
            quote:
              'Japan was the first country to initiate a dialogue with Central Asian countries in a C5+1 format in 2004',
            reading: 'Japan initiated the C5+1 format in 2004; others followed.',
          },
        ],
        note: 'All five documents credit Japan (2004); the US format dates from 2015.',
      },
      {
        about: 'whether the November 2025 Washington meeting was a summit',
        readings: [
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'Presidential Summit between Central Asia and the United States was held on November 6, 2025',
            reading: 'A C5+1 Presidential Summit.',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'the Presidential Office of Tajikistan described the meeting on its website as a',
            reading: 'Tajikistan called it a working dinner rather than a formal summit.',
          },
        ],
      },
    ],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'Even after the United States rebranded the concept as C5+1',
        quoteRu: 'Даже после того как Соединённые Штаты переименовали концепцию в С5+1',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'a business conference commemorating the 10th anniversary of the C5+1 was held on November 5',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'One of our key priorities is critical minerals.',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'diplomacy being deployed worldwide',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'the complete disappearance of Western norms',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'focused on strengthening relations in trade, economy, and investment, as well as investments in fields such as infrastructure, energy, and innovation',
      },
    ],
  },
  {
    id: 'china',
    name: { en: 'China', ru: 'Китай', ruOrigin: 'translation' },
    formatNames: [
      {
        name: 'China–Central Asia summit (C5+ format; the documents give no proper name)',
        since: 2022,
      },
    ],
    formatSince: 2022,
    approach:
      'A growing presence centred on logistics: the Belt and Road Initiative (announced in Kazakhstan in 2013), a prominent role in the Middle Corridor thanks to its cargo volume, the China–Kyrgyzstan–Uzbekistan Railway (begun 2024), a logistics hub at Xi’an (where Central Asian states opened consulates and trade offices) and the port of Lianyungang (where interior and security ministers met on BRI security). Its presence surged as an "alternative" after 2022. Its summits reaffirmed non-alignment and its presence and implied deterring Western involvement, but offered little new, and China’s aims in the format are unclear.',
    themes: ['logistics', 'connectivity', 'infrastructure', 'trade-investment', 'security'],
    discrepancies: [
      {
        about: 'formatSince',
        readings: [
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'were already held online as early as January 2022',
            reading: 'Leaders’ meetings with China were held online from January 2022.',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'The first in-person summit took place in Xi',
            reading:
              'The first in-person summit was in Xi’an in May 2023; the second in Astana in June 2025.',
          },
        ],
        note: 'formatSince uses the earliest leaders’ meeting the documents give (2022).',
      },
    ],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Given that China is the “world’s factory” with overwhelming cargo supply capacity, it is inevitable that it would take the initiative in the logistics sector.',
        quoteRu:
          'Поскольку Китай — «мировая фабрика» с огромными возможностями поставки грузов, неизбежно, что он возьмёт инициативу в сфере логистики.',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'China: Increasing presence centered on logistics',
      },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'It was in 2013 that Xi Jinping announced the' },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'terminal construction has since progressed as a key logistics hub',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a port that serves as a base for logistics to Central Asia among Chinese ports',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'to discuss ensuring the safety and security of the BRI',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'their commitment to non-alignment',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'it remained unclear what China specifically intended to achieve within this framework',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'both Russia and China embraced the C5+ format',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'holding regular C5+ summits with China, the United States, and the EU',
      },
    ],
  },
  {
    id: 'russia',
    name: { en: 'Russia', ru: 'Россия', ruOrigin: 'translation' },
    formatNames: [{ name: '"Central Asia plus Russia"', since: 2022 }],
    formatSince: 2022,
    approach:
      'The "former sovereign power", whose options are narrowing but whose economic and security hold remains strong: it regards the region as its sphere of influence, uses it as a lifeline under Western sanctions (new supply chains, import substitution, settlement mechanisms), and holds its summits alongside CIS meetings. Lavrov saw the Central Asia plus One format as a Western attempt to cut Central Asia off from Russia, so Russia gives the format itself little weight, though Putin values the region’s place in the former Soviet space.',
    themes: ['security', 'sanctions', 'trade-investment', 'logistics'],
    discrepancies: [
      {
        about: 'how Russia regards the C5+ format',
        readings: [
          {
            source: '000_0a364ac0ce25e492.txt',
            quote: 'both Russia and China embraced the C5+ format',
            reading: 'Russia, like China, embraced the C5+ format.',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'Russia does not seem to place much importance on the framework itself',
            reading:
              'Lavrov saw the format as a Western attempt to detach Central Asia; Russia gives it little importance, though it holds its own summits.',
          },
        ],
      },
      {
        about: 'formatSince',
        readings: [
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote:
              'The first “Central Asia plus Russia” summit hosted by Russia was held in October 2022 in Astana, Kazakhstan.',
            reading: 'The first Central Asia plus Russia summit was held in October 2022.',
          },
          {
            source: '000_0a364ac0ce25e492.txt',
            quote: 'both Russia and China embraced the C5+ format',
            reading: 'Russia embraced the C5+ format; no year is given.',
          },
        ],
        note: 'No document dates the start of the format itself: formatSince is the year of the first summit, the only date given. Earlier meetings at other levels are neither reported nor ruled out.',
      },
    ],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Central Asia remains a region with a particularly strong dependence on Russia in terms of both economy and security',
        quoteRu:
          'Центральная Азия остаётся регионом с особенно сильной зависимостью от России и в экономике, и в сфере безопасности',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Presence of the “Former Sovereign Power” with Limited Options',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a particularly strong dependence on Russia in terms of both economy and security',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'summit hosted by Russia was held in October 2022 in Astana, Kazakhstan',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Russia’s intent to utilize Central Asia as a lifeline under Western sanctions is evident',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Western attempt to sever Central Asia from Russia',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'both summits were held in conjunction with the meetings of the Council of Heads of State',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Since Russia regards Central Asia as part of its',
      },
    ],
  },
  {
    id: 'eu',
    name: { en: 'European Union', ru: 'Европейский союз', ruOrigin: 'translation' },
    formatNames: [{ name: 'C5+EU' }],
    approach:
      'A more distant but present partner that adopted its own C5+EU format, spurred after Russia’s 2022 invasion of Ukraine by the need for regional connectivity and to limit the fallout. Western states see the region as a target for "decoupling" from Russia and have become more restrained about pressing norms such as human rights. It held a summit with the region in 2025.',
    themes: ['connectivity', 'logistics', 'governance'],
    discrepancies: [
      {
        about: 'when the C5+EU format began',
        readings: [
          {
            source: '000_0a364ac0ce25e492.txt',
            quote:
              'spurred by the urgent need to address regional connectivity and mitigate the fallout',
            reading: 'Adopted "now", in response to the 2022 invasion; no year given.',
          },
          {
            source: '003_dceb15af33b4a574.txt',
            quote: 'holding regular C5+ summits with China, the United States, and the EU',
            reading: 'Central Asia holds regular C5+ summits with the EU; no start year.',
          },
          {
            source: '004_fc98498f9ba3ecfd.txt',
            quote: 'the EU and Italy also held summits',
            reading: 'The EU held a summit in 2025; no start year.',
          },
        ],
        note: 'No year is recorded for the start of the EU format.',
      },
    ],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'Even the European Union, spurred by the urgent need to address regional connectivity',
        quoteRu:
          'Даже Европейский союз, подталкиваемый острой необходимостью решать проблему региональной связанности',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'has now adopted its own C5+EU iteration',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the more distant but nonetheless present engagement of the European Union and the United States',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'they appear to have become more restrained in putting norms at the forefront',
      },
    ],
  },
  {
    id: 'italy',
    name: { en: 'Italy', ru: 'Италия', ruOrigin: 'translation' },
    formatNames: [
      { name: 'Central Asia–Italy summit (named only in passing; no format name given)' },
    ],
    approach:
      'Named only in passing: 004 notes that Italy, like the EU, held a summit with the Central Asian states in 2025. The documents say nothing of its approach, agenda or when its format began.',
    themes: [],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'it should be noted that the EU and Italy also held summits in addition to the countries mentioned in this article',
        quoteRu:
          'следует отметить, что ЕС и Италия также провели саммиты помимо стран, упомянутых в этой статье',
        ruOrigin: 'translation',
      },
    ],
  },
];
