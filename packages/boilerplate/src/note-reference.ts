import type { DomElement, DomText } from './dom-types.ts';

/**
 * A note's call in the text: a link to a footnote further down the page, printed as a bare number
 * ("…the lowest sticker price.<a href="#footnote-1">1</a>"). Written with the sentence it would run
 * into the figure before it ("in 2019" + "3" reads "in 20193"), so it is left out; the note itself,
 * where the page prints it, is kept.
 */
const NOTE_TARGET = /^#(?:[\w:.]*[-_:.])?(?:fn|ftn|foot|note|cite|endnote|ref)/i;
const NOTE_CLASS = /(?:^|[\s_-])(?:footnote|fn|note|cite|endnote)(?:-?(?:anchor|ref|link|call|number|mark))?(?:$|[\s_-])/i;
const NOTE_MARK = /^\s*[[(]?\d{1,3}[\])]?\s*$/;

function shortText(el: DomElement, limit: number): string | null {
  let out = '';
  const stack = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out += (node as DomText).data;
    else if (node.type === 'tag') stack.push(...[...(node as DomElement).children].reverse());
    if (out.length > limit) return null;
  }
  return out;
}

export function isNoteReference(el: DomElement): boolean {
  if (el.name !== 'a') return false;
  const href = el.attribs.href ?? '';
  if (!href.startsWith('#') && !/^[^#]*#/.test(href)) return false;
  const target = href.slice(href.indexOf('#'));
  if (!NOTE_TARGET.test(target) && !NOTE_CLASS.test(el.attribs.class ?? '')) return false;
  const text = shortText(el, 8);
  return text !== null && NOTE_MARK.test(text);
}
