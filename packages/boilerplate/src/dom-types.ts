/**
 * The page tree the cleaner walks: plain objects built by our parse5 tree adapter (page-tree.ts).
 * Element `type` is 'tag', or 'script' / 'style' for those elements; text nodes are 'text'.
 * Declared structurally and kept small: nodes are walked directly, millions of times on big pages.
 */
export interface DomNode {
  type: string;
  parent: DomParent | null;
}

export interface DomParent extends DomNode {
  children: DomNode[];
}

export interface DomElement extends DomParent {
  name: string;
  attribs: Record<string, string>;
}

export interface DomText extends DomNode {
  data: string;
}
