import type { BlockKind } from '@newsfacts/core';
import { judgeLine } from './boilerplate-lines.ts';
import { normalizeSpace } from './text-utils.ts';
import { storyTailStart } from './story-tail.ts';
import { topicHeadEnd, topicTailStart } from './topic-tail.ts';
import { topicStems } from './topic-words.ts';
import { dropRepeatedBlocks } from './repeated-blocks.ts';
import { headlineBeforeByline, nextStoryStart } from './next-story.ts';
import { BR, LINK_CLOSE, LINK_OPEN, isHeadlineText, isLinkLine, paragraphsOf, type Line } from './gathered-lines.ts';

export interface RawBlock {
  kind: BlockKind;
  text: string;
}

const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const CONTROL_CHARS_ALL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

/**
 * Gathers the text of one block at a time, then decides what becomes of it: a body block, a caption,
 * or nothing (link lists, ad labels, share prompts). A heading is held back until real content
 * follows it, so that "Related stories" above a removed teaser list goes with the list.
 */
export class BlockSink {
  readonly blocks: RawBlock[] = [];
  readonly captions: string[] = [];
  /** Headline-sized all-link blocks dropped: many of them mean a teaser list, not an article. */
  droppedHeadlineLinks = 0;
  /** The headline as the body repeats it (a line equal to a part of the <title>). */
  headline: string | null = null;
  /** The first dateline dropped from the body ("Tuesday, August 12, 2025 - 10:42 GMT+8"). */
  dateline: string | null = null;
  /** The first byline dropped from the body ("By Grace Tan, Shanghai Correspondent"). */
  byline: string | null = null;
  private parts: string[] = [];
  private pending: RawBlock | null = null;
  private pendingSpoiled = false;
  private titleKeys: Map<string, string> | null;
  /** The topic words of the page's headline (its longest title, less the site name beside it). */
  private titleStems: Set<string>;
  /** Block nesting depth, kept by the writer; a section label drops what follows up to the end of
   * the element that holds it (labelScope), or up to the next real heading. */
  private depth = 0;
  private labelScope = -1;
  /** Where a headline followed by its byline starts another story (next-story.ts). */
  private storyBreaks: number[] = [];

  constructor(titles: string[]) {
    const keys = new Map<string, string>();
    for (const t of titles) {
      const k = titleKey(t);
      if (k.length > 0) keys.set(k, t);
    }
    this.titleKeys = keys.size > 0 ? keys : null;
    const segments = titles.flatMap((t) => t.split(/\s+[|–—-]\s+/));
    this.titleStems = topicStems(segments.reduce((a, b) => (b.length > a.length ? b : a), ''));
  }

  noteHeadline(text: string): void {
    if (text) this.headline ??= text;
  }

  enter(): void {
    this.depth++;
  }

  exit(): void {
    this.depth--;
    if (this.labelScope >= 0 && this.depth < this.labelScope) this.labelScope = -1;
  }

  append(text: string, inLink: boolean): void {
    // Control characters never show on a page; removing them also keeps our markers unambiguous.
    const clean = CONTROL_CHARS.test(text) ? text.replace(CONTROL_CHARS_ALL, '') : text;
    this.parts.push(inLink ? `${LINK_OPEN}${clean}${LINK_CLOSE}` : clean);
  }

  lineBreak(): void {
    this.parts.push(BR);
  }

  /** Furniture was skipped at this point: a held-back heading was its label. */
  spoil(): void {
    if (this.pending) this.pendingSpoiled = true;
  }

  caption(text: string): void {
    const t = normalizeSpace(text);
    if (t && !this.captions.includes(t)) this.captions.push(t);
  }

  /** An author line the markup set apart (p.byline), skipped by the writer: it may still follow another story's headline. */
  skippedAuthorLine(text: string): void {
    const line = normalizeSpace(text);
    if (line.length > 0 && line.length < 200 && judgeLine(line) === 'byline') this.noteStoryBreak();
  }

  private noteStoryBreak(): void {
    const at = headlineBeforeByline(this.blocks, this.pending !== null);
    if (at !== null && !this.storyBreaks.includes(at)) this.storyBreaks.push(at);
  }

