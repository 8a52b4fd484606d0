import type { Route } from '../types';

/**
 * The dataset's `routes` collection. China's hubs at Xi'an and the port of
 * Lianyungang are kept in the China partner record: the documents describe them
 * as logistics hubs, not as routes.
 */
export const routes: readonly Route[] = [
  {
    id: 'trans-caspian-international-transport-route',
    name: 'Trans-Caspian International Transport Route',
    aliases: [
      'TITR',
      'Middle Corridor',
      'Middle (Trans-Caspian) Corridor',
      'Trans-Caspian transport corridor',
    ],
    summary:
      'Links East Asia (and China) with Europe via Central Asia, the Caspian and the South Caucasus (Azerbaijan is a key segment) while bypassing Russia. Its importance grew after the 2022 war in Ukraine, as traditional routes were disrupted, Japan needed Russia-free land routes to Europe under sanctions, and the Middle East and Suez sea lanes became harder to use. Bottlenecks: Caspian ports, border paperwork and weak software and hardware. Japan sees a role for its expertise and announced support; China takes a prominent part given its cargo volumes.',
    bypassesRussia: true,
    partners: ['japan', 'china'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'This route, which connects Asia with Europe while bypassing Russia, has gained heightened importance since the onset of the 2022 war in Ukraine',
        quoteRu:
          'Этот маршрут, связывающий Азию с Европой в обход России, приобрёл особое значение с началом войны в Украине в 2022 году',
        ruOrigin: 'translation',
      },
      { source: '000_0a364ac0ce25e492.txt', quote: 'most notably at Caspian ports' },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'issues related to border paperwork and limitations in both software and hardware systems',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'a logistics route connecting East Asia and Europe via Central Asia while bypassing Russia',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'participation in the development of the “Middle Corridor” has been prominent',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'the significance of Azerbaijan as a critical segment of the strategically important Middle (Trans-Caspian) Corridor',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'find land routes for transporting its goods to Europe that bypass Russia',
      },
    ],
  },
  {
    id: 'china-kyrgyzstan-uzbekistan-railway',
    name: 'China–Kyrgyzstan–Uzbekistan Railway',
    aliases: [],
    summary:
      'Proposed since the 1990s but held back by technical and budget problems; construction began in 2024, part of China’s post-2022 surge in the region. The documents do not say whether it bypasses Russia.',
    partners: ['china'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'The China-Kyrgyzstan-Uzbekistan Railway, which had been proposed since the 1990s but had not been realized due to technical and budgetary issues, finally broke ground in 2024',
      },
    ],
  },
  {
    id: 'suez-middle-east-maritime-routes',
    name: 'Maritime routes via Middle Eastern waters and the Suez Canal',
    aliases: ['Suez Canal route', 'Middle Eastern waters'],
    summary:
      'The sea lanes between East Asia and Europe that have become harder to use, one reason for the attention to the Middle Corridor. Recorded as the alternative being avoided; the documents give no more detail.',
    partners: [],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the increasing difficulty of using maritime routes such as the Middle Eastern waters and the Suez Canal',
        quoteRu:
          'растущие трудности с использованием морских путей, таких как ближневосточные воды и Суэцкий канал',
        ruOrigin: 'translation',
      },
    ],
  },
];
