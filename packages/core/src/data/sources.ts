import type { SourceDocument } from '../types';

/** The dataset's `sources` collection. */
export const sources: readonly SourceDocument[] = [
  {
    id: '000_0a364ac0ce25e492.txt',
    title:
      'How Japan-originated C5+ format helps the least integrated region navigate global power rivalry',
    authors: ['Miras Zhiyenbayev'],
    outlet: 'The Astana Times (opinion; the text carries no date)',
    language: 'en',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'How Japan-originated C5+ format helps the least integrated region navigate global power rivalry',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'The author is Miras Zhiyenbayev, the head of the Foreign Policy and International Studies Program',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'those of the author and do not necessarily reflect the position of The Astana Times',
      },
    ],
  },
  {
    id: '001_a2741695248c3d87.txt',
    title:
      "The Current Development and Prospects of Japan's Promotion of Cooperation Mechanisms with Central Asia",
    authors: ['Yi Sun'],
    outlet:
      'Journal article, DOI 10.58649/1694-8033-2025-1(121)-224-231, Northwest Normal University affiliation (the journal is not named in the text)',
    language: 'en (body); abstract also in Kyrgyz and Russian',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "THE CURRENT DEVELOPMENT AND PROSPECTS OF JAPAN'S PROMOTION OF COOPERATION MECHANISMS WITH CENTRAL ASIA",
      },
      { source: '001_a2741695248c3d87.txt', quote: 'DOI 10.58649/1694-8033-2025-1(121)-224-231' },
      { source: '001_a2741695248c3d87.txt', quote: 'YI SUN\n\nNorthwest Normal University' },
      { source: '001_a2741695248c3d87.txt', quote: 'Северо-Западный педагогический университет' },
    ],
  },
  {
    id: '002_0ae9a733e2d797e1.txt',
    title:
      'Report on the first expert dialogue in the Central Asia+Japan format, Astana (no headline in the text)',
    authors: [],
    outlet: 'The Astana Times (astanatimes.com)',
    language: 'en',
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'The Kazakh capital hosted the first-ever expert dialogue in Central Asia+Japan format on March 6',
      },
      { source: '002_0ae9a733e2d797e1.txt', quote: 'he told The Astana Times' },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'similar to that of middle powers.\nastanatimes.com',
      },
    ],
  },
  {
    id: '003_dceb15af33b4a574.txt',
    title: 'A region of growing cooperation Japan engages with Central Asia',
    authors: [],
    language: 'en',
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'A region of growing cooperation Japan engages with Central Asia',
      },
    ],
  },
  {
    id: '004_fc98498f9ba3ecfd.txt',
    title:
      'Japan\'s Strategy as a Pioneer in Central Asian Diplomacy: Observations from the First "Central Asia plus Japan" Dialogue Summit',
    authors: ['Saito Ryota'],
    outlet:
      'Gaiko (Diplomacy), Vol. 95, Jan./Feb. 2026, pp. 126–131; English translation, courtesy of Jiji Press',
    dateAsGiven: '[March 2026]',
    language: 'en (translated from Japanese)',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Japan\'s Strategy as a Pioneer in Central Asian Diplomacy: Observations from the First "Central Asia plus Japan" Dialogue Summit',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Saito Ryota, Researcher, Institute for Russian & NIS Economic Studies, Japan Business Association ROTOBO',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Gaiko (Diplomacy), Vol. 95 Jan. / Feb. 2026, pp. 126–131. (Courtesy of Jiji Press) [March 2026]',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Translated from “Tai-Chuoajia Gaiko Kusawake Nihon no Senryaku wa',
      },
    ],
  },
];
