import { load } from 'cheerio/slim';
import type { Block, CleanDoc } from '@newsfacts/core';
import type { DomElement, DomParent } from './dom-types.ts';
import { scanPage, type ElInfo } from './node-table.ts';
import { chooseContentRoot, markHeadline } from './content-root.ts';
import { titleKey } from './block-sink.ts';
import { writeBlocks, type WriteContext } from './block-writer.ts';
import { visibleText } from './write-context.ts';
import { applyBodyEvidence, collectMetadata } from './metadata/collect-metadata.ts';
import { notArticleReason } from './article-check.ts';
import { BOILERPLATE_VERSION } from './version.ts';
import { limitDepth } from './depth-guard.ts';
import { localPublishedDay } from './metadata/local-day.ts';

export interface CleanOptions {
  /** Publication date from the feed item, used when the page itself carries none. */
  feedPublished?: string | null;
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
 * Pure: the result depends on the arguments only. htmlparser2 (cheerio/slim) parses the page; it is
 * several times faster than parse5 and handles the same broken markup the way browsers mostly do.
 */
export function cleanHtml(html: string, url: string, options: CleanOptions = {}): CleanDoc {
  const source = html.charCodeAt(0) === 0xfeff ? html.slice(1) : html;
  const $ = load(limitDepth(source));
  const scan = scanPage($.root()[0] as unknown as DomParent);
  const index = new Map<DomElement, number>();
  scan.nodes.forEach((n: ElInfo, i) => index.set(n.el, i));
  const ctx: WriteContext = { nodes: scan.nodes, index, titles: [] };
  const meta = collectMetadata(scan, ctx, url, options.feedPublished ?? null);
  ctx.titles = meta.titleCandidates;
  const titleKeys = new Set(meta.titleCandidates.map(titleKey));
  markHeadline(scan.nodes, scan.h1s.filter((i) => titleKeys.has(titleKey(visibleText(ctx, (scan.nodes[i] as ElInfo).el, true)))));
  const rootIdx = chooseContentRoot(scan.nodes);
  const written = rootIdx >= 0
    ? writeBlocks(ctx, rootIdx)
    : { blocks: [], captions: [], droppedHeadlineLinks: 0, headline: null, dateline: null, byline: null };
  applyBodyEvidence(meta.metadata, written);
  meta.metadata.published = localPublishedDay(meta.metadata.published, url);
  const { blocks, bodyText } = withOffsets(written.blocks);
  const title = meta.metadata.title?.value ?? null;
  const reason = notArticleReason({
    blocks,
    titles: meta.titleCandidates,
    declaresArticle: meta.declaresArticle,
    declaresListing: meta.declaresListing,
    droppedHeadlineLinks: written.droppedHeadlineLinks,
    teaserCards: scan.teaserCards,
  });
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
    boilerplateVersion: BOILERPLATE_VERSION,
  };
}
