import { type DefaultTreeAdapterMap, parse } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose content a browser does not show as page text (scripting on, as in a browser). */
const NOT_SHOWN = new Set(['head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'noframes', 'noembed', 'textarea', 'select']);

function hiddenByAttribute(el: Element): boolean {
  return el.attrs.some((a) => a.name === 'hidden' || (a.name === 'style' && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(a.value)));
}

/**
 * The text a browser shows for these bytes, in document order: the tree parse5 builds with its own
 * default tree (independent of the cleaner's adapter), less what is never rendered.
 */
export function browserText(html: string): string {
  const out: string[] = [];
  const stack: Node[] = [parse(html)];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeName === '#text') {
      out.push((node as DefaultTreeAdapterMap['textNode']).value);
      continue;
    }
    if (!('childNodes' in node)) continue;
    if ('tagName' in node) {
      if (NOT_SHOWN.has(node.tagName) || hiddenByAttribute(node)) continue;
      out.push(' ');
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i] as Node);
  }
  return out.join('');
}

/** Words, lower-cased: punctuation and layout (line breaks, " | " between cells) do not count. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether `needle` occurs in `hay` as a run of consecutive words. */
export function containsRun(hay: string[], needle: string[]): boolean {
  if (needle.length === 0) return true;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let k = 0; k < needle.length; k++) if (hay[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}
