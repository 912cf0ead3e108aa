import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** The companies read from a text, by the surface form of each mention, in no particular order. */
const companies = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' })
  .filter((f) => f.type === 'company').map((f) => String(f.text)))].sort();

/** Each case: a sentence and the only companies in it; every other capitalized name is some other kind of thing. */
const check = (cases: [string, string[]][]) => {
  for (const [text, expected] of cases) expect(companies(text), text).toEqual([...expected].sort());
};

describe('capitalized names beside business words that are not businesses', () => {
  it('reads a person and their firm joined by "of" as the person and the firm', () => {
    check([
      ['Analyst Raj Patel of Orbis Securities said the shares were cheap.', ['Orbis Securities']],
      ['The shares look cheap, said analyst Tomas Hruby of Castellan Capital.', ['Castellan Capital']],
      ['The shares look cheap, said Dana Moyo of Kessling Partners.', ['Kessling Partners']],
      ['Managing Director Sean Prior of Tolland Partners resigned.', ['Tolland Partners']],
      ['Dr Amara Quist of Coralis Biotech presented the data.', ['Coralis Biotech']],
      // a title with no name before "of" is an office, not a person beside a firm
      ['Secretary of State Jane Roe visited Halden Power.', ['Halden Power']],
    ]);
  });

  it('leaves out credit rating grades beside the words of rating, and keeps the agency', () => {
    check([
      ['Ardent Ratings cut the bonds to CCC from B- on Friday.', ['Ardent Ratings']],
      ['The rating agency cut the bonds of Vantory Studios to CCC, deep into junk.', ['Vantory Studios']],
      ['The bonds were rated BBB- by Ardent Ratings, two notches above junk.', ['Ardent Ratings']],
      // the same letters with no rating in sight may be a firm
      ['CCC, the Polish shoe retailer, opened 40 stores.', ['CCC']],
    ]);
  });

  it('leaves out a product named after the noun of what a company sells', () => {
    check([
      ["Corvid's streaming service, CorvidPlus, has 20 million subscribers, Corvid Media said.", ['Corvid', 'Corvid Media']],
      ['Larkspur Labs released its budgeting app, Pennywise, on Tuesday.', ['Larkspur Labs']],
    ]);
  });

  it('leaves out a name introduced by the noun of a body that is no business, whatever it owns or sells', () => {
    check([
      ["The supporters' trust Blue Together, which owns 5% of the club, said it welcomed the money.", []],
      ['The think tank Bridgewater Policy, which sells reports, said the tax would raise £2bn.', []],
      ['The housing association Greenhaven Homes, which owns 9,000 flats, raised rents by 7%.', []],
      ['The campaign group Clean Air Now, which owns shares in Halden Power, will vote against the board.', ['Halden Power']],
      ['Consumer group Fair Deal Now, which owns shares in Halden Power, said prices were high.', ['Halden Power']],
      // a sports agency is a business, and a name followed by its own verb is no apposition of the noun
      ['The sports agency Velden Partners, which represents 40 players, said it would appeal.', ['Velden Partners']],
      ['The app Larkspur Labs launched on Tuesday has 2 million users.', ['Larkspur Labs']],
    ]);
  });

  it('leaves out the title of a work, an event or a scheme put right after its noun, whatever word ends it', () => {
    check([
      ['The film Iron Horizon Industries earned $40 million, Vantory Studios said.', ['Vantory Studios']],
      ['The drama Harbour Capital was renewed for a second season.', []],
      ['The series Northern Power drew 4 million viewers.', []],
      ['The documentary Salt Roads Mining won the top prize.', []],
      ["Acme's new podcast Money Matters Group has a million listeners.", []],
      // a name with a clause of its own about the noun is who did it; a verb's object is no title
      ['The app Larkspur Labs launched on Tuesday has 2 million users.', ['Larkspur Labs']],
      ['The board voted to force Halden Power to sell the mine.', ['Halden Power']],
      ['A single Halden Power plant makes 2% of the electricity.', ['Halden Power']],
    ]);
  });

  it('leaves out the public bodies that promote an activity in a place', () => {
    check([
      ['Enterprise Ireland invested €3m in the start-up.', []],
      ['Tourism Australia said visitor numbers rose 8%, helping Qantara Airways.', ['Qantara Airways']],
      ['Air Canada said bookings rose 8%.', ['Air Canada']],
    ]);
  });

  it("leaves out a bank named by its country alone, the country's central bank", () => {
    check([
      ["The Bangladesh Bank's decision to cut its policy rate made loans from Padma Bank cheaper.", ['Padma Bank']],
      ['Ulster Bank raised its mortgage rates.', ['Ulster Bank']],
    ]);
  });

  it('leaves out the Opposition named as a body', () => {
    check([
      ['Opposition spokesman Ned Carrow said the bill would hurt Harcombe Group.', ['Harcombe Group']],
      ['The Opposition said the levy would hurt small firms.', []],
    ]);
  });
});

describe('firms of sport and payments named by their trade', () => {
  it('reads shirt sponsors, bookmakers, payments groups and sportswear makers as firms', () => {
    check([
      ['Shirt sponsor Tollbridge Bet will leave at the end of the season.', ['Tollbridge Bet']],
      ['Tollbridge Bet, an online bookmaker, will leave at the end of the season.', ['Tollbridge Bet']],
      ['The Swedish payments group Nordhavn Betal said it met the rules.', ['Nordhavn Betal']],
      ['The club signed a kit deal with Stennard Sportswear worth £2m a season.', ['Stennard Sportswear']],
    ]);
  });
});
