import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../src/index.ts';
import { englishShare, nameStems, topicStems } from '../src/topic-words.ts';

// Made-up flat pages (every line one bare <p>, no title, no classes): the story is followed, or
// preceded, by other stories' ledes that only their subject tells apart.
const URL_ = 'https://valley-ledger.example/business/potash-mine';

function flatPage(lines: string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"></head><body>${lines.map((l) => `<p>${l}</p>`).join('\n')}</body></html>`;
}

const body = (lines: string[]) => cleanHtml(flatPage(lines), URL_).blocks.map((b) => b.text);

const HEADLINE = 'Kessmoor potash mine cuts output as flooding closes lower shaft';
const STORY = [
  'The Kessmoor potash mine will produce about 1.1 million tonnes of potash this year, a fifth less than planned, after groundwater flooded its lower shaft in May, its owner Brannock Minerals said on Tuesday.',
  'Brannock said pumps installed in June had lowered the water by forty metres, but the lower shaft would stay closed until at least February while engineers reinforce the lining.',
  'The mine supplies roughly a third of the potash used by fertiliser blenders in the northern provinces, and Brannock has asked buyers to accept smaller monthly cargoes until the shaft reopens.',
  'Potash prices at the Ostrian port of Velm rose 6% in the week after the flooding, to $342 a tonne, before easing as buyers drew on stocks.',
  'Brannock shares fell 4% on the news; the company kept its dividend unchanged and said insurance would cover most of the pumping costs at the mine.',
];
const OTHER_LEDES = [
  'Rescue teams in the hill town of Dorrow searched through the night for two hikers missing since a snowstorm swept across the pass on Sunday, the regional police said.',
  'A court in Almaden ordered the city council to reopen the public library on Harbour Street, ruling that its closure last spring broke a promise made to residents in a referendum.',
  'Supporters of the Redcliff football club celebrated in the streets after their team won the national cup for the first time in forty years with a late goal in extra time.',
  'Parliament in Surrey Vale voted to lower the voting age for local elections to sixteen, a change campaigners had sought for more than a decade, with the new rules taking effect next spring.',
  'A new exhibition of medieval tapestries opened at the Hallam museum on Saturday, drawing long queues of visitors who waited up to two hours to see the restored panels.',
  'Firefighters brought a blaze at a furniture warehouse on the edge of Cordale under control after six hours, and nobody was hurt, the fire service said in a statement.',
  'The Drevian weather office warned of gales of up to 110 km an hour along the western coast on Thursday and advised ferry passengers to check their sailings before travelling.',
  'Tickets for the summer jazz festival in Lowmere sold out within an hour, prompting organisers to add a third evening of concerts on the lakeside stage.',
];

