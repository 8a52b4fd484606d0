import type { State } from '../types';

/**
 * The dataset's `states` collection. Russian names and capitals are not given by
 * the documents; they are the project's translation (`ruOrigin: 'translation'`),
 * and each record cites where the documents name the state.
 */
export const states: readonly State[] = [
  {
    id: 'KAZ',
    name: { en: 'Kazakhstan', ru: 'Казахстан', ruOrigin: 'translation' },
    capital: { en: 'Astana', ru: 'Астана', ruOrigin: 'translation' },
    neutral: false,
    profile: {
      en: 'Vast and thinly populated: a Kazakh analyst says it must be connected before its modernization can be discussed. It hosted the first Central Asia plus Japan foreign ministers’ meeting (Astana, 2004), the first summit with Russia (2022) and the second with China (2025).',
      ru: 'Обширная и малонаселённая страна: казахстанский аналитик говорит, что её нужно связать с миром, прежде чем обсуждать модернизацию. Она приняла первую встречу министров иностранных дел «Центральная Азия + Япония» (Астана, 2004), первый саммит с Россией (2022) и второй — с Китаем (2025).',
      ruOrigin: 'translation',
    },
    notes: [
      'Hosted the first Central Asia plus Japan foreign ministers’ meeting in Astana (2004) and the first expert dialogue in the format in Astana on 6 March (the report gives no year).',
      'Was to host the first Central Asia plus Japan summit in Astana in August 2024; it was put off after an earthquake warning in Japan (the documents differ on "postponed" versus "cancelled").',
      'Hosted the first Central Asia plus Russia summit (Astana, October 2022) and the second China–Central Asia summit (Astana, June 2025); Xi Jinping announced the Belt and Road Initiative in Kazakhstan in 2013.',
      'The head of KazISS calls the country vast, thinly populated and poorly connected, and says it must be connected before modernization can be discussed.',
      'President Tokayev refused, in Putin’s presence, to recognize the two eastern Ukrainian "People’s Republics", yet went to Russia for talks with Putin right after the November 2025 US summit.',
      'Around the 2025 US summit it was reported to buy up to 15 Boeing 787-9 aircraft and to sign 29 documents with the US in mining, energy, education and digital affairs.',
      'Tokayev is quoted as saying that middle powers must secure stability, peace and development in their own regions and beyond.',
    ],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan, and Uzbekistan',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'The first meeting of the foreign ministers was held in Astana in 2004',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'The Kazakh capital hosted the first-ever expert dialogue in Central Asia+Japan format on March 6',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'this summit was scheduled to take place in Astana, Kazakhstan, in August 2024',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'summit hosted by Russia was held in October 2022 in Astana, Kazakhstan',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'in June 2025, the second summit was held in Astana, Kazakhstan',
      },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'Initiative (BRI) in Kazakhstan' },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'with its vast territory and relatively small population',
      },
      { source: '002_0ae9a733e2d797e1.txt', quote: 'Kazakhstan must be connected' },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'President Kassym-Jomart Tokayev of Kazakhstan publicly stated in the presence of President Putin that he would not recognize the independence of the two',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'President Tokayev of Kazakhstan visited Russia to hold talks with President Putin',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Kazakhstan would purchase up to 15 Boeing 787-9 aircraft',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'were signed between Kazakhstan and the United States in sectors such as mining, energy, education, and digital affairs',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'it is the duty of middle powers to ensure greater stability, peace and development in their regions and beyond',
      },
    ],
  },
  {
    id: 'KGZ',
    name: { en: 'Kyrgyz Republic', ru: 'Кыргызская Республика', ruOrigin: 'translation' },
    capital: { en: 'Bishkek', ru: 'Бишкек', ruOrigin: 'translation' },
    neutral: false,
    profile: {
      en: 'Japan’s One Village, One Product programme works around Lake Issyk-Kul; the China–Kyrgyzstan–Uzbekistan Railway, begun in 2024, crosses it.',
      ru: 'Вокруг озера Иссык-Куль работает японская программа «Одна деревня — один продукт»; через страну идёт железная дорога Китай — Кыргызстан — Узбекистан, начатая в 2024 году.',
      ruOrigin: 'translation',
    },
    notes: [
      'Called the Kyrgyz Republic (000, 004) and Kyrgyzstan (001, 004).',
      'Site of Japan’s One Village, One Product (OVOP) programme around Lake Issyk-Kul: 29 production groups, about 250 people; it also helped bring Japanese brands such as Muji to the Kyrgyz market.',
      'On the China–Kyrgyzstan–Uzbekistan Railway, proposed since the 1990s and begun in 2024.',
      'The author of 004 previously served at the Embassy of Japan in the Kyrgyz Republic.',
    ],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan, and Uzbekistan',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, and Turkmenistan',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          '(OVOP) initiative in Kyrgyzstan, which supports 29 production groups around Lake Issyk-Kul, benefiting approximately 250 people',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'introduction of Japanese brands such as Muji into the Kyrgyz market',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'The China-Kyrgyzstan-Uzbekistan Railway, which had been proposed since the 1990s',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Attache/Researcher at the Embassy of Japan in the Kyrgyz Republic',
      },
    ],
  },
  {
    id: 'TJK',
    name: { en: 'Tajikistan', ru: 'Таджикистан', ruOrigin: 'translation' },
    capital: { en: 'Dushanbe', ru: 'Душанбе', ruOrigin: 'translation' },
    neutral: false,
    profile: {
      en: 'Its president told Putin not to treat Tajikistan as in Soviet times: “We want respect.” Dushanbe hosted the second summit with Russia (2025).',
      ru: 'Его президент сказал Путину не обращаться с Таджикистаном как в советское время: «Мы хотим уважения». Душанбе принял второй саммит с Россией (2025).',
      ruOrigin: 'translation',
    },
    notes: [
      'President Emomali Rahmon told Putin at an international conference not to treat Tajikistan as in Soviet times and that "we want respect".',
      'Dushanbe hosted the second Central Asia plus Russia summit in October 2025.',
      'Its presidential office called the November 2025 C5+1 meeting in Washington a "working dinner" rather than a formal summit.',
      'Reported to be buying US aircraft around the 2025 summit (reportedly 10, including 737s).',
    ],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan, and Uzbekistan',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'President Emomali Rahmon of Tajikistan drew significant attention when he addressed President Putin',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Do not treat us as if we were still in the Soviet era',
      },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'We want respect' },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'At the second summit held in Dushanbe, Tajikistan, in October 2025',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'the Presidential Office of Tajikistan described the meeting on its website as a',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Tajikistan would also purchase some (reportedly 10 aircraft, including 737s)',
      },
    ],
  },
  {
    id: 'TKM',
    name: { en: 'Turkmenistan', ru: 'Туркменистан', ruOrigin: 'translation' },
    capital: { en: 'Ashgabat', ru: 'Ашхабад', ruOrigin: 'translation' },
    neutral: true,
    profile: {
      en: 'Its neutrality is internationally recognized, and the informal nature of C5+ meetings accommodates it. The documents say little else about it.',
      ru: 'Нейтралитет страны признан международным сообществом, и неформальный характер встреч С5+ с ним считается. Больше документы о ней почти ничего не говорят.',
      ruOrigin: 'translation',
    },
    notes: [
      'Its internationally recognized neutrality is accommodated by the informal nature of C5+ meetings.',
      'Beyond that, the documents say nothing specific about Turkmenistan.',
    ],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'notably accommodating Turkmenistan’s internationally recognized neutrality',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan, and Uzbekistan',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Kazakhstan, Uzbekistan, Kyrgyzstan, Tajikistan, and Turkmenistan',
      },
    ],
  },
  {
    id: 'UZB',
    name: { en: 'Uzbekistan', ru: 'Узбекистан', ruOrigin: 'translation' },
    capital: { en: 'Tashkent', ru: 'Ташкент', ruOrigin: 'translation' },
    neutral: false,
    profile: {
      en: 'The United States lifted its ban on Uzbek cotton in 2019, after the leadership transition; the China–Kyrgyzstan–Uzbekistan Railway, begun in 2024, crosses it, and it made deals with the United States around the 2025 summit.',
      ru: 'США сняли запрет на узбекский хлопок в 2019 году, после смены руководства; через страну идёт железная дорога Китай — Кыргызстан — Узбекистан, начатая в 2024 году, а вокруг саммита 2025 года она заключила сделки с США.',
      ruOrigin: 'translation',
    },
    notes: [
      'The US import ban on Uzbek cotton, imposed over human rights, was lifted in 2019 after the leadership transition; a cotton supply contract between UzSanoatExport and Cargill was signed around the 2025 C5+1 summit.',
      'Its Ministry of Transport signed a memorandum of understanding with JBIC.',
      'Around the 2025 US summit it was reported to buy eight Boeing 787-9 aircraft and to invest in the United States over the next 10 years; its aluminium-profile maker akfa was to build a factory in Kentucky in a joint venture with a Turkish company.',
      'On the China–Kyrgyzstan–Uzbekistan Railway, begun in 2024.',
    ],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan, and Uzbekistan',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the United States had previously banned the import of Uzbek cotton due to the human rights situation in the country',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a ban that was lifted in 2019 following the leadership transition in Uzbekistan',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'a cotton supply contract between the Uzbek entity UzSanoatExport and the American company Cargill',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'Memorandum of Understanding signed between JBIC and Uzbekistan',
      },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'Uzbekistan would purchase eight' },
      { source: '004_fc98498f9ba3ecfd.txt', quote: 'it was reported that Uzbekistan would invest' },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a joint venture with a Turkish company to build a factory in Kentucky, USA',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'finally broke ground in 2024',
      },
    ],
  },
];
