import type { DomElement, DomNode, DomParent, DomText } from './dom-types.ts';
import { classifyElement, type Family } from './boilerplate-patterns.ts';
import { countText, type TextCounts } from './text-utils.ts';
import { computeStats } from './node-stats.ts';

/** Elements whose text belongs to the surrounding block (they do not start a new line). */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font',
  'i', 'img', 'ins', 'kbd', 'label', 'mark', 'nobr', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span',
  'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'picture',
]);

/** Never text a reader sees as part of the page (or not text at all). */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'source', 'track', 'select', 'option', 'optgroup', 'input', 'textarea', 'button', 'map', 'link',
  'meta', 'title', 'base', 'head', 'noframes', 'noembed', 'frameset',
]);

/** The page itself: their classes describe the whole page ("single-post has-ads"), not a part. */
const EXEMPT_TAGS = new Set(['html', 'body', 'main']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** One content element, in document order, with text statistics computed once, bottom-up. */
export interface ElInfo {
  el: DomElement;
  tag: string;
  parent: number;
  /** One past the last index of the subtree: descendants are (index, end). */
  end: number;
  inline: boolean;
  inLink: boolean;
  family: Family | null;
  hint: boolean;
  /** Own text block: text of this element and its inline descendants, up to nested blocks. */
  own: TextCounts & { links: number };
  /** Subtree totals, whatever the families say. */
  subChars: number;
  subLinks: number;
  rawGood: number;
  /** The subtree holds an <h1> or an element marked as the article body. */
  marked: boolean;
  /** The subtree holds the headline (set once the title is known). */
  hasHeadline: boolean;
  /** Headline-sized all-link blocks in the subtree (teaser titles, menu entries). */
  headlineLinks: number;
  /** Prose blocks in the subtree. */
  proseBlocks: number;
  /** Images in the subtree. */
  imgs: number;
  /** Children that look like teaser cards (a headline link and a short summary). */
  cardKids: number;
  /** Subtree totals with boilerplate subtrees counted as bad. */
  good: number;
  bad: number;
  neutral: number;
  removed: boolean;
}

export interface PageScan {
  nodes: ElInfo[];
  /** <meta> and <link> elements wherever they appear (malformed pages put them in the body). */
  metaEls: DomElement[];
  jsonLd: string[];
  titleText: string | null;
  htmlLang: string | null;
  /** Table indices of <time> and <h1> elements, for dates and the headline. */
  times: number[];
  h1s: number[];
  /** Elements taken for teaser cards (a linked headline and a short summary, repeated). */
  teaserCards: number;
}

function textOf(el: DomParent): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += (c as DomText).data;
  return s;
}

/** Collects head metadata under a subtree that holds no content (<head>). */
function scanHead(head: DomElement, scan: PageScan): void {
  const stack: DomNode[] = [head];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (node.type !== 'tag' && node.type !== 'script') continue;
    const el = node as DomElement;
    collectMeta(el, scan);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as DomNode);
  }
}

function collectMeta(el: DomElement, scan: PageScan): void {
  const name = el.name;
  if (name === 'meta' || name === 'link') scan.metaEls.push(el);
  else if (name === 'title' && scan.titleText === null) scan.titleText = textOf(el);
  else if (name === 'script' && /ld\+json/i.test(el.attribs.type ?? '')) scan.jsonLd.push(textOf(el));
}

function isHidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined) return true;
  const style = attribs.style;
  return style !== undefined && style.length > 8 && HIDDEN_STYLE.test(style);
}

function newInfo(el: DomElement, parent: number, family: Family | null): ElInfo {
  return {
    el, tag: el.name, parent, end: 0,
    inline: INLINE_TAGS.has(el.name),
    inLink: false,
    family,
    hint: false,
    own: { chars: 0, stops: 0, commas: 0, links: 0 },
    subChars: 0, subLinks: 0, rawGood: 0, marked: false, hasHeadline: false, headlineLinks: 0, proseBlocks: 0,
    imgs: 0, cardKids: 0, good: 0, bad: 0, neutral: 0, removed: false,
  };
}

/** One iterative pre-order walk: content elements into the table, metadata on the side. */
export function scanPage(root: DomParent): PageScan {
  const scan: PageScan = { nodes: [], metaEls: [], jsonLd: [], titleText: null, htmlLang: null, times: [], h1s: [], teaserCards: 0 };
  const nodes = scan.nodes;
  // The document itself is element 0, so that a fragment's top-level paragraphs share a container.
  const doc = { type: 'tag', name: '#document', attribs: {}, children: root.children, parent: null } as DomElement;
  nodes.push(newInfo(doc, -1, null));
  const stack: Array<[DomNode, number]> = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push([root.children[i] as DomNode, 0]);
  while (stack.length > 0) {
    const [node, parent] = stack.pop() as [DomNode, number];
    if (node.type === 'text') {
      const p = nodes[parent];
      if (p) {
        const before = p.own.chars;
        countText((node as DomText).data, p.own);
        if (p.inLink) p.own.links += p.own.chars - before;
      }
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script') continue;
    const el = node as DomElement;
    const tag = el.name;
    if (tag === 'html' && scan.htmlLang === null) scan.htmlLang = el.attribs.lang ?? el.attribs['xml:lang'] ?? null;
    if (tag === 'head') {
      scanHead(el, scan);
      continue;
    }
    if (SKIP_TAGS.has(tag)) {
      collectMeta(el, scan);
      continue;
    }
    const p = nodes[parent];
    const what = classifyElement(tag, el.attribs);
    const family: Family | null = isHidden(el.attribs) ? 'hidden' : EXEMPT_TAGS.has(tag) ? null : what.family;
    const idx = nodes.length;
    if (tag === 'time') scan.times.push(idx);
    else if (tag === 'h1') scan.h1s.push(idx);
    const info = newInfo(el, parent, family);
    info.inLink = tag === 'a' || (p?.inLink ?? false);
    info.hint = what.hint;
    nodes.push(info);
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as DomNode, idx]);
  }
  scan.teaserCards = computeStats(nodes);
  return scan;
}
