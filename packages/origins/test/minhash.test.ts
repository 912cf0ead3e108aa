import { describe, expect, it } from 'vitest';
import { BandIndex, bandKeys, BANDS, rankCandidates } from '../src/lsh.ts';
import { compareTexts } from '../src/match.ts';
import { signatureFromBytes, signatureToBytes, signText } from '../src/minhash.ts';
import { words } from '../src/words.ts';

const STORY = [
  'Overseas sales of tungsten from Velmora dropped 18.4% year on year in March to 1,240 tonnes, official trade data showed on Tuesday.',
  'Shipments have slowed since the government began asking sellers to document who ultimately receives each consignment.',
  'Most of the material still went to Cadria, whose importers cut their bookings after prices climbed.',
  'A ministry spokesperson said permits were now being granted within weeks rather than months.',
  'In Kessby, dealers reported offers near 410 dollars a kilo, up sharply since the spring.',
  'A research note from a local broker said factories were leaning on reserves they had accumulated before the rules changed.',
  'Projects to build alternative supply elsewhere are advancing slowly, with most not expected to start until next year.',
];

describe('words', () => {
  it('drops function words and unifies unit and percent spellings that copy editors change', () => {
    expect(words('fell 5.5% to 1,200 tonnes on Monday')).toEqual(words('fell 5.5 per cent to 1200 metric tons Monday'));
  });
});

describe('MinHash signatures', () => {
  it('sees a re-paragraphed copy with an editor\'s intro and the end cut off as the same text', () => {
    const original = STORY.join('\n\n');
    const copy = ['Editor\'s note: we carry this report under a sharing agreement with our partner service.', `${STORY[0]} ${STORY[1]}`, ...STORY.slice(2, 5)].join('\n\n');
    const m = compareTexts(signText(original), signText(copy));
    expect(m.same).toBe(true);
    expect(m.containment).toBeGreaterThan(0.7);
  });

  it('keeps apart two reports of one figure in other words that share one quoted sentence', () => {
    const other = [
      'Velmora shipped 1,240 tonnes of tungsten abroad in March, 18.4% less than a year earlier, according to customs figures.',
      'The decline followed new licensing rules that require exporters to name the end user of every cargo.',
      'Buyers in Cadria took the largest share, although their purchases also shrank.',
      STORY[3] as string,
      'Spot quotes in Kessby climbed to about 410 dollars per kilogram, the highest level in two years.',
    ].join('\n\n');
    const m = compareTexts(signText(STORY.join('\n\n')), signText(other));
    expect(m.same).toBe(false);
    expect(m.containment).toBeLessThan(0.3);
  });

  it('does not call two empty or tiny texts the same story', () => {
    expect(compareTexts(signText(''), signText('')).same).toBe(false);
    expect(compareTexts(signText('Prices rose.'), signText('Prices rose.')).same).toBe(false);
  });

  it('round-trips through bytes', () => {
    const s = signText(STORY.join(' '));
    expect([...signatureFromBytes(signatureToBytes(s.values))]).toEqual([...s.values]);
  });
});

describe('bands', () => {
  it('gives BANDS safe-integer keys, and a copy shares bands with its original while another story does not', () => {
    const a = bandKeys(signText(STORY.join(' ')).values);
    expect(a).toHaveLength(BANDS);
    for (const k of a) expect(Number.isSafeInteger(k)).toBe(true);
    const index = new BandIndex();
    index.add(1, a);
    index.add(2, bandKeys(signText('A different story about harvests, rainfall and the price of wheat in the northern provinces this autumn season.').values));
    const copy = bandKeys(signText(STORY.slice(0, 5).join('\n')).values);
    expect(rankCandidates(index.hits(copy), 10)).toEqual([1]);
  });
});
