import type { Argument } from '../types';

/**
 * The dataset's `arguments` collection: positions the five documents argue,
 * grouped by document. Every quote of an argument is from its own document.
 * (Exported as `documentArguments`: `arguments` cannot name a binding in
 * strict-mode JavaScript, though it is the collection's key in `dataset`.)
 */
export const documentArguments: readonly Argument[] = [
  // 000: Zhiyenbayev on why the minilateral format suits the region.
  {
    id: 'c5plus-strategic-flexibility',
    document: '000_0a364ac0ce25e492.txt',
    arguedBy: 'miras-zhiyenbayev',
    claim:
      'The C5+ format gives Central Asia strategic flexibility: it can work with many partners, from East Asia to Europe and North America, without zero-sum choices and without arousing any one power’s suspicion.',
    kind: 'benefit',
    themes: [],
    partners: [],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'For Central Asia, the C5+ format offers a critical advantage: strategic flexibility.',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'without being forced into zero-sum choices or triggering undue suspicion from any single power',
      },
    ],
  },
  {
    id: 'c5plus-avoids-collateral-damage',
    document: '000_0a364ac0ce25e492.txt',
    arguedBy: 'miras-zhiyenbayev',
    claim:
      'By sticking to practical cooperation and avoiding politically charged commitments, the format lowers the risk that the region becomes collateral damage in great-power rivalry, and builds trust.',
    kind: 'benefit',
    themes: ['security'],
    partners: [],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the C5+ format minimizes the risk of Central Asia becoming collateral damage in great power rivalries',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'By focusing on practical cooperation and avoiding politically charged commitments',
      },
    ],
  },
  {
    id: 'c5plus-collective-voice-with-diversity',
    document: '000_0a364ac0ce25e492.txt',
    arguedBy: 'miras-zhiyenbayev',
    claim:
      'Informal meetings respect the five states’ different foreign policies, Turkmenistan’s neutrality included, while letting them speak louder together and keep their own bilateral ties.',
    kind: 'benefit',
    themes: [],
    partners: [],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'The informal nature of C5+ meetings respects the diverse foreign policy orientations within Central Asia itself',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'notably accommodating Turkmenistan’s internationally recognized neutrality',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'It allows all five states to collectively amplify their regional voice on issues of shared concern',
      },
    ],
  },
  {
    id: 'trans-caspian-bottlenecks',
    document: '000_0a364ac0ce25e492.txt',
    arguedBy: 'miras-zhiyenbayev',
    claim:
      'The Trans-Caspian route that bypasses Russia is held back by bottlenecks at the Caspian ports, border paperwork and weak software and hardware, which is where Japan’s expertise and resources can help most.',
    kind: 'challenge',
    themes: ['connectivity', 'logistics', 'customs', 'infrastructure'],
    partners: ['japan'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the TITR faces substantial challenges, including infrastructure bottlenecks—most notably at Caspian ports',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'This is precisely where Japan’s expertise and resources can make a significant impact.',
      },
    ],
  },
  // 001: Yi Sun on the mechanism's history and its limits.
  {
    id: 'japan-distance-transport-costs',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim:
      'Japan and Central Asia are far apart, so transport makes their trade and investment expensive.',
    kind: 'challenge',
    themes: ['logistics', 'trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Japan and the Central Asian countries are geographically distant from each other, resulting in high transportation costs for trade and investment',
      },
    ],
  },
  {
    id: 'japan-weak-inter-industry-demand',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim:
      'The two economies stand at different levels and stages of development, so their industries need relatively little from each other.',
    kind: 'challenge',
    themes: ['trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'They are also at different levels and stages of economic development, with relatively weak inter-industry demand.',
      },
    ],
  },
  {
    id: 'japan-few-private-firms',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim: 'Too few Japanese private companies take part in economic cooperation with the region.',
    kind: 'challenge',
    themes: ['trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'the participation of Japanese private enterprises in economic cooperation with Central Asia still needs',
      },
    ],
  },
  {
    id: 'japan-follows-us-deployment',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim:
      'Japan’s economic cooperation with Central Asia has to follow the strategy the United States deploys in the region, so no big breakthrough is likely soon.',
    kind: 'challenge',
    themes: ['trade-investment'],
    partners: ['japan', 'usa'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Japan's economic and trade cooperation with Central Asia must follow the United States' strategic deployment in the region",
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'it is unlikely that Japan will achieve significant breakthroughs in its economic and trade cooperation with Central Asia in the short term',
      },
    ],
  },
  {
    id: 'japan-competes-with-russia',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim:
      'Japan must also navigate geopolitical competition with Russia in the region, amid a wider rivalry among major powers.',
    kind: 'challenge',
    themes: ['security'],
    partners: ['japan', 'russia'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'navigate the geopolitical competition with Russia',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'against the backdrop of geopolitical competition and the rivalry among major powers, the cooperation mechanism still faces many challenges',
      },
    ],
  },
  {
    id: 'japan-dominated-asymmetry',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim:
      'Japan has dominated the mechanism from the start; as the region grows more autonomous, Japan is moving it toward consultation on common interests to keep the Central Asian states willing to cooperate.',
    kind: 'explanation',
    themes: ['governance'],
    partners: ['japan'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'cooperation mechanism have been largely dominated by Japan',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'in order to enhance the cooperation willingness of the Central Asian countries, Japan has consciously sought to change this asymmetrical situation',
      },
    ],
  },
  // 002: the expert dialogue in Astana.
  {
    id: 'tukumov-relations-below-potential',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'yerkin-tukumov',
    claim:
      'Relations between Japan and the region fall far short of their potential, and the region must help shape the changing world rather than watch.',
    kind: 'challenge',
    themes: [],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'absolutely does not meet the potential that should be there',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'This is not a moment to simply observe — we must try to shape the world we want to live in.',
      },
    ],
  },
  {
    id: 'tukumov-human-capital-lag',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'yerkin-tukumov',
    claim:
      'Japan could do most for the region by strengthening its human capital through education and scholarships, yet in education it still lags far behind the United States and Western Europe.',
    kind: 'challenge',
    themes: ['education', 'human-resources'],
    partners: ['japan', 'usa'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'Japan can play a crucial role in strengthening our human capital',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Japan still lags far behind the United States, Western Europe, and several other countries',
      },
    ],
  },
  {
    id: 'tukumov-beyond-commodities',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'yerkin-tukumov',
    claim:
      'As the oil and commodity cycles end, the region needs a longer horizon with Japan, drawing Japanese investment into high-tech and non-resource sectors.',
    kind: 'challenge',
    themes: ['trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'Those who fail to adapt in time will face stagnation and decline.',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'attract Japanese investment into our high-tech and non-resource sectors of the economy',
      },
    ],
  },
  {
    id: 'tukumov-connect-kazakhstan',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'yerkin-tukumov',
    claim:
      'Modernization is hard to discuss while vast, thinly populated Kazakhstan, and the region as a whole, stay poorly connected; Japanese transport expertise such as the Shinkansen could help.',
    kind: 'challenge',
    themes: ['connectivity', 'logistics', 'infrastructure'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'remains poorly connected, it will be very difficult to talk about modernization. Kazakhstan must be connected',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'crucial role in the transport and logistics industry, bringing the Shinkansen system as an example',
      },
    ],
  },
  {
    id: 'yoshida-shared-values',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomoyuki-yoshida',
    claim:
      'Shared values and norms, and a shared place between major powers (both are surrounded by them), make Central Asia a fitting partner for Japan in upholding a declining order based on the rule of law.',
    kind: 'benefit',
    themes: ['governance'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Yoshida stressed the shared values and norms with Japan make Central Asia a “very appropriate and plausible partner.”',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'the shared geopolitical reality of Japan and Central Asia, with both surrounded by major powers',
      },
    ],
  },
  {
    id: 'yoshida-stem-exchanges',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomoyuki-yoshida',
    claim:
      'Human capital is where mutual understanding can grow: Japan could focus on students and universities in science, technology, engineering and mathematics, as it does in Southeast Asia and Mongolia.',
    kind: 'benefit',
    themes: ['education', 'human-resources'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Particular attention could be [given] to students and universities, who study science, technology, engineering, and mathematics',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Japan has been implementing similar cooperation programs in Southeast Asia and Mongolia',
      },
    ],
  },
  {
    id: 'uyama-support-multi-vector',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomohiko-uyama',
    claim:
      'Japan should back the region’s multi-vector diplomacy and its initiatives at the UN, to rebuild together a world order of multilateralism and equality among states of every size.',
    kind: 'benefit',
    themes: ['governance'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Japan should support their multi-vector diplomacy, especially in relation to European and Asian democracies.',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'together contribute to the reconstruction of a world order based on multilateralism and equal relations among all countries',
      },
    ],
  },
  {
    id: 'uyama-world-order-crisis',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomohiko-uyama',
    claim:
      'Russia’s invasion of Ukraine, the war in Gaza and Trump’s return have thrown the world order into crisis, and major powers now make deals at smaller nations’ expense.',
    kind: 'challenge',
    themes: ['security'],
    partners: ['russia', 'usa'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'The Russian invasion of Ukraine, the war in Gaza, and the return of Donald Trump to power in the United States have brought the world order into crisis',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'it is also about major powers making deals at the expense of smaller nations',
      },
    ],
  },
  {
    id: 'uyama-japan-as-middle-power',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomohiko-uyama',
    claim:
      'Though developed, Japan sits beside major powers with limited military capacity, much like a middle power; and middle powers, as Tokayev says, must secure stability in their own regions.',
    kind: 'explanation',
    themes: ['security'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'the country’s proximity to major powers and limited military capacity, placing it in a position similar to that of middle powers',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'it is the duty of middle powers to ensure greater stability, peace and development in their regions and beyond',
      },
    ],
  },
  // 003: an unsigned article written before the December 2025 summit.
  {
    id: 'passivity-differing-views',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'Relations were long passive because the initiative lacked a driving force: the Central Asian leaders held differing views on foreign policy.',
    kind: 'explanation',
    themes: [],
    partners: ['japan'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'the initiative lacked an additional driving force',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'the leaders of the Central Asian states held differing views on foreign policy',
      },
    ],
  },
  {
    id: 'passivity-stagnant-japanese-economy',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'Japan’s long economic stagnation limited its foreign investment, and trade between Japan and the region stayed very small.',
    kind: 'explanation',
    themes: ['trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'the Japanese economy remained stagnant for a long period, which limited the country’s ability to pursue an active foreign investment policy',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'the volume of trade between the Land of the Rising Sun and Central Asia was more than modest',
      },
    ],
  },
  {
    id: 'war-moves-japanese-firms',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'The 2022 war made cooperation urgent: Japanese companies based in Russia began moving to Central Asia, changing the market and calling for a fresh look at the region.',
    kind: 'explanation',
    themes: ['trade-investment'],
    partners: ['japan', 'russia'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'Japan and Central Asia discovered an urgent need to strengthen cooperation',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'many Japanese companies previously based in Russia began relocating to Central Asia',
      },
    ],
  },
  {
    id: 'japan-needs-routes-bypassing-russia',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'Because Japan takes part in the sanctions on Russia, it needs land routes to Europe that bypass Russia, which run through Central Asia.',
    kind: 'explanation',
    themes: ['connectivity', 'logistics', 'sanctions'],
    partners: ['japan', 'russia'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'the pressing need for Tokyo to find land routes for transporting its goods to Europe that bypass Russia, as Japan participates in sanctions against the country',
      },
    ],
  },
  {
    id: 'diversify-away-from-china-russia',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'The region, increasingly united, sees overreliance on China and Russia as a vulnerability, so diversifying its economic ties (with Japan among others) strengthens its political and economic security.',
    kind: 'benefit',
    themes: ['trade-investment', 'security'],
    partners: ['china', 'russia', 'japan'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'For Central Asian states, diversifying foreign economic relations is essential to strengthening political and economic security.',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'reasonably perceive as a vulnerability an overreliance on China and Russia in economic ties',
      },
    ],
  },
  // 004: Saito on the major powers' approaches and Japan's place among them.
  {
    id: 'japan-low-priority-timing',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'Abe’s 2015 tour and Kishida’s planned 2024 summit both came just before their governments stepped down: evidence that Japanese governments have not given Central Asia high priority.',
    kind: 'challenge',
    themes: [],
    partners: ['japan'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'were either conducted or set to take place just before the stepping down of their respective administrations',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'diplomacy toward Central Asia has not necessarily been granted high priority by successive Japanese governments',
      },
    ],
  },
  {
    id: 'japan-niche-from-experience',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'Japan’s summit priorities draw on its own experience and needs: its lessons as a disaster-prone nation, and its labour shortage matched with the region’s young people who lack jobs at home.',
    kind: 'benefit',
    themes: ['disaster-resilience', 'human-resources'],
    partners: ['japan'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the detailed thematic settings reflect the strengths of Japan’s accumulated experience',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'matching the needs of Japan, which faces domestic labor shortages, with those of Central Asian countries',
      },
    ],
  },
  {
    id: 'landlocked-logistics-costs',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'The region is landlocked: shipping from Japan costs six to nine times as much as to Hamburg, which is why the summit’s Connectivity priority aims at logistics.',
    kind: 'challenge',
    themes: ['logistics', 'connectivity'],
    partners: ['japan'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the cost of logistics from Japan to Central Asian countries is six to nine times higher than that of transport to Hamburg',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'there is an evident intention to improve the logistics environment',
      },
    ],
  },
  {
    id: 'russia-dependence-persists',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'Despite talk of distancing, the region depends strongly on Russia for its economy and security, and gains from sanctions-circumventing trade, so no rapid break with Russia is likely; its leaders still show Russia consideration.',
    kind: 'explanation',
    themes: ['security', 'sanctions', 'trade-investment'],
    partners: ['russia'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a particularly strong dependence on Russia in terms of both economy and security',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a rapid “departure from Russia” is unlikely, at least in the short term',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'consideration toward Russia remains indispensable for Central Asia',
      },
    ],
  },
  {
    id: 'us-deal-making',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'The United States treats Central Asia as one more field for worldwide deal-making, centred on critical minerals and aircraft, without giving the region distinct strategic weight.',
    kind: 'challenge',
    themes: ['critical-minerals', 'trade-investment'],
    partners: ['usa'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'A stance of placing specific, strategic importance on Central Asia as a region was not clearly visible',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'It is possible that rare earths and aircraft were the centerpieces of this “deal” with Central Asia.',
      },
    ],
  },
  {
    id: 'interests-over-norms',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'Since the invasion of Ukraine, major powers pursue their interests rather than norms; Western states, which once clashed with the region over human rights, now put norms in the background to win it over.',
    kind: 'explanation',
    themes: ['governance'],
    partners: ['usa', 'eu'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'has taken on a stronger tone of greedily pursuing interests rather than emphasizing norms',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'they appear to have become more restrained in putting norms at the forefront',
      },
    ],
  },
];
