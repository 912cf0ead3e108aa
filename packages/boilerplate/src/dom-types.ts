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

export function isElement(node: DomNode): node is DomElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: DomNode): node is DomText {
  return node.type === 'text';
}

/** Concatenated text of a subtree, walked iteratively (pages can nest thousands of levels deep). */
export function subtreeText(root: DomNode): string {
  const out: string[] = [];
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as DomNode;
    if (isText(node)) out.push(node.data);
    else if (node.type === 'tag' || node.type === 'root') {
      const kids = (node as DomParent).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as DomNode);
    }
  }
  return out.join('');
}
