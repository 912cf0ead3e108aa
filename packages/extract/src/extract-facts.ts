import { readDates } from './dates/date-reading.ts';
import { datelineDay } from './dates/dateline.ts';
import type { CalibrationFit, Fact } from '@newsfacts/core';
import { calibrateFacts } from './calibration/calibrate-facts.ts';
import { withHomeDollar } from './quantities/home-dollar.ts';
import type { CueDoc } from './calibration/fact-cues.ts';
import { SHIPPED_FIT } from './calibration/shipped-fit.ts';
import { findDates, refDay, toMention, type DateMention } from './dates/recognize-dates.ts';
import { findCompanies } from './entities/companies.ts';
import { findCountries, type CountryMention } from './entities/countries.ts';
import { isPlaceName } from './entities/places.ts';
import { type ArticleCtx } from './facts/context.ts';
import { dateFacts, type RefSource } from './facts/date-facts.ts';
import { companyFacts, countryFacts } from './facts/entity-facts.ts';
import { inferArticleSubject } from './facts/article-subject.ts';
import { bySentence, measurementFor, metricInRange } from './facts/measurement.ts';
import { tableFacts } from './facts/table-facts.ts';
import { applyUnitDefinitions, isScaleHeading, unitDefinitions } from './facts/document-units.ts';
import { checkMagnitudes } from './facts/magnitude-check.ts';
import { moneyFacts, percentageFacts, tonnageFacts } from './facts/quantity-facts.ts';
import { scanNumerals } from './numbers/recognize-numbers.ts';
import { findMoney } from './quantities/money.ts';
import { percentagesFromTokens } from './quantities/percentages.ts';
import { findWeights } from './quantities/weights.ts';
import { normalizeText } from './text/normalize.ts';
import { proseTokens, sentenceIndex, splitSentences } from './text/sentences.ts';
import { insideAny, overlapsAny } from './text/span-index.ts';
import { tokenize } from './text/tokenize.ts';

export interface ExtractInput {
  /** The article body: blocks separated by blank lines. */
  text: string;
  /** Publication date (ISO date or date-time), the reference for relative dates. */
  published: string | null;
  /** Where the page gave that date ("json-ld", "meta", "visible-date", ...); absent when it came from elsewhere (a feed). */
  publishedSource?: string | null;
  /** The page's language tag ("en-AU"): its region says which dollar a bare "$" is. */
  locale?: string | null;
}

export interface ExtractOptions {
  /** Reference date when the article has none (ISO); dates resolved against it get low confidence. */
  now?: string;
  /** The calibration turning raw scores into probabilities (default: the fit shipped with the extractor). */
  calibration?: CalibrationFit;
  /** What the cleaner knows of the document (date source, how the body was found, its blocks): cues the calibration weighs. */
  document?: Omit<CueDoc, 'text' | 'published'>;
  /** For measuring only: company names the lists of known companies are to ignore, as if never seen. */
  unseenCompanyNames?: readonly string[];
}

/**
 * Facts of one article: tonnages, percentages, money, dates, companies and countries, each with its surface
 * text, sentence, offsets into `text`, normalized value, confidence and the reasons that lowered it.
 * Pure: the only clock is `published` (else `options.now`).
 */
/** Publication dates the cleaner read from the page's text or address rather than its metadata: a guess. */
const GUESSED_SOURCES = new Set(['url', 'html', 'visible-date']);

function referenceSource(input: ExtractInput, published: boolean, now: boolean): RefSource {
  if (!published) return now ? 'now' : null;
  if (refDay(input.published) === null) return 'dateline';
  return input.publishedSource && GUESSED_SOURCES.has(input.publishedSource) ? 'guessed' : 'published';
}

