import { describe, expect, it } from 'vitest';
import { judgeLine } from '../src/boilerplate-lines.ts';

describe('judgeLine', () => {
  it.each([
    ['Advertisement', 'drop'],
    ['Story continues below advertisement', 'drop'],
    ['Read more: China extends curbs to five more rare earths', 'drop'],
    ['Share this article', 'drop'],
    ['Sign up for our newsletter to get the latest prices', 'drop'],
    ['Leave a comment', 'label'],
    ['About the author', 'label'],
    ['Related stories', 'label'],
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
  ])('keeps %j', (line) => {
    expect(judgeLine(line)).toBe('keep');
  });

  it('leaves long lines alone whatever they start with', () => {
    expect(judgeLine(`Read more ${'about the quota, '.repeat(20)}`)).toBe('keep');
  });
});
