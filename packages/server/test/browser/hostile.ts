import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedArticle } from '../helpers/seed.ts';

/** A sentence of our own that tries every trick: a script tag, an image with onerror, a javascript: link. */
export const HOSTILE_SENTENCE =
  'Exports fell to 12 tonnes <script>window.__xss = "script"; alert("script")</script> <img src=x onerror="window.__xss=\'img\';alert(1)"> <a href="javascript:window.__xss=\'link\'">see table</a>.';

export function ownHostileArticle(): SeedArticle {
  return {
    url: 'https://hostile.example/news/<script>alert(1)</script>',
    title: 'Magnets <img src=x onerror="window.__xss=\'title\'"> and <b>bold</b> claims',
    siteName: '<script>window.__xss="outlet"</script>Hostile Wire',
    paragraphs: [`Lead paragraph. ${HOSTILE_SENTENCE} More text <svg onload="window.__xss='svg'">.`],
    facts: [{ text: '12 tonnes', sentence: HOSTILE_SENTENCE, value: 12, confidence: 0.01, reasons: ['<img src=x onerror="window.__xss=\'reason\'">'] }],
  };
}

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/site/articles/xss-attempt.expected.json');

interface XssExpected {
  title: string;
  outlet: string;
  bodyMustContain: string[];
  facts: { type: string; text: string; value: number | string; unit?: string | null }[];
}

/**
 * The shared XSS fixture page's title and body text (as the cleaner must keep them, hostile
 * literals included) with its expected figures, seeded as pending facts. Null when absent.
 */
export function xssFixtureArticle(): SeedArticle | null {
  if (!existsSync(FIXTURE)) return null;
  const x = JSON.parse(readFileSync(FIXTURE, 'utf8')) as XssExpected;
  const facts = x.facts.flatMap((f) => {
    const sentence = x.bodyMustContain.find((p) => p.includes(f.text));
    if (!sentence || (f.type !== 'tonnage' && f.type !== 'percentage')) return [];
    return [{ text: f.text, sentence, type: f.type as 'tonnage' | 'percentage', value: f.value, unit: f.unit ?? null, confidence: 0.02, reasons: ['fixture: xss-attempt'] }];
  });
  return { url: 'https://strata.example/articles/xss-attempt.html', title: x.title, siteName: x.outlet, paragraphs: x.bodyMustContain, facts };
}
