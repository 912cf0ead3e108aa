import { CleanDoc } from '@newsfacts/core';
import fc from 'fast-check';
import { BOILERPLATE_VERSION, cleanHtml } from '../../src/index.ts';
import { mutatedPage, randomHtml } from './html-inputs.ts';

const URL_ = 'https://news.example/2025/10/21/story';

/** What every CleanDoc must satisfy whatever the page (see well-formed.ts), as a list of what is wrong. */
export function cleanDocProblems(doc: CleanDoc): string[] {
  const problems: string[] = [];
  const parsed = CleanDoc.safeParse(doc);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  if (doc.boilerplateVersion !== BOILERPLATE_VERSION) problems.push('boilerplateVersion');
  if (doc.bodyText !== doc.blocks.map((b) => b.text).join('\n\n')) problems.push('bodyText is not the blocks joined by blank lines');
  doc.blocks.forEach((b, i) => {
    if (doc.bodyText.slice(b.start, b.end) !== b.text) problems.push(`block ${i}: offsets ${b.start}-${b.end} do not point at its text`);
    if (b.text.length === 0) problems.push(`block ${i}: empty`);
    if (b.text.trim() !== b.text) problems.push(`block ${i}: untrimmed`);
    if (b.text.includes('\n\n')) problems.push(`block ${i}: holds a blank line`);
  });
  if (doc.isArticle !== (doc.notArticleReason === null)) problems.push('isArticle disagrees with notArticleReason');
  return problems;
}

function checkPage(html: string): void {
  const problems = cleanDocProblems(cleanHtml(html, URL_, { feedPublished: '2025-10-21' }));
  if (problems.length) throw new Error(problems.join('\n'));
}

/** Broken real pages and random trees: cleanHtml returns a well-formed CleanDoc and never throws. */
export const cleanProperties = {
  'cleanHtml on mutated fixture pages': fc.property(mutatedPage(), checkPage),
  'cleanHtml on random element trees': fc.property(randomHtml, checkPage),
};
