/**
 * The few fields of the htmlparser2 (domhandler) tree that we read. Declared structurally so that the
 * package depends on cheerio only; nodes are walked directly because cheerio wrappers cost too much
 * per node on big pages.
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