export function extractFacts(input: ExtractInput, options: ExtractOptions = {}): Fact[] {
  const text = typeof input?.text === 'string' ? input.text : '';
  if (text.trim() === '') return [];
  const all = tokenize(normalizeText(text));
  const allSentences = splitSentences(all);
  const tk = proseTokens(all, allSentences);
  const sentences = tk === all ? allSentences : splitSentences(tk);
  const sentenceOf = sentenceIndex(tk, sentences);
  const a: ArticleCtx = { text, tk, sentences, sentenceOf };

  // no publication date given: the one the body states in its dateline, if any
  const published = refDay(input.published) ?? refDay(datelineDay(tk, sentenceOf));
  const now = published === null ? refDay(options.now) : null;
  const ref = published ?? now;
  const refSource = referenceSource(input, published !== null, now !== null);

  const numerals = scanNumerals(tk);
  const tonnage = tonnageFacts(a, findWeights(text, tk, numerals));
  const percentage = percentageFacts(a, percentagesFromTokens(text, tk, numerals, false));
  const money = moneyFacts(a, findMoney(text, tk, numerals));
  const figures = [...tonnage, ...percentage, ...money];

  const tokenOf = (start: number) => {
    let lo = 0;
    let hi = tk.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tk[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // news is reported: a date with no year and no tense cue is read as past; figures start no date
  const skip = new Uint8Array(tk.length);
  for (const f of figures) for (let k = tokenOf(f.start); k < tk.length && tk[k]!.start < f.end; k++) skip[k] = 1;
  const overlapsFigure = overlapsAny(figures);
  const dateMentions: DateMention[] = findDates(tk, sentenceOf, ref, { fallback: 'past', skip })
    .map((h) => toMention(text, tk, h))
    .filter((d) => !overlapsFigure(d));
  const reading = { text, tk, sentenceOf, ref, locale: input.locale ?? null };
  const dates = dateFacts(a, readDates(dateMentions, reading), refSource);

  const countries = findCountries(text, tk);
  const countryTokens = new Set<number>();
  for (const c of countries) for (let k = c.firstToken; k < c.nextToken; k++) countryTokens.add(k);
  const isPlace = (first: number, next: number): boolean => {
    const words = tk.slice(first, next).filter((t) => t.kind === 'word').map((t) => t.low).join(' ');
    if (isPlaceName(words)) return true;
    for (let k = first; k < next; k++) if (tk[k]!.kind === 'word' && !countryTokens.has(k)) return false;
    return true;
  };
  const { companies, organizations } = findCompanies(text, tk, isPlace, options.unseenCompanyNames);
  const companySpans = companies.map((c) => ({ first: c.firstToken, next: c.nextToken }));
  const named = [...companySpans, ...organizations];
  // a country inside a company's name ("China Northern Rare Earth", "US Antimony Corp") is part of that name;
  // inside a public body's name ("U.S. Department of Defense") it still names the country
  const inCompanyName = insideAny(companySpans);
  const keptCountries = countries.filter((c: CountryMention) => !inCompanyName({ first: c.firstToken, next: c.nextToken }));

  const dateLinks = readDates(dateMentions, reading, true).filter((d) => d.qualifier !== 'url' && d.qualifier !== 'vague').map((d) => ({ first: d.firstToken, next: d.nextToken, value: d.value }));
  const names = new Set<number>();
  for (const n of [...named, ...countries.map((c) => ({ first: c.firstToken, next: c.nextToken }))]) for (let k = n.first; k < n.next; k++) names.add(k);
  const measureInputs = { a, names, countries: bySentence(a, keptCountries, (c) => c.firstToken), dates: bySentence(a, dateLinks, (d) => d.first) };
  for (const f of figures) {
    const first = tokenOf(f.start);
    const next = tokenOf(f.end - 1) + 1;
    f.measurement = measurementFor(measureInputs, first, next);
  }
  inferArticleSubject(figures);
  const tables = tableFacts({ a, numerals, countries: keptCountries, dates: dateLinks, metricOf: (from, to) => metricInRange(a, names, from, to) });
  const tonnages = checkMagnitudes(applyUnitDefinitions(a, [...figures, ...tables].filter((f) => !isScaleHeading(f)), numerals, unitDefinitions(text)));
  const facts = [...withHomeDollar(tonnages, input.locale), ...dates, ...countryFacts(a, keptCountries), ...companyFacts(a, companies)];
  facts.sort((x, y) => x.start - y.start || x.end - y.end || x.type.localeCompare(y.type));
  // the publication date the facts were read against, from the page or its dateline
  const readAgainst = published === null ? null : refDay(input.published) !== null ? input.published : datelineDay(tk, sentenceOf);
  const publishedSource = published === null ? null : refDay(input.published) !== null ? (options.document?.publishedSource ?? null) : 'dateline';
  return calibrateFacts(facts, { ...options.document, text, published: readAgainst, publishedSource }, options.calibration ?? SHIPPED_FIT);
}
