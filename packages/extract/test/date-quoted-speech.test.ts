import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import { insideQuotation, isSpeakerDay } from '../src/dates/quoted-speech.ts';

/** Date facts of a text as "surface=value", published on Friday 14 June 2024. */
const dates = (text: string) =>
  extractFacts({ text, published: '2024-06-14' }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.value}`);

describe('a day counted from the speaker inside a quotation', () => {
  it('is not read against the publication date', () => {
    expect(dates('“We are signing the lease today,” the shop owner told the council.')).toEqual([]);
    expect(dates('"The pumps failed yesterday and nobody came," a resident said.')).toEqual([]);
    expect(dates('“The harvest looked fine. Then last night the frost arrived,” the grower said.')).toEqual([]);
  });

  it('is read in the narration outside the quotation', () => {
    expect(dates('The mayor opened the new bridge yesterday, calling it “overdue”.')).toEqual(['yesterday=2024-06-13']);
    expect(dates('“It is overdue,” the mayor said of the bridge she opened yesterday.')).toEqual(['yesterday=2024-06-13']);
  });

  it('keeps a written date inside a quotation', () => {
    expect(dates('“We delivered the first cargo on May 2, 2024,” the shipper said.')).toEqual(['May 2, 2024=2024-05-02']);
  });
});

describe('insideQuotation', () => {
  it('follows curly and straight marks within a paragraph', () => {
    const text = 'He said “we will go\n“and we will win” today.';
    expect(insideQuotation(text, text.indexOf('go'))).toBe(true);
    expect(insideQuotation(text, text.indexOf('today'))).toBe(false);
    expect(insideQuotation('She said "soon" and left', 20)).toBe(false);
  });

  it('knows the words that name a day from the speaker', () => {
    expect(['today', 'Yesterday afternoon', 'the day after tomorrow', 'last night'].every(isSpeakerDay)).toBe(true);
    expect(['Monday', 'last week', 'June 3'].some(isSpeakerDay)).toBe(false);
  });
});