describe('flat pages: other stories\' ledes after the story', () => {
  it('drops a run of unrelated ledes after the story, and the furniture lines after them', () => {
    const page = [HEADLINE, ...STORY, ...OTHER_LEDES.slice(0, 4), 'Leave a comment'];
    expect(body(page)).toEqual([HEADLINE, ...STORY]);
  });

  it('drops a long run of them too', () => {
    expect(body([HEADLINE, ...STORY, ...OTHER_LEDES])).toEqual([HEADLINE, ...STORY]);
  });

  it('drops as few as three', () => {
    expect(body([HEADLINE, ...STORY, ...OTHER_LEDES.slice(5)])).toEqual([HEADLINE, ...STORY]);
  });

  it('reads a nearly flat page (a header and a footer around bare paragraphs) the same way', () => {
    const lines = [HEADLINE, ...STORY, ...OTHER_LEDES.slice(1, 5)];
    const html = `<html><body><header><a href="/">Valley Ledger</a> <a href="/business">Business</a></header>${lines.map((l) => `<p>${l}</p>`).join('')}<footer>© Valley Ledger</footer></body></html>`;
    expect(cleanHtml(html, URL_).blocks.map((b) => b.text)).toEqual([HEADLINE, ...STORY]);
  });

  it('keeps two unrelated paragraphs at the end: too few to tell from an aside of the story', () => {
    const page = [HEADLINE, ...STORY, ...OTHER_LEDES.slice(0, 2)];
    expect(body(page)).toEqual(page);
  });

  it('keeps closing paragraphs that drift to background but take up the story\'s words', () => {
    const page = [
      HEADLINE,
      ...STORY,
      'Kessmoor opened in 1974 and was the first deep potash mine in the country; its upper shafts were dug by hand for the first six years.',
      'Flooding is a known risk in potash mining because the ore sits beneath water-bearing rock, and two smaller mines in the region closed for good after floods in the 1990s.',
      'Fertiliser demand in the provinces has grown steadily since then, and the government has encouraged new mines to reduce imports of potash from overseas.',
    ];
    expect(body(page)).toEqual(page);
  });

  it('keeps closing quotes and paragraphs that go on from the one before', () => {
    const page = [
      HEADLINE,
      ...STORY,
      '"Nobody at the site has seen water come in this fast before, and we will not hurry the repairs," chief executive Ilse Moran told reporters on a call.',
      'She added that the board would decide in January whether to bring forward the planned expansion of the eastern workings to make up for lost tonnage.',
      'Analysts at Greyfield Securities said they expected the weaker volumes to wipe out most of the profit growth the group had promised for next year.',
      'It is the second time in three years that the site has lost production to water, after a smaller inflow shut one of the ventilation galleries for a month.',
    ];
    expect(body(page)).toEqual(page);
  });

  it('keeps a closing section that follows a thread of its own (one subject, several paragraphs)', () => {
    const page = [
      HEADLINE,
      ...STORY,
      'Elsewhere in the region, the rail operator Northline is rebuilding the Dunmore bridge, which carries freight trains towards the coast.',
      'Northline expects the bridge works to end in October, when freight trains will again run at full length across the river at Dunmore.',
      'Until then Northline is limiting freight trains on the bridge to twenty wagons, which has slowed deliveries to the coast by about a day.',
    ];
    expect(body(page)).toEqual(page);
  });

  it('keeps a wire story whose last paragraphs turn to other players of the same trade', () => {
    const page = [
      'Marvane salt exports slip to three-year low as Drevian buyers hold back',
      'PORT ALBRE, March 4 - Marvane shipped 412,000 tonnes of rock salt in February, its smallest monthly total in three years, as Drevian road authorities drew on stockpiles left over from a mild winter.',
      'Shipments to Drevia fell to 96,000 tonnes from 180,000 tonnes a year earlier, while cargoes for Ostria held steady at about 120,000 tonnes, harbour data showed.',
      'Exporters expect loadings to recover in April, when Drevian councils usually tender for the next winter.',
      'Smaller producers have also been squeezed by the rock salt price set by the trade ministry, which fell to $41 a tonne for the spring quarter. Several say their margins have vanished.',
      'Albre Mining Corp, which runs the largest pit near the coast, said on Friday it would cut its output forecast by 8% and lay up one of its two loading conveyors until June.',
      'The finance ministry has proposed lowering the levy on producers that sell at home, to 4% from 6%, and will decide before the summer recess.',
    ];
    expect(body(page)).toEqual(page);
  });

  it('keeps a round-up whose every item is a different story', () => {
    const page = [
      'Good morning! Here is what you need to know today.',
      'Drevian rail workers will strike for two days next week after talks over pay broke down, the Rail Union said, warning that freight and commuter trains would both stop.',
      'The Ostrian central bank kept its main interest rate at 3.5% and signalled that it would wait for more evidence that inflation is slowing before cutting rates again.',
      'A heatwave pushed temperatures in Velm above forty degrees for the first time on record, and hospitals reported a rise in admissions of elderly patients.',
      'Shares in the carmaker Hollis rose 9% after it raised its sales forecast, citing strong demand for its small electric van in Drevia and Ostria.',
      'Rescuers in the Kest mountains found the two climbers missing since Sunday alive and well in a shelter below the summit, mountain police said.',
      'The Almaden film festival opened with a restored silent comedy, accompanied by a live orchestra of sixty musicians in the old harbour theatre.',
    ];
    expect(body(page)).toEqual(page);
  });

  it('keeps closing paragraphs that bring in no names of their own, even when they share no words with the story', () => {
    const page = [
      'Storm Ardal reaches the western coast',
      'Storm Ardal made landfall on the western coast of Ostria on Thursday morning, bringing gales and heavy rain to the harbour towns of Velm and Porthallow.',
      'Ferry services between Velm and the islands were cancelled because the storm is expected to bring gales to the coast all day, the operator said.',
      'A tree brought down by the gales fell across the coast road north of Porthallow, and police asked drivers to avoid the storm-hit area.',
      'The grid operator says about 40,000 homes are without electricity, most of them in rural districts where crews cannot yet reach the lines safely.',
      'Schools in three districts closed early so that children could get home before the strongest winds arrived in the early afternoon.',
      'The regional hospital has postponed routine operations and asked visitors to stay away unless their visit is urgent.',
    ];
    expect(body(page)).toEqual(page);
  });

  it('keeps a short article whole', () => {
    const page = [HEADLINE, STORY[0] as string, STORY[1] as string, OTHER_LEDES[0] as string];
    expect(body(page)).toEqual(page);
  });

  it('keeps a list article whose items each have their own subject and title', () => {
    const page = [
      'Five harbour towns to visit this winter',
      'Winter is the quiet season on the coast, when the harbour towns empty of visitors and the fishing boats set the pace of the day. These are five of our favourites.',
      '1. Porthallow',
      'A row of painted cottages faces a tiny beach where a single café stays open all year and serves crab sandwiches until the last boat comes in.',
      '2. Velm',
      'The old customs house has become a gallery of local painters, and the walk along the breakwater at dusk is the best free show in the province.',
      '3. Dorrow Bay',
      'Seals haul out on the rocks below the lighthouse from December, and the ferry to the islands runs twice a week even in the worst weather.',
      '4. Keld',
      'A narrow lane of bookshops climbs from the quay to the church, and the bakery at the top sells saffron buns that locals queue for on Sunday mornings.',
    ];
    expect(body(page)).toEqual(page);
  });

  it('keeps a live blog whose entries sit under their times', () => {
    const page = [
      'Live: storm Ardal reaches the western coast',
      'Storm Ardal made landfall on the western coast on Thursday morning, bringing gales and heavy rain to the harbour towns and cutting power to thousands of homes.',
      '09:12',
      'Ferry services between Velm and the islands have been cancelled for the rest of the day, the operator said.',
      '09:40',
      'A tree has fallen across the coast road north of Porthallow, and police are asking drivers to avoid the area until it is cleared this afternoon.',
      '10:05',
      'The national grid operator says about 40,000 homes are without electricity, most of them in rural districts where crews cannot yet reach the lines safely.',
      '10:31',
      'Schools in three districts have closed early so that children can get home before the strongest winds arrive in the early afternoon.',
    ];
    expect(body(page)).toEqual(page);
  });

  it('leaves a page in another language alone', () => {
    const page = [
      'La mine de potasse de Kessmoor réduit sa production après une inondation',
      'La mine de potasse de Kessmoor produira environ 1,1 million de tonnes cette année, un cinquième de moins que prévu, après l’inondation de son puits inférieur en mai.',
      'Les pompes installées en juin ont fait baisser le niveau de l’eau de quarante mètres, mais le puits restera fermé au moins jusqu’en février, selon l’exploitant.',
      'Les prix de la potasse au port de Velm ont progressé de 6 % la semaine suivant l’inondation, avant de reculer lorsque les acheteurs ont puisé dans leurs stocks.',
      'Des équipes de secours ont cherché toute la nuit deux randonneurs disparus depuis la tempête de neige qui a balayé le col dimanche, a indiqué la police régionale.',
      'Un tribunal d’Almaden a ordonné au conseil municipal de rouvrir la bibliothèque publique, jugeant que sa fermeture au printemps dernier violait une promesse faite aux habitants.',
      'Les supporters du club de football de Redcliff ont fêté dans les rues la première victoire de leur équipe en coupe nationale depuis quarante ans, acquise en prolongation.',
    ];
    expect(body(page)).toEqual(page);
  });
});

