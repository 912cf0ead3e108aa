import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

const facts = (text: string) => extractFacts({ text, published: '2025-10-20' }).filter((f) => f.type === 'company');
const names = (text: string) => [...new Set(facts(text).map((f) => f.value))];

describe('company evidence that generalizes', () => {
  it('reads the kind a description gives: company, organization or person', () => {
    expect(names('Quorvex and Hallberg Optics are believed to be among the suppliers for the headset.')).toEqual(['Quorvex', 'Hallberg Optics']);
    expect(names('The label lost a singer. The singer’s record label, Tallow Lane, declined to comment.')).toEqual(['Tallow Lane']);
    expect(names('Bright Meadow Ventures, a family foundation in Ohio, paid for the study.')).toEqual([]);
    expect(names('“Prices will ease,” Petra Lindqvist, a currency strategist with the broker Ostrava Quant, wrote to clients.')).toEqual(['Ostrava Quant']);
    expect(names('The mayor remains the decision-maker on the contract, the council said.')).toEqual([]);
  });

  it('keeps public bodies, parties and leagues out, by name, acronym or joined words', () => {
    expect(names('NASA announced the award, and the FDA said it would review the filing.')).toEqual([]);
    expect(names('The Federal Maritime Commission announced charges against Velloran Inc.')).toEqual(['Velloran Inc.']);
    expect(names('The Alliance for Coastal Manufacturing welcomed the tariff, its director Dana Okafor said.')).toEqual([]);
    expect(names('Republicans announced a plan after the Environmental Working Group published its list.')).toEqual([]);
  });

  it('reads an acronym the article defines as a term or a body, not as the company of the same letters', () => {
    expect(names('The pump runs at high pressure (HP). HP settings are listed in the manual.')).toEqual([]);
    expect(names('Customs and Border Protection (CBP) seized the goods. CBP announced a review.')).toEqual([]);
  });

  it('splits a company from its person inside one capitalized run', () => {
    expect(facts('Brindle Motors CEO Ada Voss said output would rise.').map((f) => f.text)).toEqual(['Brindle Motors']);
    expect(facts('Tolvane founder and CEO Ravi Menon unveiled the phone.').map((f) => f.text)).toEqual(['Tolvane']);
    expect(names('Embattled Boeing CEO Dave Calhoun stepped down.')).toEqual(['Boeing']);
  });

  it('drops people that one weak cue made a company', () => {
    expect(names('Halvard Capital investor Leon Brightwater voted against the plan.')).toEqual(['Halvard Capital']);
    expect(names('Her peers among writers, including Neil Ashdown, Jo Carrick and Daniel Mewes, praised her.')).toEqual([]);
  });

  it('finds companies by their legal form after a comma, a ticker, a deal or a "-based" place', () => {
    expect(names('Pellucid Media, Inc. paid for the survey.')).toEqual(['Pellucid Media']);
    expect(names('Shares of the rival fell while Tessaly (TSLQ) gained 3%.')).toEqual(['Tessaly']);
    expect(names('The group announced job cuts at Meetly, a firm it bought last year.')).toEqual(['Meetly']);
    expect(names('Portland-based Quillfeather cut 40 jobs.')).toEqual(['Quillfeather']);
    expect(names('Shares of iZentri rose after the teardown.')).toEqual(['iZentri']);
  });

  it('reads what a business does around its name and what the article calls it later', () => {
    expect(names('Brakovia, which makes batteries for buses, opened a plant.')).toEqual(['Brakovia']);
    expect(names('About 300 Zentrix employees walked out on Monday.')).toEqual(['Zentrix']);
    expect(names('She founded Quillon in 2010 after leaving her job.')).toEqual(['Quillon']);
    expect(names('Prices at Marlowe, a unit of Tessendorf, rose.')).toEqual(['Marlowe', 'Tessendorf']);
    expect(names('Halvorsen posted a loss on Tuesday. The company said demand was weak.')).toEqual(['Halvorsen']);
    expect(names('Talks with Norvex and Pellam stalled. The company said it would wait.')).toEqual([]);
    expect(names('Lumora reported revenue of $2.3 billion. The company said demand was strong.')).toEqual(['Lumora']);
    expect(names('The round was led by Quayside Ventures, while the Tessaly Price Index rose.')).toEqual(['Quayside Ventures']);
    expect(names('Kindle users can read offline. Researchers at Harvard said so.')).toEqual([]);
  });

  it('names the company, not its product, its channel or its venue', () => {
    expect(names('Shoppers can preorder the Google Pixel from Tuesday.')).toEqual(['Google']);
    expect(names('CBS Sports reported the fine first.')).toEqual([]);
    expect(names('The band plays the Samsung Hall on Friday.')).toEqual([]);
    expect(names('The service streams Halloway Studios films, “Night Harbor,” “Red Quarry” and Brindle Media shows.')).toEqual(['Halloway Studios', 'Brindle Media']);
  });

  it('keeps a regional unit apart from its well-known parent', () => {
    expect(names('Sales fell at Nissan North America Inc. Meanwhile, Nissan raised its forecast.')).toEqual(['Nissan North America Inc.', 'Nissan']);
    expect(names('Zentro revealed a new sedan in May. Zentro Philippines sells most models locally.')).toEqual(['Zentro', 'Zentro Philippines']);
  });

  it('does not read a common phrase in capitals, or a person after a role noun, as a company', () => {
    expect(names('Clean Energy Systems are the future, and clean energy systems get subsidies.')).toEqual([]);
    expect(names('Former Brindle engineer Tomasz Wrobel launched a newsletter.')).toEqual([]);
  });

  it('marks a social network named as where something was posted, so that its confidence can reflect it', () => {
    const posted = facts('The mayor vented on Twitter. Twitter said it would remove the post.');
    expect(posted.map((f) => f.reasons.includes('named as where something was posted'))).toEqual([true, false]);
  });

  it('keeps a seller after "via" in a sentence, and a known name that is a person\'s surname needs more', () => {
    expect(names('Tickets go on sale Friday via Ticketmaster.')).toEqual(['Ticketmaster']);
    expect(names('The novelist Mary Ford wrote it. Ford’s books sold well.')).toEqual([]);
    expect(names('American Airlines added flights to Lisbon.')).toEqual(['American Airlines']);
    expect(names('(As CNN’s anchor put it, the vote was close.)')).toEqual([]);
  });

  it('does not read places, credits or teams as companies', () => {
    expect(names('Asia-Pacific shares rose on Tuesday.')).toEqual([]);
    expect(names('A photo of the new keyboard (via iZentri) shows the switch.')).toEqual([]);
    expect(names('The Falcons president declined to comment.')).toEqual([]);
  });

  it('says how much evidence the article gives for a name and whether it is cited as a source', () => {
    const one = facts('Shares of Corvala fell on Monday.');
    expect(one[0]!.reasons).toContain('one kind of evidence in the article');
    const several = facts('Corvala, a chipmaker, lost ground. Shares of Corvala fell on Monday.');
    expect(several.every((f) => f.reasons.includes('several kinds of evidence in the article'))).toBe(true);
    const source = facts('Prices rose 4%, according to Tamsin Research.');
    expect(source[0]!.reasons).toContain('cited as a source');
  });
});

describe('known names that are also words or surnames', () => {
  it('need a cue of their own mid-sentence', () => {
    expect(names('Serena Williams won the final. Honor students met Unity officials while Benchmark yields rose.')).toEqual([]);
    expect(names('On Monday, Unity said it would cut 4% of its jobs.')).toEqual(['Unity']);
  });

  it('are vouched for by an unambiguous company listed beside them', () => {
    expect(names('Buyers compared Walmart and Target on price.')).toEqual(['Walmart', 'Target']);
  });
});
