import type { Block, CleanDoc, Extraction } from '@newsfacts/core';
import type { DomElement } from './dom-types.ts';
import { scanPage, type ElInfo } from './node-table.ts';
import { chooseContentRoot, markHeadline } from './content-root.ts';
import { ownStory } from './own-story.ts';
import { keepFactBoxesWithNewFigures } from './fact-box.ts';
import { titleKey } from './block-sink.ts';
import { writeBlocks, type WriteContext, type WriteResult } from './block-writer.ts';
import { visibleText } from './write-context.ts';
import { applyBodyEvidence, collectMetadata } from './metadata/collect-metadata.ts';
import { judgeArticle, MIN_BODY_CHARS, type ArticleSignals } from './article-check.ts';
import { fallbackBody, proseChars } from './fallback-body.ts';
import { jsonLdArticleBody, statedBodyWins } from './json-ld-body.ts';
import { appDataScripts, hydrationBody } from './hydration-body.ts';
import { captionStory } from './caption-story.ts';
import { BOILERPLATE_VERSION } from './version.ts';
import { parsePage } from './parse-page.ts';
import { localPublishedDay } from './metadata/local-day.ts';

const NOTHING_WRITTEN: WriteResult = { blocks: [], captions: [], droppedHeadlineLinks: 0, headline: null, dateline: null, byline: null };

export interface CleanOptions {
  /** Publication date from the feed item, used when the page itself carries none. */
  feedPublished?: string | null;
  /** When the page was fetched (ISO): no visible date after it is the story's, and "3 hours ago" counts back from it. */
  fetchedAt?: string | null;
}

function withOffsets(raw: Array<{ kind: Block['kind']; text: string }>): { blocks: Block[]; bodyText: string } {
  const blocks: Block[] = [];
  let pos = 0;
  for (const b of raw) {
    if (blocks.length > 0) pos += 2;
    blocks.push({ kind: b.kind, text: b.text, start: pos, end: pos + b.text.length });
    pos += b.text.length;
  }
  return { blocks, bodyText: raw.map((b) => b.text).join('\n\n') };
}

/**
 * HTML of one page -> its article: body blocks, captions apart, and metadata with their sources.
 * Pure: the result depends on the arguments only. The page is parsed as a browser parses it (parse5).
 */
export function cleanHtml(html: string, url: string, options: CleanOptions = {}): CleanDoc {
  const scan = scanPage(parsePage(html));
  const index = new Map<DomElement, number>();
  scan.nodes.forEach((n: ElInfo, i) => index.set(n.el, i));
  const ctx: WriteContext = { nodes: scan.nodes, index, titles: [] };
  const meta = collectMetadata(scan, ctx, url, options.feedPublished ?? null, options.fetchedAt ?? null);
  ctx.titles = meta.titleCandidates;
  const titleKeys = new Set(meta.titleCandidates.map(titleKey));
  markHeadline(scan.nodes, scan.h1s.filter((i) => titleKeys.has(titleKey(visibleText(ctx, (scan.nodes[i] as ElInfo).el, true)))));
  const rootIdx = ownStory(scan.nodes, chooseContentRoot(scan.nodes));
  if (rootIdx >= 0) keepFactBoxesWithNewFigures(ctx, rootIdx);
  const found = rootIdx >= 0 ? writeBlocks(ctx, rootIdx) : NOTHING_WRITTEN;
  const signals = (w: WriteResult, droppedHeadlineLinks: number): ArticleSignals => ({
    blocks: withOffsets(w.blocks).blocks,
    titles: meta.titleCandidates,
    declaresArticle: meta.declaresArticle,
    declaresListing: meta.declaresListing,
    droppedHeadlineLinks,
    teaserCards: scan.teaserCards,
  });
  let written = found;
  let verdict = judgeArticle(signals(found, found.droppedHeadlineLinks));
  let extraction: Extraction = 'content';
  let note: string | null = verdict.doubt;
  // Too little text where the browser shows more: the content finder missed the article (or the
  // page has none). The fallback's text is judged again, but its dropped links are not counted:
  // taken from the whole page they are the page's menus, not signs of an index.
  if (verdict.reason !== null && proseChars(found) < MIN_BODY_CHARS) {
    const fallback = fallbackBody(ctx, MIN_BODY_CHARS);
    if (fallback && proseChars(fallback.written) > proseChars(found) && !/^(?:error|index) page/.test(verdict.reason)) {
      written = fallback.written;
      verdict = judgeArticle(signals(written, 0));
      extraction = 'fallback';
      const missed = rootIdx < 0 ? 'no element held prose' : `the content finder kept ${proseChars(found)} characters`;
      note = `fallback: ${missed}; took ${fallback.how}`;
    }
  }
  // The story as the page's own article object states it, where the visible body is missing or only
  // its opening: taken when it is the better text, and judged again like any body.
  const stated = verdict.reason !== null && /^(?:error|index) page/.test(verdict.reason) ? null : jsonLdArticleBody(scan.jsonLd);
  if (stated && statedBodyWins(written.blocks, stated, MIN_BODY_CHARS)) {
    const before = proseChars(written);
    written = { ...written, blocks: stated, droppedHeadlineLinks: 0 };
    verdict = judgeArticle(signals(written, 0));
    extraction = 'fallback';
    note = `fallback: the visible body held ${before} characters; took the JSON-LD articleBody`;
  }
  // Still no story on the page: a script app renders it in the browser from the data it ships.
  const clearlyNot = verdict.reason !== null && /^(?:error|index) page/.test(verdict.reason);
  if (!clearlyNot && proseChars(written) < MIN_BODY_CHARS) {
    const shipped = hydrationBody(appDataScripts(html), meta.titleCandidates);
    if (shipped) {
      const before = proseChars(written);
      written = { ...written, blocks: shipped, droppedHeadlineLinks: 0 };
      verdict = judgeArticle(signals(written, 0));
      extraction = 'fallback';
      note = `fallback: the visible body held ${before} characters; took the story from the app's page data`;
    }
  }
  // A gallery's story sits in its slides' captions.
  const slides = clearlyNot ? null : captionStory(written.blocks, written.captions);
  if (slides) {
    written = { ...written, ...slides };
    note = `${note === null ? '' : `${note}; `}the story's text is in its slides' captions`;
  }
  applyBodyEvidence(meta.metadata, written, options.fetchedAt ?? null);
  meta.metadata.published = localPublishedDay(meta.metadata.published, url);
  const { blocks, bodyText } = withOffsets(written.blocks);
  if (bodyText === '') {
    extraction = 'none';
    note = verdict.reason ?? 'the page shows no text';
  }
  const title = meta.metadata.title?.value ?? null;
  const reason = verdict.reason;
  return {
    url,
    title,
    published: meta.metadata.published?.value ?? null,
    canonicalUrl: meta.metadata.canonicalUrl?.value ?? null,
    lang: meta.metadata.lang?.value ?? null,
    bodyText,
    blocks,
    captions: written.captions,
    metadata: meta.metadata,
    isArticle: reason === null,
    notArticleReason: reason,
    extraction,
    extractionNote: note,
    boilerplateVersion: BOILERPLATE_VERSION,
  };
}
