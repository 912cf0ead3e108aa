import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** The companies read from a text, by the surface form of each mention, in no particular order. */
const companies = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' })
  .filter((f) => f.type === 'company').map((f) => String(f.text)))].sort();

/** Each case: a sentence and the only companies in it; every other capitalized name is some other kind of thing. */
const check = (cases: [string, string[]][]) => {
  for (const [text, expected] of cases) expect(companies(text), text).toEqual([...expected].sort());
};

describe('names that are not companies', () => {
  it('leaves out government departments, agencies and public programs', () => {
    check([
      ['Officials at the Department of Energy said on Tuesday that Westbrook Alloys would receive a loan.', ['Westbrook Alloys']],
      ['Medicare said it would cut payments, while Halvern Pharma said it would appeal.', ['Halvern Pharma']],
      ['The Federal Reserve held rates steady, and shares of Orrin Bancorp rose.', ['Orrin Bancorp']],
      ['Customs and Border Protection seized the shipment bound for Trelvo Logistics.', ['Trelvo Logistics']],
      ['The Ministry of Commerce said export licences for Baotou Ridge Magnetics had been approved.', ['Baotou Ridge Magnetics']],
      ['MOFCOM said on Thursday it would add five firms to its export control list.', []],
      ['According to the General Administration of Customs, exports fell 5%.', []],
      ['The Treasury Department added Sarnov Trading to the sanctions list.', ['Sarnov Trading']],
      ['Bureau of Industry and Security rules tightened chip exports.', []],
      ['The Pentagon awarded a contract to Arvex Aerospace.', ['Arvex Aerospace']],
      ['Medicaid and Social Security payments will rise next year.', []],
      ['Eurostat said inflation eased, while Destatis reported weaker output.', []],
      ['Natural Resources Canada funded the plant run by Torngat Metals.', ['Torngat Metals']],
      ['The State Council approved the plan on Friday.', []],
      ['The Export-Import Bank of the United States lent $500 million to Arvex Aerospace.', ['Arvex Aerospace']],
    ]);
  });

  it('leaves out regulators, central banks, exchanges and market indexes', () => {
    check([
      ['The SEC and FINRA are investigating Dalworth Capital.', ['Dalworth Capital']],
      ['Ofwat’s chief executive resigned.', []],
      ['Copper rose 2% on the London Metal Exchange while Kestrel Mining shares gained.', ['Kestrel Mining']],
      ['Nickel futures on the Shanghai Futures Exchange fell for a third day.', []],
      ['Lynas, the Australian miner, told the ASX it would raise A$750 million.', ['Lynas']],
      ['The Reserve Bank of India kept rates steady.', []],
      ['The Bank of England raised its main rate.', []],
      ['The Hang Seng Index fell 2%; the Nikkei 225 rose.', []],
      ['The S&P 500 closed higher as Nvidia gained.', ['Nvidia']],
    ]);
  });

  it('leaves out courts, parties, universities, hospitals, think tanks and charities', () => {
    check([
      ['A federal judge at the Court of International Trade blocked the tariffs that Pellmark Steel had opposed.', ['Pellmark Steel']],
      ['The Democratic Party criticised the subsidy to Greyfield Motors.', ['Greyfield Motors']],
      ['The Greens and Labour both opposed the deal struck by Castellan Energy.', ['Castellan Energy']],
      ['Researchers at Stanford University and engineers at Corvane Technologies built the prototype.', ['Corvane Technologies']],
      ['Patients at Mount Carmel Hospital were moved after a power cut.', []],
      ['Analysts at the Center for Strategic and International Studies warned that supply was tight.', []],
      ['Amnesty International accused Norveth Mining of ignoring the complaints.', ['Norveth Mining']],
      ['The Heritage Foundation and the Cato Institute disagreed.', []],
      ['Benchmark Mineral Intelligence and the Institute for Energy Research disagree.', ['Benchmark Mineral Intelligence']],
      ['Cornell Law School and the Mayo Clinic both issued statements.', []],
    ]);
  });

  it('leaves out movements named for a cause, institutes of technology and public banks', () => {
    check([
      ['Transparency International and Survival International criticised the mine run by Norveth Mining.', ['Norveth Mining']],
      ['Rotary International raised funds for the clinic.', []],
      ['Marriott International raised its forecast.', ['Marriott International']],
      ['Students at Virginia Tech and Georgia Tech built a rover with parts from Corvane Technologies.', ['Corvane Technologies']],
      ['Texas Tech researchers said the drought would last.', []],
      ['The Canada Infrastructure Bank funded the line, and HSBC arranged the loan.', ['HSBC']],
    ]);
  });

  it('leaves out a clipped form of a public body the article names, but not a firm written in camel case', () => {
    check([
      ['Statistics Canada said jobs rose. StatsCan also revised its May figure, and BlackRock bought bonds.', ['BlackRock']],
      ['Transport Quebec said fares would rise. TransQue also cut routes.', []],
    ]);
  });

  it('leaves out kinds of goods and sectors written in capitals', () => {
    check([
      ['Critical Minerals\nThe United States wants more supply from Kestrel Mining.', ['Kestrel Mining']],
      ['Sustainable Energy for All published a report.', []],
      ['Big Tech spent more on chips than Nvidia expected.', ['Nvidia']],
      ['Shares of Critical Metals Corp. rose 8%.', ['Critical Metals Corp.']],
    ]);
  });

  it('leaves out mines, deposits, projects, ports and other places', () => {
    check([
      ['Output at the Mountain Pass mine rose 10% last year, MP Materials said.', ['MP Materials']],
      ['Energy Transition Minerals wants to restart the Kvanefjeld project in Greenland.', ['Energy Transition Minerals']],
      ['Arafura Rare Earths said its Nolans project would start in 2027.', ['Arafura Rare Earths']],
      ['Cargo volumes at the Port of Los Angeles fell 5% in August.', []],
      ['The Pilbara Ports Authority said exports from Port Hedland rose.', []],
      ['Smelters in Inner Mongolia cut production after Baogang Steel raised prices.', ['Baogang Steel']],
      ['Silicon Valley investors poured money into AI.', []],
      ['Trade talks at Mar-a-Lago ended without a deal.', []],
    ]);
  });

  it('keeps the company that follows a phrase of place opening the sentence', () => {
    // "At the mine, X halted work": the mine is where, X is who; the phrase does not describe X
    check([
      ['At the Grasberg mine, Freeport-McMoRan halted work.', ['Freeport-McMoRan']],
      ['Near the old smelter, Rio Tinto built a new plant.', ['Rio Tinto']],
    ]);
  });

  it('leaves out events, awards, laws and national plans', () => {
    check([
      ['The film won two prizes at the Golden Globes on Sunday.', []],
      ['CES opens in January, and Sorell Electronics will attend.', ['Sorell Electronics']],
      ['The Inflation Reduction Act, signed in 2022, gives credits to Rivian and Ford.', ['Ford', 'Rivian']],
      ['Made in China 2025 aimed to cut reliance on imports.', []],
      ['The Chips and Science Act set aside money for Fabrion Semiconductor.', ['Fabrion Semiconductor']],
      ['The Belt and Road Initiative funded the railway.', []],
      ['Super Bowl ads cost $8 million, said Paramount.', ['Paramount']],
      ['Prime Day sales rose, Amazon said.', ['Amazon']],
      ['The Paris Climate Agreement and the Kyoto Protocol were cited.', []],
    ]);
  });

  it('leaves out products and models but keeps their makers', () => {
    check([
      ['Sales of the Model Y and Model 3 rose, Tesla said.', ['Tesla']],
      ['Windows 11 now runs on 40% of PCs, Microsoft said.', ['Microsoft']],
      ['Apple said the iPhone 15 sold well in India.', ['Apple']],
      ['ChatGPT, made by OpenAI, has 800 million users.', ['OpenAI']],
      ['Revenue from Azure grew 39%, Microsoft said.', ['Microsoft']],
    ]);
  });

  it('leaves out headings and labels of the page', () => {
    check([
      ['EXCLUSIVE: Kestrel Mining weighs a sale', ['Kestrel Mining']],
      ['Analysis: Why Prices Keep Rising\nPrices rose 5%.', []],
      ['Top Stories\nBeijing curbs exports.', []],
      ['Q3 Results\nRevenue rose 8% at Halvern Pharma.', ['Halvern Pharma']],
      ['Rare Earth Prices Surge After Beijing Tightens Export Rules', []],
    ]);
  });

  it('leaves out people with titles, works, weekdays, months and news agencies', () => {
    check([
      ['Chief Executive Jane Roe said Halbrook Minerals would double output.', ['Halbrook Minerals']],
      ['Commerce Secretary Howard Lutnick visited Corvane Technologies.', ['Corvane Technologies']],
      ['Sen. Elizabeth Warren wrote to Tesla.', ['Tesla']],
      ['Monday was quiet. March was busy for Quillon Shipping.', ['Quillon Shipping']],
      ['In a report titled The Price of Power, Halden Research said costs were rising.', ['Halden Research']],
      ['SYDNEY (Reuters) - Iluka Resources said on Monday it would build a refinery.', ['Iluka Resources']],
    ]);
  });
});
