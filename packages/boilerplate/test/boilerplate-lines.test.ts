import { describe, expect, it } from 'vitest';
import { judgeLine } from '../src/boilerplate-lines.ts';

describe('judgeLine', () => {
  it.each([
    ['Advertisement', 'drop'],
    ['Story continues below advertisement', 'drop'],
    ['Read more: China extends curbs to five more rare earths', 'drop'],
    ['Share this article', 'drop'],
    ['Sign up for our newsletter to get the latest prices', 'drop'],
    ['Quayside members get our weekly fare tracker. Join for £6 a month.', 'drop'],
    ['Subscribe from $1.50 a week for every story.', 'drop'],
    ['Residents can join the new leisure centre for £20 a month, the council said.', 'keep'],
    ['The gym said new members could join for £20 a month until June.', 'keep'],
    ['Leave a comment', 'label'],
    ['About the author', 'label'],
    ['Related stories', 'label'],
    ['READ NEXT', 'label'],
    ['Also read', 'label'],
    ['Also this week', 'label'],
    ['Sponsored: Visit the tin buyers at the Carvell Metals Week, 4-6 May', 'drop'],
    ['What is your view on this story?', 'drop'],
    ['Advertisement - Scroll to Continue', 'drop'],
    ['ADVERTISEMENT: Continue reading', 'drop'],
    ['Write to Ines Calder at ines.calder@ledger.example', 'drop'],
    ['Comments (12) Log in to post a comment. Comments are the opinions of readers, not the Gazette.', 'drop'],
    ['Harbour Pro: Download our port tariff tables and fleet map. Start free trial', 'drop'],
    ['Quayside Plus: Get every council vote in one place. Start your free trial.', 'drop'],
    ['Be First to Comment', 'drop'],
    ['Get the Harbour Bulletin app for alerts: free on Google Play and the App Store.', 'drop'],
    ['Tags: china, antimony, export controls', 'drop'],
    ['By Mei Lin Hart', 'byline'],
    ['BY JOHN SMITH and JANE DOE, Associated Press', 'byline'],
    ['Updated 3:45 PM ET, Tue November 19, 2019', 'dateline'],
    ['Publicado em 15 de março de 2024', 'dateline'],
    ['Photo: Reuters', 'caption'],
    ['(NMW file photo)', 'caption'],
    ['Natalie Naccache | Bloomberg | Getty Images', 'caption'],
  ])('%s -> %s', (line, verdict) => {
    expect(judgeLine(line)).toBe(verdict);
  });

  it.each([
    'By the end of 2019, exports had fallen 12%.',
    'Related companies reported a 5% fall in output.',
    'Advertisement spending by miners rose 8% last year, the survey found.',
    'Subscribers to the exchange traded 1,200 tonnes on Monday.',
    'Tags on each drum show the oxide grade and weight.',
    '2024 output rose 12% to 270,000 tonnes.',
    'Comments from the ministry were not available.',
    'Read next year\'s quota notice before shipping.',
    'Sponsored by the state, the smelter lost $4 million in 2024.',
    'The app store operator said downloads of the application fell 4% in Korea.',
    'New customers can start a free trial of the service for 30 days, the company said.',
    'Write to the council at its offices before March 1 to object to the plan.',
    'Advertisement revenue continued to fall, down 6% in the quarter.',
  ])('keeps %j', (line) => {
    expect(judgeLine(line)).toBe('keep');
  });

  it('leaves long lines alone whatever they start with', () => {
    expect(judgeLine(`Read more ${'about the quota, '.repeat(20)}`)).toBe('keep');
  });

  it.each([
    ['Reporting by Ilse Marrow; Editing by Tomas Quayle and Priya Den', 'caption'],
    ['(Additional reporting by Ola Venn in Oslo)', 'caption'],
    ['Haruto Wells contributed reporting from Nairobi.', 'caption'],
    ["The Courier's Mara Flint contributed to this report.", 'caption'],
    ['SOURCE: Wire services', 'caption'],
    ['Lena Ostrova/Getty', 'caption'],
    ['Photo courtesy of the Harbour Museum', 'caption'],
  ])('credits the story or its pictures: %s -> %s', (line, verdict) => {
    expect(judgeLine(line)).toBe(verdict);
  });

  it.each([
    'Image 4 of / 17',
    'Photo 2 of 9',
    'Caption',
    'Close',
    'Text size',
    'This slideshow requires JavaScript.',
    'Iklan',
    'Sponsored links',
    'Related Coverage: Port strikes',
    'Follow the Daily Gazette business desk on Twitter and Facebook.',
    'We may earn a small commission when you buy products through the links on this page.',
    "We'd like to hear what you think about this story. Write to the letters desk.",
  ])('drops gallery controls, ad labels and prompts: %j', (line) => {
    expect(judgeLine(line)).toBe('drop');
  });

  it('reads a labelled stamp with its date in brackets as a dateline', () => {
    expect(judgeLine('Posted : [ 2021-06-14 08:05 ]')).toBe('dateline');
  });

  it.each([
    'Reporting by the agency showed copper exports fell 5% in May.',
    'Editing by hand slowed the plant, the company said.',
    'Three regulators contributed to the report, which found 40% of mills idle.',
    'Analysts said brokers may earn higher commissions on the new contracts.',
    'Image quality of 4 of the 9 satellites fell.',
    'Closing prices rose 2%.',
  ])('keeps story sentences that look like credits or controls: %j', (line) => {
    expect(judgeLine(line)).toBe('keep');
  });

  it.each([
    ['7:40 p.m.', 'keep'],
    ['10 a.m. / 6 p.m.', 'keep'],
    ['2 March 2024 | 16 April 2024', 'keep'],
    ['5 May 2023 – 9 July 2023', 'keep'],
    ['March 2, 2024', 'dateline'],
    ['Updated 7:40 p.m.', 'dateline'],
    ['March 2, 2024 7:40 PM', 'dateline'],
  ])('tells a page stamp from clock times and event spans: %s -> %s', (line, verdict) => {
    expect(judgeLine(line)).toBe(verdict);
  });

  it.each([
    ['Kommentare', 'label'],
    ['Комментарии (12)', 'label'],
    ['Deixe seu comentário', 'drop'],
    ['Добавить комментарий', 'drop'],
    ['More harbour news: https://example.org/harbour and https://example.org/ships', 'drop'],
  ])('knows comment sections in other languages and pointers to the site: %s -> %s', (line, verdict) => {
    expect(judgeLine(line)).toBe(verdict);
  });

  it.each([
    'Rosa Pell, AP Energy Writer',
    'Ivo Tamm and Sara Lund, Associated Press',
    'Nadia Brisk Reuters',
    'Coastal Herald wire services',
    'Senior Contributor',
    'Dana Hollis 2023-06-02 09:41:10',
    'By Omar Feld on Tuesday, June 6th, 2023 at 4:02 p.m.',
    'Friday June 2, 2023 8:15 am EDT by Lia Moreno',
  ])('reads staff lines and dated bylines without "By" rules as bylines: %j', (line) => {
    expect(judgeLine(line)).toBe('byline');
  });

  it.each([
    'Rating: 14 Votes',
    'Sharing is caring!',
    'Share Tweet Email',
    'Like this:',
    'Back to Gallery',
    'You have been successfully subscribed!',
    'An error has occurred, please try again later.',
    'This copy is for your personal, non-commercial use only. Order reprints from our licensing desk.',
    'This report may not be reproduced, copied or transmitted without written consent.',
    'Comments are subject to our house rules.',
    'Opinions expressed by guest columnists are their own.',
    'It looks like you are using an outdated browser. Please update to a modern browser.',
  ])('drops ratings, share bars, form messages and terms of use: %j', (line) => {
    expect(judgeLine(line)).toBe('drop');
  });

  it.each(['About Lumen Dynamics', 'Über Clara Weiss', 'Most read in business'])('labels the blurb and list sections: %j', (line) => {
    expect(judgeLine(line)).toBe('label');
  });

  it.each([
    'The Writer',
    'Smith, the reporter',
    'Harbour Gazette reporter',
    'Lisbon, 2019',
    'Exports rose 5% in March 2024 by value.',
    'The cargo may not be unloaded until inspectors arrive.',
    'About half of the 2,000 tonnes went to Spain.',
    'Thank you notes piled up at the mill in 2019, workers said.',
  ])('keeps story lines near those patterns: %j', (line) => {
    expect(judgeLine(line)).toBe('keep');
  });

  it.each([
    ['2023-06-02 09:41:10 Dana Hollis', 'byline'],
    ['Ana Ruiz is a staff writer at the Lakeside Courier.', 'drop'],
    ['Tomas Vidal (@tvidal) is a contributing writer covering ports and shipping.', 'drop'],
    ['Community guidelines apply to every post you submit.', 'drop'],
    ['You can read our spring port survey here.', 'drop'],
    ['https://example.org/harbour/report-2023', 'drop'],
    ['[callout style="wide"]Get the harbour briefing[/callout]', 'drop'],
  ])('drops bios, stray addresses and unrendered shortcodes: %s -> %s', (line, verdict) => {
    expect(judgeLine(line)).toBe(verdict);
  });

  it.each([
    'Ana is a reporter who saw the fire at the smelter.',
    'Smith is a former correspondent who now runs the mine.',
    'You can see the damage here, the harbour master said of the 40-tonne crane.',
    'Ruiz is a staff writer at heart, she says, and shipped 200 tonnes of tin.',
  ])('keeps story sentences about reporters: %j', (line) => {
    expect(judgeLine(line)).toBe('keep');
  });
});
