import type { BlockKind } from '@newsfacts/core';
import { judgeLine } from './boilerplate-lines.ts';
import { normalizeSpace } from './text-utils.ts';

export interface RawBlock {
  kind: BlockKind;
  text: string;
}

/** Stands for a <br> inside the text being gathered; two in a row end a paragraph. */
export const BR = '\u0001';
/** Bracket link text inside the gathered text, so that each line's link share can be measured. */
const LINK_OPEN = '\u0002';
const LINK_CLOSE = '\u0003';

interface Line {
  text: string;
  linkShare: number;
  /** Words outside links: a sentence around a long link has several, a menu entry none. */
  plainWords: number;
}

const LINK_MARKS = /[\u0002\u0003]/g;

/** Strips the link brackets from a line and measures the share of its characters that were links.
 * A link can run across a <br>, so the state at the line's start is passed in. */
function measureLine(marked: string, startInLink: boolean): Line & { endInLink: boolean } {
  let chars = 0;
  let links = 0;
  let inLink = startInLink;
  let marks = false;
  let plainWords = 0;
  let inWord = false;
  for (let i = 0; i < marked.length; i++) {
    const c = marked.charCodeAt(i);
    if (c === 2 || c === 3) {
      inLink = c === 2;
      marks = true;
      inWord = false;
    } else if (c > 32) {
      chars++;
      if (inLink) links++;
      const letter = c > 127 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (letter && !inWord && !inLink) plainWords++;
      inWord = letter;
    } else inWord = false;
  }
  const text = marks ? normalizeSpace(marked.replace(LINK_MARKS, '')) : normalizeSpace(marked);
  return { text, linkShare: chars > 0 ? links / chars : 0, plainWords, endInLink: inLink };
}

/** Mostly links, and not a sentence that merely carries long links ("X has been eliminated from Y."). */
function isLinkLine(line: Line): boolean {
  if (line.linkShare <= 0.5) return false;
  return !(line.linkShare <= 0.85 && line.plainWords >= 3 && /[.!?…]["”’»)]?$/.test(line.text));
}

/** Sized and worded like a headline (a bare URL is not one). */
function isHeadlineText(line: string): boolean {
  return line.length >= 20 && line.length <= 200 && line.split(' ').length >= 4;
}

/**
 * Splits gathered text at <br> marks: a blank stretch between two marks ends a paragraph, a single
 * mark is a line break inside it. (Done by splitting, not by a regex with whitespace on both sides
 * of the mark, which backtracks quadratically over long whitespace runs.)
 */
function paragraphsOf(raw: string): Line[][] {
  const pieces = raw.split(BR);
  const out: Line[][] = [];
  let lines: Line[] = [];
  let inLink = false;
  for (let k = 0; k < pieces.length; k++) {
    const line = measureLine(pieces[k] as string, inLink);
    inLink = line.endInLink;
    if (line.text) lines.push({ text: line.text, linkShare: line.linkShare, plainWords: line.plainWords });
    else if (k > 0 && k < pieces.length - 1 && lines.length > 0) {
      out.push(lines);
      lines = [];
    }
  }
  if (lines.length > 0) out.push(lines);
  return out;
}


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
  /** Block nesting depth, kept by the writer; a section label drops what follows up to the end of
   * the element that holds it (labelScope), or up to the next real heading. */
  private depth = 0;
  private labelScope = -1;

  constructor(titles: string[]) {
    const keys = new Map<string, string>();
    for (const t of titles) {
      const k = titleKey(t);
      if (k.length > 0) keys.set(k, t);
    }
    this.titleKeys = keys.size > 0 ? keys : null;
  }

  enter(): void {
    this.depth++;
  }

  exit(): void {
    this.depth--;
    if (this.labelScope >= 0 && this.depth < this.labelScope) this.labelScope = -1;
  }

  append(text: string, inLink: boolean): void {
    this.parts.push(inLink ? `${LINK_OPEN}${text}${LINK_CLOSE}` : text);
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

  /** Ends the block gathered so far; `closing` when its element ends (not a child starting). */
  flush(kind: BlockKind, closing = true): void {
    if (this.parts.length === 0) return;
    const raw = this.parts.join('');
    this.parts = [];
    if (kind === 'preformatted') {
      const text = raw.split(BR).join('\n').replace(/[\u0002\u0003]/g, '').replace(/^\n+/, '').trimEnd();
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
        if (verdict === 'byline') this.byline ??= line;
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

  /** Ends the body: a heading with nothing after it labels what was cut away. */
  finish(): RawBlock[] {
    this.pending = null;
    return this.blocks;
  }
}

export function titleKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
