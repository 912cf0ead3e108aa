import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../src/block-sink.ts';
import { jsonLdArticleBody, statedBodyWins } from '../src/json-ld-body.ts';
import { cleanHtml } from '../src/index.ts';

const STORY = [
  'The Quillmoor water company will raise household bills by an average of nine pounds a year from April, it said on Wednesday, to pay for new reservoirs.',
  'Its regulator approved the rise after the company agreed to cut leakage by a tenth over five years and to publish monthly figures for every district.',
  'Customer groups said the increase would hit families already struggling with energy costs, and asked for a wider social tariff for those on low incomes.',
];
const ld = (o: Record<string, unknown>) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', ...o })}</script>`;
const para = (text: string): RawBlock => ({ kind: 'paragraph', text });

describe('jsonLdArticleBody', () => {
  it('reads the article object’s body as paragraphs, from plain text or HTML', () => {
    expect(jsonLdArticleBody([JSON.stringify({ '@type': 'NewsArticle', articleBody: STORY.join('\n\n') })])).toEqual(STORY.map(para));
    const html = STORY.map((s) => `<p>${s.replace('nine pounds', 'nine pounds &amp; more')}</p>`).join('');
    expect(jsonLdArticleBody([JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': ['Article'], articleBody: html }] })])?.[0]?.text).toContain('nine pounds & more');
  });

  it('ignores bodies of objects that are not articles, and pages without one', () => {
    expect(jsonLdArticleBody([JSON.stringify({ '@type': 'VideoObject', articleBody: STORY.join('\n') })])).toBeNull();
    expect(jsonLdArticleBody([JSON.stringify({ '@type': 'NewsArticle', headline: 'Bills rise' })])).toBeNull();
    expect(jsonLdArticleBody(['{not json'])).toBeNull();
  });
});

describe('statedBodyWins', () => {
  const stated = STORY.map(para);
  it('takes the stated story over a missing or thin visible body', () => {
    expect(statedBodyWins([], stated, 150)).toBe(true);
    expect(statedBodyWins([para('Share this story')], stated, 150)).toBe(true);
  });

  it('takes it over a visible opening that agrees with it, not over one that does not', () => {
    const long = [...stated, ...stated, ...stated, ...stated].map((b, i) => para(`${b.text} (${i})`));
    expect(statedBodyWins([para(`${STORY[0]} (0)`), para(STORY[1] as string)], long, 150)).toBe(true);
    expect(statedBodyWins([para('A different story about a council car park, its fees and the traders on the high street who say they lose custom every week that the barrier stays down and the machines refuse their coins.')], long, 150)).toBe(false);
  });

  it('keeps a visible body that holds the story, and ignores a stated summary', () => {
    expect(statedBodyWins(stated, stated, 150)).toBe(false);
    expect(statedBodyWins([], [para('Bills rise by nine pounds.')], 150)).toBe(false);
  });
});

describe('cleanHtml with a stated story', () => {
  const page = (head: string, body: string) =>
    `<!doctype html><html><head><title>Quillmoor water bills to rise</title>${head}</head><body><nav><a href="/">Home</a></nav>${body}<footer>© Quillmoor Gazette</footer></body></html>`;

  it('an app shell that renders the story in the browser: the stated story is the body', () => {
    const doc = cleanHtml(page(ld({ '@type': 'NewsArticle', headline: 'Quillmoor water bills to rise', articleBody: STORY.join('\n') }), '<div id="root"><h1>Quillmoor water bills to rise</h1></div>'), 'https://quillmoor.example/news/bills');
    expect(doc.isArticle, doc.notArticleReason ?? '').toBe(true);
    expect(doc.bodyText).toBe(STORY.join('\n\n'));
    expect(doc.extraction).toBe('fallback');
    expect(doc.extractionNote).toMatch(/JSON-LD articleBody/);
  });

  it('a story cut short for the reader: the stated full story is the body', () => {
    const full = [...STORY, ...STORY.map((s) => s.replace('Quillmoor', 'The Quillmoor')), ...STORY.map((s) => `Later, ${s}`)];
    const doc = cleanHtml(page(ld({ '@type': 'NewsArticle', articleBody: full.join('\n\n') }), `<article><h1>Quillmoor water bills to rise</h1><p>${STORY[0]}</p><div class="paywall">Subscribe to read the rest</div></article>`), 'https://quillmoor.example/news/bills');
    expect(doc.bodyText).toContain(full[8] as string);
  });

  it('a page whose visible story is whole keeps it', () => {
    const doc = cleanHtml(page(ld({ '@type': 'NewsArticle', articleBody: 'Bills will rise, the company said, in a short summary written for search engines and social cards only.' }), `<article><h1>Quillmoor water bills to rise</h1>${STORY.map((s) => `<p>${s}</p>`).join('')}</article>`), 'https://quillmoor.example/news/bills');
    expect(doc.extraction).toBe('content');
    expect(doc.bodyText).toBe(STORY.join('\n\n'));
  });
});
