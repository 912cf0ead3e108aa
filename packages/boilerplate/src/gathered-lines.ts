import { normalizeSpace } from './text-utils.ts';

/** Stands for a <br> inside the text being gathered; two in a row end a paragraph. */
export const BR = '\u0001';
/** Bracket link text inside the gathered text, so that each line's link share can be measured. */
export const LINK_OPEN = '\u0002';
export const LINK_CLOSE = '\u0003';

export interface Line {
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
export function isLinkLine(line: Line): boolean {
  if (line.linkShare <= 0.5) return false;
  return !(line.linkShare <= 0.85 && line.plainWords >= 3 && /[.!?…]["”’»)]?$/.test(line.text));
}

/** Sized and worded like a headline (a bare URL is not one). */
export function isHeadlineText(line: string): boolean {
  return line.length >= 20 && line.length <= 200 && line.split(' ').length >= 4;
}

/**
 * Splits gathered text at <br> marks: a blank stretch between two marks ends a paragraph, a single
 * mark is a line break inside it. (Done by splitting, not by a regex with whitespace on both sides
 * of the mark, which backtracks quadratically over long whitespace runs.)
 */
export function paragraphsOf(raw: string): Line[][] {
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
