import type { Person } from '../types';

/**
 * The dataset's `people` collection: everyone the documents name, with the role
 * they give. Sorted by the earliest date the documents tie to the person;
 * authors and cited scholars follow. A state id is used as the country for the
 * five; otherwise the country name in English, and none where the text gives none.
 */
export const people: readonly Person[] = [
  {
    id: 'ryutaro-hashimoto',
    name: 'Ryutaro Hashimoto',
    nameRu: 'Рютаро Хасимото',
    ruOrigin: 'translation',
    role: 'Prime Minister of Japan who launched Silk Road (Eurasian) Diplomacy in 1997',
    country: 'Japan',
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'the Silk Road diplomacy launched in 1997 by then-Prime Minister Ryutaro Hashimoto',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Prime Minister Hashimoto Ryutaro’s “[Eurasian Diplomacy](#)” (1997)',
      },
    ],
  },
  {
    id: 'junichiro-koizumi',
    name: 'Junichiro Koizumi',
    nameRu: 'Дзюнъитиро Коидзуми',
    ruOrigin: 'translation',
    role: 'Prime Minister of Japan who in 2002 urged attention to Central Asia and proposed the Silk Road Energy Initiative',
    country: 'Japan',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          '2002, In then-Prime Minister Junichiro Koizumi emphasized the need to "pay attention to Central Asia"',
      },
    ],
  },
  {
    id: 'yoriko-kawaguchi',
    name: 'Yoriko Kawaguchi',
    nameRu: 'Ёрико Кавагути',
    ruOrigin: 'translation',
    role: 'Foreign Minister of Japan who introduced the Central Asia plus Japan Dialogue in August 2004',
    country: 'Japan',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'This dialogue was first introduced in August 2004 by then Foreign Minister Yoriko Kawaguchi',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'the dialogue with Central Asia launched in 2004 by then-Foreign Minister Yoriko Kawaguchi',
      },
    ],
  },
  {
    id: 'taro-aso',
    name: 'Taro Aso',
    nameRu: 'Таро Асо',
    ruOrigin: 'translation',
    role: 'Author of the 2006 "Arc of Freedom and Prosperity" concept; 004 titles him Prime Minister and writes "Aso Taro"',
    country: 'Japan',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Prime Minister Aso Taro’s “[Arc of Freedom and Prosperity](#)” (2006)',
      },
    ],
  },
  {
    id: 'shinzo-abe',
    name: 'Shinzo Abe',
    nameRu: 'Синдзо Абэ',
    ruOrigin: 'translation',
    role: 'Prime Minister of Japan; returned to power, renewed the focus on Central Asia and toured all five states in 2015',
    country: 'Japan',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Following Shinzo Abe's return to power, Japan renewed its strategic focus on Central Asia",
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Prime Minister Abe Shinzo’s tour of Central Asia in 2015',
      },
    ],
  },
  {
    id: 'xi-jinping',
    name: 'Xi Jinping',
    nameRu: 'Си Цзиньпин',
    ruOrigin: 'translation',
    role: 'Chinese leader who announced the Belt and Road Initiative in Kazakhstan in 2013 (the documents give no title)',
    country: 'China',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'It was in 2013 that Xi Jinping announced the “Belt and Road” Initiative (BRI) in Kazakhstan.',
      },
    ],
  },
  {
    id: 'yoshihide-suga',
    name: 'Yoshihide Suga',
    nameRu: 'Ёсихидэ Суга',
    ruOrigin: 'translation',
    role: 'Prime Minister of Japan after Abe, with a lower strategic focus on Central Asia',
    country: 'Japan',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'the administrations of Prime Ministers Shinzo Abe, Yoshihide Suga, and Fumio Kishida',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'the subsequent Suga and Kishida administrations have shown a relatively lower strategic focus',
      },
    ],
  },
  {
    id: 'fumio-kishida',
    name: 'Fumio Kishida',
    nameRu: 'Фумио Кисида',
    ruOrigin: 'translation',
    role: 'Prime Minister of Japan who scheduled the first summit for August 2024, then cancelled his visit',
    country: 'Japan',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Prime Minister Fumio Kishida is scheduled to attend the first Japan-Central Asia Summit in August 2024',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'then-Prime Minister Kishida Fumio canceled his visit, and the summit was called off',
      },
    ],
  },
  {
    id: 'yasumasa-iijima',
    name: 'Yasumasa Iijima',
    nameRu: 'Ясумаса Иидзима',
    ruOrigin: 'translation',
    role: 'Ambassador of Japan to Kazakhstan',
    country: 'Japan',
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'Ambassador of Japan to Kazakhstan Yasumasa Iijima',
      },
    ],
  },
  {
    id: 'yerkin-tukumov',
    name: 'Yerkin Tukumov',
    nameRu: 'Еркин Тукумов',
    ruOrigin: 'translation',
    role: 'Director of the Kazakhstan Institute for Strategic Studies (KazISS)',
    country: 'KAZ',
    sources: [
      { source: '002_0ae9a733e2d797e1.txt', quote: 'According to Yerkin Tukumov, KazISS director' },
    ],
  },
  {
    id: 'tomoyuki-yoshida',
    name: 'Tomoyuki Yoshida',
    nameRu: 'Томоюки Ёсида',
    ruOrigin: 'translation',
    role: 'Chief executive director of the Japan Institute of International Affairs',
    country: 'Japan',
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Tomoyuki Yoshida, the chief executive director of the Japan Institute of International Affairs',
      },
    ],
  },
  {
    id: 'tomohiko-uyama',
    name: 'Tomohiko Uyama',
    nameRu: 'Томохико Уяма',
    ruOrigin: 'translation',
    role: 'Professor at the Slavic-Eurasian Research Center, Hokkaido University; leading Japanese expert on Central Asia',
    country: 'Japan',
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Tomohiko Uyama, the professor at the Slavic-Eurasian Research Center at the Hokkaido University',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Tomohiko Uyama, a leading Japanese',
      },
    ],
  },
  {
    id: 'kassym-jomart-tokayev',
    name: 'Kassym-Jomart Tokayev',
    nameRu: 'Касым-Жомарт Токаев',
    ruOrigin: 'translation',
    role: 'President of Kazakhstan',
    country: 'KAZ',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'President Kassym-Jomart Tokayev of Kazakhstan publicly stated in the presence of President Putin',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'President Tokayev of Kazakhstan is right when he says',
      },
    ],
  },
  {
    id: 'emomali-rahmon',
    name: 'Emomali Rahmon',
    nameRu: 'Эмомали Рахмон',
    ruOrigin: 'translation',
    role: 'President of Tajikistan; told Putin at an international conference not to treat Tajikistan as in Soviet times',
    country: 'TJK',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'President Emomali Rahmon of Tajikistan drew significant attention when he addressed President Putin at an international conference',
      },
    ],
  },
  {
    id: 'vladimir-putin',
    name: 'Putin',
    nameRu: 'Путин',
    ruOrigin: 'translation',
    role: 'President of Russia (the documents give only the surname)',
    country: 'Russia',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'President Tokayev of Kazakhstan visited Russia to hold talks with President Putin',
      },
    ],
  },
  {
    id: 'sergey-lavrov',
    name: 'Lavrov',
    nameRu: 'Лавров',
    ruOrigin: 'translation',
    role: 'Foreign Minister of Russia, who saw the "Central Asia plus One" framework as a Western attempt to cut the region off from Russia (the documents give only the surname)',
    country: 'Russia',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Originally, Russian Foreign Minister Lavrov viewed the “Central Asia plus One” framework as a “Western attempt to sever Central Asia from Russia,”',
      },
    ],
  },
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    nameRu: 'Дональд Трамп',
    ruOrigin: 'translation',
    role: 'President of the United States, returned to power; hosted the November 2025 C5+1 summit',
    country: 'United States',
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'the return of Donald Trump to power in the United States',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'President Donald Trump explicitly stated, “One of our key priorities is critical minerals.”',
      },
    ],
  },
  {
    id: 'sanae-takaichi',
    name: 'Sanae Takaichi',
    nameRu: 'Санаэ Такаити',
    ruOrigin: 'translation',
    role: 'Prime Minister of Japan at the first CA+JAD summit, December 2025',
    country: 'Japan',
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'Japanese Prime Minister Sanae Takaichi places high hopes on the upcoming talks.',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Prime Minister Takaichi Sanae set a target of 3 trillion yen in investments',
      },
    ],
  },
  {
    id: 'miras-zhiyenbayev',
    name: 'Miras Zhiyenbayev',
    nameRu: 'Мирас Жиенбаев',
    ruOrigin: 'translation',
    role: 'Head of the Foreign Policy and International Studies Program at MIND, Maqsut Narikbayev University; author of 000',
    country: 'KAZ',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'The author is Miras Zhiyenbayev, the head of the Foreign Policy and International Studies Program at Maqsut Narikbayev University’s MIND',
      },
    ],
  },
  {
    id: 'yi-sun',
    name: 'Yi Sun',
    nameRu: 'Сунь И',
    ruOrigin: 'translation',
    role: 'Author of 001, Northwest Normal University',
    sources: [
      { source: '001_a2741695248c3d87.txt', quote: 'YI SUN\n\nNorthwest Normal University' },
    ],
  },
  {
    id: 'k-k-shakirova',
    name: 'Shakirova K.K.',
    nameRu: 'Шакирова К. К.',
    ruOrigin: 'translation',
    role: 'Reviewer of 001 (Рецензент); Doctor of Economic Sciences, acting professor',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Рецензент: д.э.н., и.о. профессора Шакирова К.К.',
      },
    ],
  },
  {
    id: 'ryota-saito',
    name: 'Ryota Saito',
    nameRu: 'Рёта Сайто',
    ruOrigin: 'translation',
    role: 'Researcher, Institute for Russian & NIS Economic Studies, Japan Business Association ROTOBO; author of 004 (written "Saito Ryota"; born 1986)',
    country: 'Japan',
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'Saito Ryota, Researcher, Institute for Russian & NIS Economic Studies, Japan Business Association ROTOBO',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'Born in 1986. He graduated from the University of Tsukuba',
      },
    ],
  },
  {
    id: 'b-bryan-barber',
    name: 'B. Bryan Barber',
    nameRu: 'Б. Брайан Барбер',
    ruOrigin: 'translation',
    role: 'Author of a 2018 article on Japan’s diplomacy with the Central Asian republics, cited by 001',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'B. Bryan Barber, "Far, yet so Near: Normativity in Japan\'s Diplomacy with the Central Asian Republics,"',
      },
    ],
  },
  {
    id: 'nikolay-murashkin',
    name: 'Nikolay Murashkin',
    nameRu: 'Николай Мурашкин',
    ruOrigin: 'translation',
    role: 'Author of a 2019 study of Japan and Central Asia, cited by 001',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Nikolay Murashkin, "Japan and Central Asia: Do Diplomacy and Business Go Hand- in Hand?"',
      },
    ],
  },
  {
    id: 'sergey-zhiltsov',
    name: 'Sergey Zhiltsov',
    nameRu: 'Сергей Жильцов',
    ruOrigin: 'translation',
    role: 'Author of a 2021 article on external actors’ multilateral mechanisms in Central Asia, cited by 001',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Sergey Zhiltsov, "External Actors in Central Asia: Multilateral Cooperation Mechanisms,"',
      },
    ],
  },
  {
    id: 's-frederick-starr',
    name: 'S. Frederick Starr',
    nameRu: 'С. Фредерик Старр',
    ruOrigin: 'translation',
    role: 'Author of "A partnership for Central Asia" (Foreign Affairs, 2005), cited by 001',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'S. Frederick Starr, "A partnership for Central Asia," Foreign Affairs',
      },
    ],
  },
  {
    id: 'takeshi-yuasa',
    name: 'Takeshi Yuasa',
    nameRu: 'Такэси Юаса',
    ruOrigin: 'translation',
    role: 'Author of a 2007 article on Japan’s multilateral approach to Central Asia, cited by 001 (given as "Yuasa Takeshi")',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Yuasa Takeshi, "Japan\'s Multilateral Approach toward Central Asia,"',
      },
    ],
  },
];
