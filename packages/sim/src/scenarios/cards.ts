/**
 * Random events that can happen in any era. They are not historical, so they
 * carry no citation; scenarios add their own historical cards.
 */
import type { EventCard } from '../model/scenario';

/** Cards every scenario may draw. */
export const COMMON_CARDS: readonly EventCard[] = [
  {
    id: 'commodity-slump',
    title: 'Commodity prices slump',
    text: 'Oil and metal prices fall; exporters’ budgets tighten.',
    effects: [{ kind: 'indicator', state: 'all', indicator: 'prosperity', delta: -3 }],
  },
  {
    id: 'water-dispute',
    title: 'A dry summer strains shared rivers',
    text: 'Upstream and downstream states argue over water releases.',
    effects: [
      { kind: 'cohesion', delta: -5 },
      { kind: 'indicator', state: 'random', indicator: 'security', delta: -3 },
    ],
  },
  {
    id: 'border-incident',
    title: 'A border incident',
    text: 'A clash on an undemarcated border tests regional trust.',
    effects: [
      { kind: 'cohesion', delta: -6 },
      { kind: 'indicator', state: 'random', indicator: 'security', delta: -4 },
    ],
  },
  {
    id: 'remittance-drop',
    title: 'Remittances fall',
    text: 'A downturn in the main labour market cuts migrants’ earnings sent home.',
    effects: [
      { kind: 'indicator', state: 'KGZ', indicator: 'prosperity', delta: -4 },
      { kind: 'indicator', state: 'TJK', indicator: 'prosperity', delta: -4 },
    ],
  },
  {
    id: 'good-harvest',
    title: 'A good harvest',
    text: 'Favourable weather lifts farm output across the region.',
    effects: [{ kind: 'indicator', state: 'all', indicator: 'prosperity', delta: 2 }],
  },
  {
    id: 'regional-summit-goodwill',
    title: 'Leaders meet among themselves',
    text: 'A consultative meeting of the five leaders clears old disputes.',
    effects: [{ kind: 'cohesion', delta: 5 }],
  },
  {
    id: 'great-power-tension',
    title: 'Great-power tension rises',
    text: 'Rival powers watch the region’s choices more closely.',
    effects: [
      { kind: 'suspicion', state: 'all', partner: 'russia', delta: 5 },
      { kind: 'suspicion', state: 'all', partner: 'china', delta: 3 },
      { kind: 'suspicion', state: 'all', partner: 'usa', delta: 3 },
    ],
  },
  {
    id: 'university-exchange',
    title: 'A university exchange programme opens',
    text: 'Scholarships bring students abroad and back.',
    effects: [{ kind: 'indicator', state: 'random', indicator: 'humanCapital', delta: 3 }],
  },
];
