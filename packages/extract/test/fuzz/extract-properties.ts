import { capFacts, Fact, MAX_FACTS_PER_ARTICLE, MAX_FACTS_PER_SENTENCE, sentenceSlots } from '@newsfacts/core';
import { cleanHtml } from '@newsfacts/boilerplate';
import fc from 'fast-check';
import { mutatedPage } from '../../../boilerplate/test/fuzz/html-inputs.ts';
import { extractFacts } from '../../src/index.ts';
import { hugeTablePage, repeatedSentenceText } from './flood-inputs.ts';
import { anyText, newsText, published } from './text-inputs.ts';

/** What every fact must satisfy whatever the text, as a list of what is wrong. */
export function factProblems(text: string, facts: Fact[]): string[] {
  const problems: string[] = [];
  facts.forEach((f, i) => {
    const at = `fact ${i} (${f.type} ${JSON.stringify(f.text)})`;
    const parsed = Fact.safeParse(f);
    if (!parsed.success) problems.push(`${at}: schema: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`).join('; ')}`);
    if (!(f.start >= 0 && f.start < f.end && f.end <= text.length)) problems.push(`${at}: offsets ${f.start}-${f.end} outside 0-${text.length}`);
    else if (text.slice(f.start, f.end) !== f.text) problems.push(`${at}: text.slice(${f.start}, ${f.end}) is ${JSON.stringify(text.slice(f.start, f.end))}`);
    if (f.sentence !== '' && !text.includes(f.sentence)) problems.push(`${at}: sentence is not in the text`);
    if (typeof f.value === 'number' && !Number.isFinite(f.value)) problems.push(`${at}: value ${f.value}`);
    if (f.range && !(Number.isFinite(f.range.min) && Number.isFinite(f.range.max) && f.range.min <= f.range.max)) problems.push(`${at}: range ${JSON.stringify(f.range)}`);
    if (i > 0 && facts[i - 1]!.start > f.start) problems.push(`${at}: facts out of text order`);
  });
  return problems;
}

function check(text: string, facts: Fact[]): void {
  const problems = factProblems(text, facts);
  if (problems.length) throw new Error(problems.join('\n'));
}

/** The caps hold and account for every fact: what they keep is valid, what they drop is counted. */
function checkCapped(text: string, facts: Fact[]): void {
  const capped = capFacts(facts);
  check(text, capped.facts);
  const problems: string[] = [];
  if (capped.facts.length > MAX_FACTS_PER_ARTICLE) problems.push(`${capped.facts.length} facts kept, over ${MAX_FACTS_PER_ARTICLE}`);
  if (capped.facts.length + capped.dropped !== facts.length) problems.push(`${capped.facts.length} kept + ${capped.dropped} dropped != ${facts.length} found`);
  if ((capped.dropped > 0) !== (capped.reason !== null)) problems.push(`dropped ${capped.dropped} with reason ${capped.reason}`);
  const perSlot = new Map<number, number>();
  for (const slot of sentenceSlots(capped.facts)) perSlot.set(slot, (perSlot.get(slot) ?? 0) + 1);
  for (const [slot, n] of perSlot) if (n > MAX_FACTS_PER_SENTENCE) problems.push(`sentence ${slot} keeps ${n} facts, over ${MAX_FACTS_PER_SENTENCE}`);
  if (problems.length) throw new Error(problems.join('\n'));
}

/** Facts from any text point into it; the same input always gives the same facts (no state kept between calls). */
export const extractProperties = {
  'extractFacts on article-like text': fc.property(newsText(), published, (text, pub) => {
    const facts = extractFacts({ text, published: pub }, { now: '2025-10-21' });
    check(text, facts);
    const again = extractFacts({ text, published: pub }, { now: '2025-10-21' });
    if (JSON.stringify(again) !== JSON.stringify(facts)) throw new Error('a second run gave other facts');
  }),
  'extractFacts on arbitrary strings': fc.property(anyText, published, (text, pub) => check(text, extractFacts({ text, published: pub }))),
  'cleanHtml then extractFacts on mutated fixture pages': fc.property(mutatedPage(6), (html) => {
    const doc = cleanHtml(html, 'https://news.example/2025/10/21/story', { feedPublished: '2025-10-21' });
    check(doc.bodyText, extractFacts({ text: doc.bodyText, published: doc.published }));
  }),
  'extractFacts and the caps on one sentence repeated thousands of times': fc.property(repeatedSentenceText, (text) => checkCapped(text, extractFacts({ text, published: '2025-10-21' }))),
  'cleanHtml, extractFacts and the caps on pages with a huge table': fc.property(hugeTablePage, (html) => {
    const doc = cleanHtml(html, 'https://news.example/2025/10/21/tables', { feedPublished: '2025-10-21' });
    checkCapped(doc.bodyText, extractFacts({ text: doc.bodyText, published: doc.published }));
  }),
};