describe('flat pages: another story\'s teaser above the story', () => {
  const TEASER = [
    'Almaden council loses court fight over library closure',
    'A court ordered Almaden council to reopen the public library on Harbour Street, ruling that the closure broke a promise made to residents in a referendum...',
  ];

  it('drops a headline and summary of another story printed above the story', () => {
    expect(body([...TEASER, ...STORY])).toEqual(STORY);
  });

  it('drops the teaser above and the ledes below on one page', () => {
    expect(body([...TEASER, HEADLINE, ...STORY, ...OTHER_LEDES.slice(2, 6)])).toEqual([HEADLINE, ...STORY]);
  });

  it('keeps the story\'s own headline and lede, even when the headline is oblique', () => {
    const page = [
      'A long winter underground',
      'Every morning at six, the pumps at Kessmoor start before the miners arrive, pulling groundwater out of the lower shaft that flooded in May.',
      ...STORY.slice(1),
    ];
    expect(body(page)).toEqual(page);
  });

  it('keeps a headline and lede that share the story\'s words', () => {
    expect(body([HEADLINE, ...STORY])).toEqual([HEADLINE, ...STORY]);
  });
});

describe('topic words', () => {
  it('keeps content words and names, cut to a common stem, and leaves out words every story uses', () => {
    const stems = topicStems('The miners said on Monday that potash exports from Kessmoor had fallen by a third this year.');
    expect([...stems].sort()).toEqual(['export', 'fallen', 'kessmo', 'miner', 'potash']);
    expect(topicStems('Exporters and export data').has('export')).toBe(true);
  });

  it('reads names inside sentences, initials included, but not a sentence\'s first word or a weekday', () => {
    expect([...nameStems('Rescuers in U.S. towns and the UK met Ilse Moran on Monday. Velm agreed.')].sort()).toEqual(['ilse', 'moran', 'uk', 'us']);
  });

  it('tells English prose from other languages, including those written without spaces', () => {
    expect(englishShare(STORY)).toBeGreaterThan(0.14);
    expect(englishShare(['La mine produira moins de potasse cette année, a indiqué son exploitant mardi.'])).toBeLessThan(0.05);
    expect(englishShare(['カリ鉱山は今年の生産量を減らすと発表した。The Kessmoor mine'])).toBeLessThan(0.14);
  });
});