  /** Ends the block gathered so far; `closing` when its element ends (not a child starting). */
  flush(kind: BlockKind, closing = true): void {
    if (this.parts.length === 0) return;
    const raw = this.parts.join('');
    this.parts = [];
    if (kind === 'preformatted') {
      // Line breaks and indentation stay, but not blank lines: in bodyText a blank line ends a block.
      const lines = raw.split(BR).join('\n').replace(/[\u0002\u0003]/g, '').split('\n');
      const text = lines.filter((line) => line.trim() !== '').join('\n').trim();
      if (text) this.emit({ kind, text });
      return;
    }
    for (const lines of paragraphsOf(raw)) this.judge(kind, lines, closing);
  }

  private isTitle(kind: BlockKind, line: string): boolean {
    if (this.titleKeys === null || line.length > 400 || (kind !== 'heading' && kind !== 'paragraph')) return false;
    const match = this.titleKeys.get(titleKey(line));
    if (match === undefined) return false;
    this.headline = line;
    this.titleKeys = null;
    return true;
  }

  /** Judges each line of a paragraph: furniture lines go, captions move, the rest is body. */
  private judge(kind: BlockKind, lines: Line[], closing: boolean): void {
    if (kind === 'table-row') {
      if (this.labelScope < 0) this.emit({ kind, text: lines.map((l) => l.text).join(' ') });
      return;
    }
    const kept: string[] = [];
    let dropped = false;
    for (const l of lines) {
      const line = l.text;
      // A mostly-link line is navigation, a teaser or a "Read more" line, not prose.
      if (isLinkLine(l)) {
        if (isHeadlineText(line)) this.droppedHeadlineLinks++;
        dropped = true;
        continue;
      }
      if (this.isTitle(kind, line)) continue;
      const verdict = judgeLine(line);
      if (verdict === 'label') {
        // "About the author", "Related stories": this line and what follows are furniture.
        if (kind === 'heading' || kept.length === 0) {
          this.labelScope = closing ? this.depth - 1 : this.depth;
          this.spoil();
          return;
        }
        dropped = true;
        break;
      }
      if (kind === 'heading' && verdict === 'keep') this.labelScope = -1;
      if (verdict === 'caption') this.caption(line);
      else if (verdict === 'keep') kept.push(line);
      else {
        if (verdict === 'dateline' && this.dateline === null && !/updat|modif|atualiz|actualiz/i.test(line)) this.dateline = line;
        if (verdict === 'byline') {
          this.byline ??= line;
          if (kept.length === 0) this.noteStoryBreak();
        }
        dropped = true;
      }
    }
    if (this.labelScope >= 0 || kept.length === 0) {
      if (dropped || this.labelScope >= 0) this.spoil();
      return;
    }
    this.emit({ kind, text: kept.join('\n') });
  }

  private emit(block: RawBlock): void {
    if (block.kind === 'heading') {
      this.releasePending();
      this.pending = block;
      this.pendingSpoiled = false;
      return;
    }
    this.releasePending();
    this.blocks.push(block);
  }

  private releasePending(): void {
    if (this.pending && !this.pendingSpoiled) this.blocks.push(this.pending);
    this.pending = null;
    this.pendingSpoiled = false;
  }

  /** Ends the body: a heading with nothing after it labels what was cut away. Where the markup set
   * no furniture apart, so do a page's tail of other stories' headlines (story-tail.ts), and other
   * stories' ledes after the story or a teaser above it (topic-tail.ts). */
  finish(unstructured: boolean): RawBlock[] {
    this.pending = null;
    this.blocks.length = nextStoryStart(this.blocks, this.storyBreaks);
    const unique = dropRepeatedBlocks(this.blocks);
    if (unique.length < this.blocks.length) this.blocks.splice(0, this.blocks.length, ...unique);
    if (!unstructured) return this.blocks;
    this.blocks.length = storyTailStart(this.blocks);
    this.blocks.splice(0, topicHeadEnd(this.blocks, this.titleStems));
    this.blocks.length = topicTailStart(this.blocks, this.titleStems);
    return this.blocks;
  }
}

export function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
