import fc from 'fast-check';

/**
 * Article-like text for fuzzing the extractor: the pieces its recognizers look for (figures, units,
 * currencies, dates, countries, company names) in every format and broken form, glued by the
 * separators that change their reading, with odd Unicode and plain random strings mixed in.
 */
const NUMBERS = ['12', '12.5', '1,200', '4,200.75', '1.000.000,50', '0.5', '.5', '5.', '-3', '−3', '+7', '1 000', '1\u202f000',
  '12,', '1,2,3', '9'.repeat(40), '1e9', '½', '1½', 'one', 'twenty-one', 'a third', 'hundred', 'million', 'billion', 'bn', 'mln',
  'dozen', '\uff11\uff12', '\u0661\u0662', 'II', 'zero'];
const UNITS = ['%', ' %', 'percent', 'per cent', 'pct', 'percentage points', 'pp', 'tonnes', 't', 'tons', 'metric tons', 'kg',
  'kilograms', 'lbs', 'pounds', 'ounces', 'Mt', 'kt', 'tpa', 'tonnes a year', 'units', '$', 'US$', '€', '£', '¥', 'yuan', 'USD',
  'EUR', 'million', 'billion', 'dollars', 'a tonne', 'per kg'];
const DATES = ['2025', '2024', '1999', '3000', 'March', 'Sept.', 'September', 'Monday', 'last week', 'yesterday', 'next month',
  'Q3', 'third quarter', 'H1', 'first half', '2025-10-21', '21/10/2025', '10/21/2025', '31/02/2025', '2025-13-45', 'Oct. 9',
  '9 October', 'mid-2026', 'early 2024', 'the 1990s', 'fiscal 2025', 'between March and May', 'from 2020 to 2025', 'Christmas',
  'Lunar New Year', 'a year earlier', 'that month', 'on Monday'];
const NAMES = ['China', 'Chinese', 'the U.S.', 'US', 'U.S.-bound', 'United States', 'Japan', 'Japan’s', "Japan's", 'Myanmar',
  'Burma', 'Georgia', 'Jordan', 'Chad', 'Lynas', 'Lynas Rare Earths', 'Lynas Rare Earths Ltd', 'MP Materials Corp.', 'JOGMEC',
  'China Northern Rare Earth Group', 'Ministry of Commerce', 'the commerce ministry', 'Reuters', 'Apple Inc', 'Co.', 'Ltd', 'Group'];
const WORDS = ['exports', 'imports', 'output', 'fell', 'rose', 'jumped', 'slid', 'to', 'from', 'by', 'of', 'in', 'on', 'about',
  'around', 'more than', 'nearly', 'up to', 'at least', 'below', 'an estimated', 'the', 'a', 'and', 'or', 'while', 'said', 'than',
  'compared with', 'bound', 'for', 'shipped', 'produced', 'worth', 'price', 'quota', 'share', 'rare earth', 'magnets'];
const PUNCT = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '“', '”', "'", '’', '-', '–', '—', '/', '|', '…', '...', '*', '•'];
const ODD = ['\u00a0', '\u2009', '\u202f', '\u200b', '\u200e', '\u200f', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udc00', '\ud83d\ude80',
  '\u0000', '\u0007', '\t', '\r', '\r\n', '\u2028', '\u0301', '\u3000'];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', ', ', '. ', '-', '\t'];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNITS) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);

/** Up to `maxPieces` pieces, each followed by a separator. */
export function newsText(maxPieces = 120): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: maxPieces })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
}

/** Any string at all, for the extractor's outer edges. */
export const anyText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 400 });

/** A publication date, valid or not, or none. */
export const published: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('2025-10-21', '2025-10-21T08:00:00Z', '2024-02-29', '1970-01-01', 'yesterday', '', '2025-13-45', '99999-01-01'),
);
