import type { Principle } from '../types';

/** The dataset's `principles` collection. */
export const principles: readonly Principle[] = [
  // The three cooperative principles of the first foreign ministers' meeting (August 2004), 001.
  {
    id: 'principle-respect-for-diversity',
    name: 'Respect for diversity',
    summary:
      'First of the three cooperative principles set at the first foreign ministers’ meeting in 2004.',
    partner: 'japan',
    event: 'cajapan-fmm-1-2004',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'The meeting outlined three cooperative principles',
        quoteRu: 'Встреча наметила три принципа сотрудничества',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'respect for diversity, competition and coordination, and open cooperation',
      },
    ],
  },
  {
    id: 'principle-competition-and-coordination',
    name: 'Competition and coordination',
    summary:
      'Second of the three cooperative principles set at the first foreign ministers’ meeting in 2004.',
    partner: 'japan',
    event: 'cajapan-fmm-1-2004',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'The meeting outlined three cooperative principles',
        quoteRu: 'Встреча наметила три принципа сотрудничества',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'respect for diversity, competition and coordination, and open cooperation',
      },
    ],
  },
  {
    id: 'principle-open-cooperation',
    name: 'Open cooperation',
    summary:
      'Third of the three cooperative principles set at the first foreign ministers’ meeting in 2004.',
    partner: 'japan',
    event: 'cajapan-fmm-1-2004',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'The meeting outlined three cooperative principles',
        quoteRu: 'Встреча наметила три принципа сотрудничества',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'respect for diversity, competition and coordination, and open cooperation',
      },
    ],
  },
  // The minilateral principles that 000 says Japan embedded in the C5+ format.
  {
    id: 'principle-minilateralism',
    name: 'Minilateralism',
    summary:
      'Small, agile groupings on specific, often transnational issues instead of large multilateral frameworks that rivalries paralyse; a principle embedded by Japan and kept by later formats.',
    partner: 'japan',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the underlying principles of minilateralism, issue-specificity, and informality, remained remarkably consistent',
        quoteRu:
          'основополагающие принципы минилатерализма, тематической конкретности и неформальности оставались удивительно постоянными',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'characterized by smaller, more agile groupings focused on specific, often transnational, issues',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'often become paralyzed by the very rivalries they seek to manage',
      },
    ],
  },
  {
    id: 'principle-issue-specificity',
    name: 'Issue-specificity',
    summary:
      'Meetings address concrete, sometimes sensitive problems (border management, water scarcity, economic diversification, regional security) one at a time.',
    partner: 'japan',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'Meetings were designed to be issue-specific, addressing the pressing, often sensitive, challenges facing the region',
        quoteRu:
          'Встречи задумывались как тематические, посвящённые насущным, зачастую чувствительным проблемам региона',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the underlying principles of minilateralism, issue-specificity, and informality, remained remarkably consistent',
      },
    ],
  },
  {
    id: 'principle-informality',
    name: 'Informality',
    summary:
      'Informal exchange and practical problem-solving rather than binding commitments, grand declarations or treaty obligations.',
    partner: 'japan',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'less about binding commitments and grand pronouncements, and more about practical problem-solving and informal exchange',
        quoteRu:
          'не столько обязывающие обязательства и громкие заявления, сколько практическое решение проблем и неформальный обмен',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'without the heavy baggage of geopolitical alignment or rigid treaty obligations',
      },
    ],
  },
  {
    id: 'principle-lightness-of-touch',
    name: 'Lightness of touch',
    summary:
      'Japan’s deliberately light, understated engagement, which 000 calls the core of its approach.',
    partner: 'japan',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'The genius of the Japanese approach lay in its deliberate lightness of touch',
        quoteRu:
          'Гениальность японского подхода заключалась в его намеренной лёгкости прикосновения',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'the most effective diplomacy is the most adaptable and understated',
      },
    ],
  },
  {
    id: 'principle-strategic-flexibility',
    name: 'Strategic flexibility: no zero-sum choices',
    summary:
      'The five can engage many external partners at once without being forced to choose between them or arousing any one power’s suspicion.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'For Central Asia, the C5+ format offers a critical advantage: strategic flexibility.',
        quoteRu:
          'Для Центральной Азии формат С5+ даёт важнейшее преимущество: стратегическую гибкость.',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'without being forced into zero-sum choices or triggering undue suspicion from any single power',
      },
    ],
  },
  {
    id: 'principle-collective-voice',
    name: 'Amplified collective voice with differentiated bilateral ties',
    summary:
      'Together the five speak louder on shared issues while each keeps its own bilateral relations suited to its national interests.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'It allows all five states to collectively amplify their regional voice on issues of shared concern',
        quoteRu:
          'Он позволяет всем пяти государствам сообща усиливать голос региона по вопросам, вызывающим общую озабоченность',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'pursuing differentiated bilateral relationships that cater to their individual national interests',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Bilaterally, engagements have become more tailored',
      },
    ],
  },
  {
    id: 'principle-practical-not-charged',
    name: 'Practical, not politically charged, commitments',
    summary:
      'By sticking to practical cooperation and avoiding politically charged commitments, the format lowers the risk that Central Asia becomes collateral damage in great-power rivalry and builds trust.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the C5+ format minimizes the risk of Central Asia becoming collateral damage in great power rivalries',
        quoteRu:
          'формат С5+ снижает риск того, что Центральная Азия станет сопутствующей жертвой соперничества великих держав',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'By focusing on practical cooperation and avoiding politically charged commitments',
      },
      {
        source: '004_fc98498f9ba3ecfd.txt',
        quote:
          'It can be said that the emphasis has been placed on more practical and pragmatic initiatives.',
      },
    ],
  },
  {
    id: 'principle-respect-neutrality',
    name: 'Respect for Turkmenistan’s neutrality and diverse foreign policies',
    summary:
      'The informal format accommodates the differing foreign-policy orientations of the five, notably Turkmenistan’s internationally recognized neutrality.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'The informal nature of C5+ meetings respects the diverse foreign policy orientations within Central Asia itself',
        quoteRu:
          'Неформальный характер встреч С5+ уважает различие внешнеполитических ориентаций внутри самой Центральной Азии',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'notably accommodating Turkmenistan’s internationally recognized neutrality',
      },
    ],
  },
  {
    id: 'principle-diversification',
    name: 'Diversifying economic ties',
    summary:
      'Overreliance on China and Russia is seen as a vulnerability; spreading economic relations across partners strengthens political and economic security.',
    sources: [
      {
        source: '003_dceb15af33b4a574.txt',
        quote:
          'diversifying foreign economic relations is essential to strengthening political and economic security',
        quoteRu:
          'диверсификация внешнеэкономических связей необходима для укрепления политической и экономической безопасности',
        ruOrigin: 'translation',
      },
      {
        source: '003_dceb15af33b4a574.txt',
        quote: 'an overreliance on China and Russia in economic ties',
      },
    ],
  },
  {
    id: 'principle-region-as-one',
    name: 'Treating the five as one region',
    summary:
      'Japan was the first major power to deal with Central Asia as a single entity through a collective format, drawing on its ASEAN experience.',
    partner: 'japan',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'the first major power to recognize Central Asia as a unified geopolitical entity deserving of a collective approach',
        quoteRu:
          'первая крупная держава, признавшая Центральную Азию единым геополитическим целым, заслуживающим коллективного подхода',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          "This signified Japan's approach to engaging with Central Asia as a unified regional entity.",
      },
    ],
  },
  {
    id: 'principle-agency-of-smaller-states',
    name: 'Pragmatism and the agency of smaller states',
    summary:
      'The format lets the Central Asian states shape their own future and use external partnerships on their own terms.',
    sources: [
      {
        source: '000_0a364ac0ce25e492.txt',
        quote:
          'one that prioritizes pragmatism, issue-specificity, and the agency of smaller states',
        quoteRu:
          'такой, который ставит во главу угла прагматизм, тематическую конкретность и самостоятельность малых государств',
        ruOrigin: 'translation',
      },
      {
        source: '000_0a364ac0ce25e492.txt',
        quote: 'leveraging external partnerships on their own terms',
      },
    ],
  },
  {
    id: 'principle-consultation-not-domination',
    name: 'From Japan-dominated to consultation',
    summary:
      'Japan is deliberately correcting the asymmetry of a mechanism it has dominated, moving toward joint consultation and common interests as the region grows more autonomous.',
    partner: 'japan',
    sources: [
      {
        source: '001_a2741695248c3d87.txt',
        quote: 'Third, adjust the asymmetrical relationship within the',
        quoteRu: 'В-третьих, выровнять асимметричные отношения внутри',
        ruOrigin: 'translation',
      },
      {
        source: '001_a2741695248c3d87.txt',
        quote:
          'from Japan-dominated to bilateral consultation, demonstrating a focus on common interests',
      },
    ],
  },
];
