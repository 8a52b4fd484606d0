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
    claimRu:
      'Формат С5+ даёт Центральной Азии стратегическую гибкость: она может работать со многими партнёрами — от Восточной Азии до Европы и Северной Америки — без выбора с нулевой суммой и не вызывая подозрений ни у одной из держав.',
    ruOrigin: 'translation',
    kind: 'benefit',
    themes: [],
    partners: [],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'For Central Asia, the C5+ format offers a critical advantage: strategic flexibility.',
        quoteRu:
          'Для Центральной Азии формат С5+ даёт важнейшее преимущество — стратегическую гибкость.',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'without being forced into zero-sum choices or triggering undue suspicion from any single power',
        quoteRu:
          'не будучи вынужденной делать выбор с нулевой суммой и не вызывая излишних подозрений у какой-либо одной державы',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'c5plus-avoids-collateral-damage',
    document: '000_0a364ac0ce25e492.txt',
    arguedBy: 'miras-zhiyenbayev',
    claim:
      'By sticking to practical cooperation and avoiding politically charged commitments, the format lowers the risk that the region becomes collateral damage in great-power rivalry, and builds trust.',
    claimRu:
      'Держась практического сотрудничества и избегая политически заряженных обязательств, формат снижает риск того, что регион станет побочной жертвой соперничества великих держав, и укрепляет доверие.',
    ruOrigin: 'translation',
    kind: 'benefit',
    themes: ['security'],
    partners: [],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the C5+ format minimizes the risk of Central Asia becoming collateral damage in great power rivalries',
        quoteRu:
          'формат С5+ сводит к минимуму риск того, что Центральная Азия станет побочной жертвой соперничества великих держав',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'By focusing on practical cooperation and avoiding politically charged commitments',
        quoteRu:
          'Сосредоточиваясь на практическом сотрудничестве и избегая политически заряженных обязательств',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'c5plus-collective-voice-with-diversity',
    document: '000_0a364ac0ce25e492.txt',
    arguedBy: 'miras-zhiyenbayev',
    claim:
      'Informal meetings respect the five states’ different foreign policies, Turkmenistan’s neutrality included, while letting them speak louder together and keep their own bilateral ties.',
    claimRu:
      'Неформальные встречи учитывают различия во внешней политике пяти государств, включая нейтралитет Туркменистана, и при этом позволяют им говорить громче вместе, сохраняя собственные двусторонние связи.',
    ruOrigin: 'translation',
    kind: 'benefit',
    themes: [],
    partners: [],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'The informal nature of C5+ meetings respects the diverse foreign policy orientations within Central Asia itself',
        quoteRu:
          'Неформальный характер встреч С5+ учитывает различие внешнеполитических ориентаций внутри самой Центральной Азии',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'notably accommodating Turkmenistan’s internationally recognized neutrality',
        quoteRu: 'в частности, с учётом международно признанного нейтралитета Туркменистана',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'It allows all five states to collectively amplify their regional voice on issues of shared concern',
        quoteRu:
          'Он позволяет всем пяти государствам сообща усиливать голос региона в вопросах, вызывающих общую озабоченность',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'trans-caspian-bottlenecks',
    document: '000_0a364ac0ce25e492.txt',
    arguedBy: 'miras-zhiyenbayev',
    claim:
      'The Trans-Caspian route that bypasses Russia is held back by bottlenecks at the Caspian ports, border paperwork and weak software and hardware, which is where Japan’s expertise and resources can help most.',
    claimRu:
      'Транскаспийский маршрут в обход России сдерживают узкие места в каспийских портах, пограничные формальности и слабость «мягкой» и «жёсткой» инфраструктуры — именно здесь опыт и ресурсы Японии могут помочь больше всего.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['connectivity', 'logistics', 'customs', 'infrastructure'],
    partners: ['japan'],
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the TITR faces substantial challenges, including infrastructure bottlenecks—most notably at Caspian ports',
        quoteRu:
          'ТМТМ сталкивается с серьёзными трудностями, в том числе с узкими местами в инфраструктуре — прежде всего в каспийских портах',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'This is precisely where Japan’s expertise and resources can make a significant impact.',
        quoteRu: 'Именно здесь опыт и ресурсы Японии могут сыграть значительную роль.',
        ruOrigin: 'translation',
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
    claimRu:
      'Япония и Центральная Азия далеки друг от друга, поэтому из-за транспорта их торговля и инвестиции обходятся дорого.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['logistics', 'trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'Japan and the Central Asian countries are geographically distant from each other, resulting in high transportation costs for trade and investment',
        quoteRu:
          'Япония и страны Центральной Азии географически удалены друг от друга, из-за чего транспортные расходы на торговлю и инвестиции высоки',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'japan-weak-inter-industry-demand',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim:
      'The two economies stand at different levels and stages of development, so their industries need relatively little from each other.',
    claimRu:
      'Две экономики находятся на разных уровнях и этапах развития, поэтому их отраслям относительно мало что нужно друг от друга.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'They are also at different levels and stages of economic development, with relatively weak inter-industry demand.',
        quoteRu:
          'Они также находятся на разных уровнях и этапах экономического развития, и межотраслевой спрос между ними относительно слаб.',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'japan-few-private-firms',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim: 'Too few Japanese private companies take part in economic cooperation with the region.',
    claimRu:
      'Слишком мало японских частных компаний участвует в экономическом сотрудничестве с регионом.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'the participation of Japanese private enterprises in economic cooperation with Central Asia still needs',
        quoteRu:
          'участие японских частных предприятий в экономическом сотрудничестве с Центральной Азией всё ещё нуждается',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'japan-follows-us-deployment',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim:
      'Japan’s economic cooperation with Central Asia has to follow the strategy the United States deploys in the region, so no big breakthrough is likely soon.',
    claimRu:
      'Экономическое сотрудничество Японии с Центральной Азией вынуждено следовать стратегии, которую США проводят в регионе, поэтому большой прорыв в ближайшее время маловероятен.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['trade-investment'],
    partners: ['japan', 'usa'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "Japan's economic and trade cooperation with Central Asia must follow the United States' strategic deployment in the region",
        quoteRu:
          'экономическое и торговое сотрудничество Японии с Центральной Азией должно следовать стратегическому развёртыванию Соединённых Штатов в регионе',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'it is unlikely that Japan will achieve significant breakthroughs in its economic and trade cooperation with Central Asia in the short term',
        quoteRu:
          'маловероятно, что Япония добьётся значительных прорывов в экономическом и торговом сотрудничестве с Центральной Азией в краткосрочной перспективе',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'japan-competes-with-russia',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim:
      'Japan must also navigate geopolitical competition with Russia in the region, amid a wider rivalry among major powers.',
    claimRu:
      'Японии приходится также лавировать в геополитическом соперничестве с Россией в регионе на фоне более широкого соперничества великих держав.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['security'],
    partners: ['japan', 'russia'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'navigate the geopolitical competition with Russia',
        quoteRu: 'лавировать в геополитическом соперничестве с Россией',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'against the backdrop of geopolitical competition and the rivalry among major powers, the cooperation mechanism still faces many challenges',
        quoteRu:
          'на фоне геополитической конкуренции и соперничества великих держав механизм сотрудничества по-прежнему сталкивается со многими трудностями',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'japan-dominated-asymmetry',
    document: '001_a2741695248c3d87.txt',
    arguedBy: 'yi-sun',
    claim:
      'Japan has dominated the mechanism from the start; as the region grows more autonomous, Japan is moving it toward consultation on common interests to keep the Central Asian states willing to cooperate.',
    claimRu:
      'С самого начала механизмом руководила Япония; по мере того как регион становится самостоятельнее, Япония переводит его к консультациям об общих интересах, чтобы сохранить готовность государств Центральной Азии к сотрудничеству.',
    ruOrigin: 'translation',
    kind: 'explanation',
    themes: ['governance'],
    partners: ['japan'],
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'cooperation mechanism have been largely dominated by Japan',
        quoteRu: 'механизм сотрудничества в основном определялся Японией',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'in order to enhance the cooperation willingness of the Central Asian countries, Japan has consciously sought to change this asymmetrical situation',
        quoteRu:
          'чтобы повысить готовность стран Центральной Азии к сотрудничеству, Япония сознательно стремилась изменить эту асимметричную ситуацию',
        ruOrigin: 'translation',
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
    claimRu:
      'Отношения Японии с регионом далеко не раскрывают своего потенциала, и регион должен помогать формировать меняющийся мир, а не наблюдать за ним.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: [],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'absolutely does not meet the potential that should be there',
        quoteRu: 'совершенно не соответствует тому потенциалу, который должен быть',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'This is not a moment to simply observe — we must try to shape the world we want to live in.',
        quoteRu:
          'Сейчас не время просто наблюдать — мы должны попытаться сформировать мир, в котором хотим жить.',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'tukumov-human-capital-lag',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'yerkin-tukumov',
    claim:
      'Japan could do most for the region by strengthening its human capital through education and scholarships, yet in education it still lags far behind the United States and Western Europe.',
    claimRu:
      'Больше всего Япония могла бы дать региону, укрепляя его человеческий капитал через образование и стипендии, но в образовании она всё ещё сильно отстаёт от США и Западной Европы.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['education', 'human-resources'],
    partners: ['japan', 'usa'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'Japan can play a crucial role in strengthening our human capital',
        quoteRu: 'Япония может сыграть важнейшую роль в укреплении нашего человеческого капитала',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Japan still lags far behind the United States, Western Europe, and several other countries',
        quoteRu:
          'Япония всё ещё сильно отстаёт от Соединённых Штатов, Западной Европы и ряда других стран',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'tukumov-beyond-commodities',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'yerkin-tukumov',
    claim:
      'As the oil and commodity cycles end, the region needs a longer horizon with Japan, drawing Japanese investment into high-tech and non-resource sectors.',
    claimRu:
      'С окончанием нефтяного и сырьевого циклов региону нужен более дальний горизонт отношений с Японией — с японскими инвестициями в высокотехнологичные и несырьевые отрасли.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'Those who fail to adapt in time will face stagnation and decline.',
        quoteRu: 'Тех, кто не успеет вовремя приспособиться, ждут застой и упадок.',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'attract Japanese investment into our high-tech and non-resource sectors of the economy',
        quoteRu:
          'привлекать японские инвестиции в наши высокотехнологичные и несырьевые отрасли экономики',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'tukumov-connect-kazakhstan',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'yerkin-tukumov',
    claim:
      'Modernization is hard to discuss while vast, thinly populated Kazakhstan, and the region as a whole, stay poorly connected; Japanese transport expertise such as the Shinkansen could help.',
    claimRu:
      'О модернизации трудно говорить, пока огромный и малонаселённый Казахстан и регион в целом остаются плохо связанными; помочь мог бы японский транспортный опыт, например синкансэн.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['connectivity', 'logistics', 'infrastructure'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'remains poorly connected, it will be very difficult to talk about modernization. Kazakhstan must be connected',
        quoteRu:
          'остаётся плохо связанным, говорить о модернизации будет очень трудно. Казахстан должен быть связан',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'crucial role in the transport and logistics industry, bringing the Shinkansen system as an example',
        quoteRu:
          'важную роль в транспортно-логистической отрасли, приводя в пример систему синкансэн',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'yoshida-shared-values',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomoyuki-yoshida',
    claim:
      'Shared values and norms, and a shared place between major powers (both are surrounded by them), make Central Asia a fitting partner for Japan in upholding a declining order based on the rule of law.',
    claimRu:
      'Общие ценности и нормы, а также общее положение между великими державами (и те и другие ими окружены) делают Центральную Азию подходящим партнёром Японии в отстаивании слабеющего порядка, основанного на верховенстве права.',
    ruOrigin: 'translation',
    kind: 'benefit',
    themes: ['governance'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Yoshida stressed the shared values and norms with Japan make Central Asia a “very appropriate and plausible partner.”',
        quoteRu:
          'Ёсида подчеркнул, что общие с Японией ценности и нормы делают Центральную Азию «очень подходящим и правдоподобным партнёром».',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'the shared geopolitical reality of Japan and Central Asia, with both surrounded by major powers',
        quoteRu:
          'общая геополитическая реальность Японии и Центральной Азии, окружённых великими державами',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'yoshida-stem-exchanges',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomoyuki-yoshida',
    claim:
      'Human capital is where mutual understanding can grow: Japan could focus on students and universities in science, technology, engineering and mathematics, as it does in Southeast Asia and Mongolia.',
    claimRu:
      'Человеческий капитал — то, где может расти взаимопонимание: Япония могла бы сосредоточиться на студентах и университетах в области естественных наук, технологий, инженерного дела и математики, как она делает в Юго-Восточной Азии и Монголии.',
    ruOrigin: 'translation',
    kind: 'benefit',
    themes: ['education', 'human-resources'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Particular attention could be [given] to students and universities, who study science, technology, engineering, and mathematics',
        quoteRu:
          'Особое внимание можно было бы [уделить] студентам и университетам, изучающим естественные науки, технологии, инженерное дело и математику',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Japan has been implementing similar cooperation programs in Southeast Asia and Mongolia',
        quoteRu:
          'Япония осуществляет похожие программы сотрудничества в Юго-Восточной Азии и Монголии',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'uyama-support-multi-vector',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomohiko-uyama',
    claim:
      'Japan should back the region’s multi-vector diplomacy and its initiatives at the UN, to rebuild together a world order of multilateralism and equality among states of every size.',
    claimRu:
      'Японии следует поддерживать многовекторную дипломатию региона и его инициативы в ООН, чтобы вместе восстановить мировой порядок многосторонности и равенства государств любого размера.',
    ruOrigin: 'translation',
    kind: 'benefit',
    themes: ['governance'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'Japan should support their multi-vector diplomacy, especially in relation to European and Asian democracies.',
        quoteRu:
          'Япония должна поддерживать их многовекторную дипломатию, особенно в отношениях с европейскими и азиатскими демократиями.',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'together contribute to the reconstruction of a world order based on multilateralism and equal relations among all countries',
        quoteRu:
          'вместе способствовать восстановлению мирового порядка, основанного на многосторонности и равноправных отношениях между всеми странами',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'uyama-world-order-crisis',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomohiko-uyama',
    claim:
      'Russia’s invasion of Ukraine, the war in Gaza and Trump’s return have thrown the world order into crisis, and major powers now make deals at smaller nations’ expense.',
    claimRu:
      'Вторжение России в Украину, война в Газе и возвращение Трампа ввергли мировой порядок в кризис, и великие державы теперь заключают сделки за счёт малых стран.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['security'],
    partners: ['russia', 'usa'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'The Russian invasion of Ukraine, the war in Gaza, and the return of Donald Trump to power in the United States have brought the world order into crisis',
        quoteRu:
          'Российское вторжение в Украину, война в Газе и возвращение Дональда Трампа к власти в Соединённых Штатах ввергли мировой порядок в кризис',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote: 'it is also about major powers making deals at the expense of smaller nations',
        quoteRu: 'речь идёт и о том, что великие державы заключают сделки за счёт малых стран',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'uyama-japan-as-middle-power',
    document: '002_0ae9a733e2d797e1.txt',
    arguedBy: 'tomohiko-uyama',
    claim:
      'Though developed, Japan sits beside major powers with limited military capacity, much like a middle power; and middle powers, as Tokayev says, must secure stability in their own regions.',
    claimRu:
      'Хотя Япония — развитая страна, она соседствует с великими державами при ограниченных военных возможностях, почти как средняя держава; а средние державы, как говорит Токаев, должны обеспечивать стабильность в своих регионах.',
    ruOrigin: 'translation',
    kind: 'explanation',
    themes: ['security'],
    partners: ['japan'],
    sources: [
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'the country’s proximity to major powers and limited military capacity, placing it in a position similar to that of middle powers',
        quoteRu:
          'близость страны к великим державам и ограниченные военные возможности ставят её в положение, сходное с положением средних держав',
        ruOrigin: 'translation',
      },
      {
        source: '002_0ae9a733e2d797e1.txt',
        quote:
          'it is the duty of middle powers to ensure greater stability, peace and development in their regions and beyond',
        quoteRu:
          'долг средних держав — обеспечивать бо́льшую стабильность, мир и развитие в своих регионах и за их пределами',
        ruOrigin: 'translation',
      },
    ],
  },
  // 003: an unsigned article written before the December 2025 summit.
  {
    id: 'passivity-differing-views',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'Relations were long passive because the initiative lacked a driving force: the Central Asian leaders held differing views on foreign policy.',
    claimRu:
      'Отношения долго оставались пассивными, потому что инициативе не хватало движущей силы: лидеры государств Центральной Азии по-разному смотрели на внешнюю политику.',
    ruOrigin: 'translation',
    kind: 'explanation',
    themes: [],
    partners: ['japan'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'the initiative lacked an additional driving force',
        quoteRu: 'инициативе не хватало дополнительной движущей силы',
        ruOrigin: 'translation',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'the leaders of the Central Asian states held differing views on foreign policy',
        quoteRu:
          'лидеры государств Центральной Азии придерживались разных взглядов на внешнюю политику',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'passivity-stagnant-japanese-economy',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'Japan’s long economic stagnation limited its foreign investment, and trade between Japan and the region stayed very small.',
    claimRu:
      'Долгий экономический застой ограничивал зарубежные инвестиции Японии, и торговля между Японией и регионом оставалась очень небольшой.',
    ruOrigin: 'translation',
    kind: 'explanation',
    themes: ['trade-investment'],
    partners: ['japan'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'the Japanese economy remained stagnant for a long period, which limited the country’s ability to pursue an active foreign investment policy',
        quoteRu:
          'японская экономика долгое время находилась в застое, что ограничивало возможности страны проводить активную политику зарубежных инвестиций',
        ruOrigin: 'translation',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'the volume of trade between the Land of the Rising Sun and Central Asia was more than modest',
        quoteRu:
          'объём торговли между Страной восходящего солнца и Центральной Азией был более чем скромным',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'war-moves-japanese-firms',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'The 2022 war made cooperation urgent: Japanese companies based in Russia began moving to Central Asia, changing the market and calling for a fresh look at the region.',
    claimRu:
      'Война 2022 года сделала сотрудничество неотложным: японские компании, работавшие в России, начали переезжать в Центральную Азию, что изменило рынок и потребовало свежего взгляда на регион.',
    ruOrigin: 'translation',
    kind: 'explanation',
    themes: ['trade-investment'],
    partners: ['japan', 'russia'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'Japan and Central Asia discovered an urgent need to strengthen cooperation',
        quoteRu: 'Япония и Центральная Азия ощутили острую необходимость укреплять сотрудничество',
        ruOrigin: 'translation',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'many Japanese companies previously based in Russia began relocating to Central Asia',
        quoteRu:
          'многие японские компании, прежде работавшие в России, начали переносить деятельность в Центральную Азию',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'japan-needs-routes-bypassing-russia',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'Because Japan takes part in the sanctions on Russia, it needs land routes to Europe that bypass Russia, which run through Central Asia.',
    claimRu:
      'Поскольку Япония участвует в санкциях против России, ей нужны сухопутные маршруты в Европу в обход России, а они проходят через Центральную Азию.',
    ruOrigin: 'translation',
    kind: 'explanation',
    themes: ['connectivity', 'logistics', 'sanctions'],
    partners: ['japan', 'russia'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'the pressing need for Tokyo to find land routes for transporting its goods to Europe that bypass Russia, as Japan participates in sanctions against the country',
        quoteRu:
          'насущная необходимость для Токио найти сухопутные маршруты доставки своих товаров в Европу в обход России, поскольку Япония участвует в санкциях против этой страны',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'diversify-away-from-china-russia',
    document: '003_dceb15af33b4a574.txt',
    claim:
      'The region, increasingly united, sees overreliance on China and Russia as a vulnerability, so diversifying its economic ties (with Japan among others) strengthens its political and economic security.',
    claimRu:
      'Всё более сплочённый регион видит в чрезмерной зависимости от Китая и России уязвимость, поэтому диверсификация экономических связей (в том числе с Японией) укрепляет его политическую и экономическую безопасность.',
    ruOrigin: 'translation',
    kind: 'benefit',
    themes: ['trade-investment', 'security'],
    partners: ['china', 'russia', 'japan'],
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'For Central Asian states, diversifying foreign economic relations is essential to strengthening political and economic security.',
        quoteRu:
          'Для государств Центральной Азии диверсификация внешнеэкономических связей необходима для укрепления политической и экономической безопасности.',
        ruOrigin: 'translation',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'reasonably perceive as a vulnerability an overreliance on China and Russia in economic ties',
        quoteRu:
          'обоснованно воспринимают чрезмерную зависимость от Китая и России в экономических связях как уязвимость',
        ruOrigin: 'translation',
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
    claimRu:
      'Турне Абэ в 2015 году и намеченный Кисидой саммит 2024 года пришлись незадолго до ухода их правительств: это говорит о том, что японские правительства не ставили Центральную Азию в число главных приоритетов.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: [],
    partners: ['japan'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'were either conducted or set to take place just before the stepping down of their respective administrations',
        quoteRu:
          'были проведены или намечены незадолго до ухода соответствующих правительств в отставку',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'diplomacy toward Central Asia has not necessarily been granted high priority by successive Japanese governments',
        quoteRu:
          'сменявшие друг друга правительства Японии не обязательно отводили дипломатии в отношении Центральной Азии высокий приоритет',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'japan-niche-from-experience',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'Japan’s summit priorities draw on its own experience and needs: its lessons as a disaster-prone nation, and its labour shortage matched with the region’s young people who lack jobs at home.',
    claimRu:
      'Приоритеты саммита опираются на собственный опыт и потребности Японии: её уроки как страны, подверженной стихийным бедствиям, и её нехватку рабочей силы, сопоставленную с молодёжью региона, которой не хватает работы дома.',
    ruOrigin: 'translation',
    kind: 'benefit',
    themes: ['disaster-resilience', 'human-resources'],
    partners: ['japan'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the detailed thematic settings reflect the strengths of Japan’s accumulated experience',
        quoteRu: 'подробно проработанные темы отражают сильные стороны накопленного Японией опыта',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'matching the needs of Japan, which faces domestic labor shortages, with those of Central Asian countries',
        quoteRu:
          'соединяя потребности Японии, испытывающей нехватку рабочей силы внутри страны, с потребностями стран Центральной Азии',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'landlocked-logistics-costs',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'The region is landlocked: shipping from Japan costs six to nine times as much as to Hamburg, which is why the summit’s Connectivity priority aims at logistics.',
    claimRu:
      'Регион не имеет выхода к морю: доставка из Японии стоит в шесть–девять раз дороже, чем в Гамбург, поэтому приоритет саммита «Связанность» нацелен на логистику.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['logistics', 'connectivity'],
    partners: ['japan'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'the cost of logistics from Japan to Central Asian countries is six to nine times higher than that of transport to Hamburg',
        quoteRu:
          'стоимость логистики из Японии в страны Центральной Азии в шесть–девять раз выше, чем стоимость перевозки в Гамбург',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'there is an evident intention to improve the logistics environment',
        quoteRu: 'налицо явное намерение улучшить логистическую среду',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'russia-dependence-persists',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'Despite talk of distancing, the region depends strongly on Russia for its economy and security, and gains from sanctions-circumventing trade, so no rapid break with Russia is likely; its leaders still show Russia consideration.',
    claimRu:
      'Несмотря на разговоры о дистанцировании, регион сильно зависит от России в экономике и безопасности и выигрывает от торговли в обход санкций, поэтому быстрый разрыв с Россией маловероятен; его лидеры по-прежнему считаются с Россией.',
    ruOrigin: 'translation',
    kind: 'explanation',
    themes: ['security', 'sanctions', 'trade-investment'],
    partners: ['russia'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a particularly strong dependence on Russia in terms of both economy and security',
        quoteRu:
          'особенно сильная зависимость от России как в экономике, так и в сфере безопасности',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'a rapid “departure from Russia” is unlikely, at least in the short term',
        quoteRu:
          'быстрый «уход от России» маловероятен, по крайней мере в краткосрочной перспективе',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'consideration toward Russia remains indispensable for Central Asia',
        quoteRu: 'для Центральной Азии по-прежнему необходимо считаться с Россией',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'us-deal-making',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'The United States treats Central Asia as one more field for worldwide deal-making, centred on critical minerals and aircraft, without giving the region distinct strategic weight.',
    claimRu:
      'Соединённые Штаты видят в Центральной Азии ещё одно поле для сделок по всему миру — вокруг критически важных минералов и самолётов, — не придавая региону особого стратегического веса.',
    ruOrigin: 'translation',
    kind: 'challenge',
    themes: ['critical-minerals', 'trade-investment'],
    partners: ['usa'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'A stance of placing specific, strategic importance on Central Asia as a region was not clearly visible',
        quoteRu:
          'Позиция, придающая Центральной Азии как региону особое стратегическое значение, явно не просматривалась',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'It is possible that rare earths and aircraft were the centerpieces of this “deal” with Central Asia.',
        quoteRu:
          'Возможно, редкоземельные металлы и самолёты были главными элементами этой «сделки» с Центральной Азией.',
        ruOrigin: 'translation',
      },
    ],
  },
  {
    id: 'interests-over-norms',
    document: '004_fc98498f9ba3ecfd.txt',
    arguedBy: 'ryota-saito',
    claim:
      'Since the invasion of Ukraine, major powers pursue their interests rather than norms; Western states, which once clashed with the region over human rights, now put norms in the background to win it over.',
    claimRu:
      'После вторжения в Украину великие державы преследуют интересы, а не нормы; западные страны, которые прежде спорили с регионом о правах человека, теперь отводят нормам второй план, чтобы привлечь его на свою сторону.',
    ruOrigin: 'translation',
    kind: 'explanation',
    themes: ['governance'],
    partners: ['usa', 'eu'],
    sources: [
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'has taken on a stronger tone of greedily pursuing interests rather than emphasizing norms',
        quoteRu:
          'приобрело более выраженный оттенок алчного преследования интересов, а не упора на нормы',
        ruOrigin: 'translation',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote: 'they appear to have become more restrained in putting norms at the forefront',
        quoteRu: 'они, по-видимому, стали сдержаннее в выдвижении норм на первый план',
        ruOrigin: 'translation',
      },
    ],
  },
];
