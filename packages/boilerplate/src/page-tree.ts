import { type Token, type TreeAdapter, type TreeAdapterTypeMap, html } from 'parse5';
import type { DomElement, DomNode, DomParent, DomText } from './dom-types.ts';

/** An element as parse5 needs it (namespace, attribute list) and as the cleaner reads it (attribs). */
export interface TreeElement extends DomElement {
  namespace: html.NS;
  attrs: Token.Attribute[];
  /** A <template>'s content: kept off the tree, since a template is never shown. */
  content?: TreeParent;
}
export type TreeParent = DomParent & { mode?: html.DOCUMENT_MODE };
interface TreeComment extends DomNode {
  data: string;
}

type PageTreeMap = TreeAdapterTypeMap<DomNode, TreeParent, DomNode, TreeParent, TreeParent, TreeElement, TreeComment, DomText, TreeElement, DomNode>;

function elementType(name: string): string {
  return name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
}

function attribsOf(attrs: Token.Attribute[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of attrs) out[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
  return out;
}

function detach(node: DomNode): void {
  const p = node.parent;
  if (!p) return;
  const i = p.children.indexOf(node);
  if (i >= 0) p.children.splice(i, 1);
  node.parent = null;
}

/**
 * parse5 builds the tree a browser builds; this adapter makes it of plain objects with only what
 * the cleaner reads. (parse5's own htmlparser2 adapter builds domhandler class instances with
 * extra fields per element, which costs about a third more time on big pages.)
 */
export const pageTreeAdapter: TreeAdapter<PageTreeMap> = {
  createDocument: () => ({ type: 'root', parent: null, children: [] }),
  createDocumentFragment: () => ({ type: 'root', parent: null, children: [] }),
  createElement(name, namespace, attrs) {
    const el: TreeElement = { type: elementType(name), name, attribs: attribsOf(attrs), attrs, namespace, children: [], parent: null };
    return el;
  },
  createCommentNode: (data) => ({ type: 'comment', data, parent: null }) as TreeComment,
  createTextNode: (data) => ({ type: 'text', data, parent: null }) as DomText,
  appendChild(parent, node) {
    parent.children.push(node);
    node.parent = parent;
  },
  insertBefore(parent, node, ref) {
    const i = parent.children.indexOf(ref);
    parent.children.splice(i < 0 ? parent.children.length : i, 0, node);
    node.parent = parent;
  },
  setTemplateContent(template, content) {
    template.content = content;
  },
  getTemplateContent: (template) => template.content ?? { type: 'root', parent: null, children: [] },
  setDocumentType() {
    // The doctype only sets the quirks mode (setDocumentMode); no node is needed for it.
  },
  setDocumentMode(doc, mode) {
    doc.mode = mode;
  },
  getDocumentMode: (doc) => doc.mode ?? html.DOCUMENT_MODE.NO_QUIRKS,
  detachNode: detach,
  insertText(parent, text) {
    const last = parent.children[parent.children.length - 1];
    if (last && last.type === 'text') (last as DomText).data += text;
    else pageTreeAdapter.appendChild(parent, pageTreeAdapter.createTextNode(text));
  },
  insertTextBefore(parent, text, ref) {
    const i = parent.children.indexOf(ref);
    const prev = parent.children[i - 1];
    if (prev && prev.type === 'text') (prev as DomText).data += text;
    else pageTreeAdapter.insertBefore(parent, pageTreeAdapter.createTextNode(text), ref);
  },
  adoptAttributes(recipient, attrs) {
    for (const a of attrs) {
      const key = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      if (!(key in recipient.attribs)) {
        recipient.attrs.push(a);
        recipient.attribs[key] = a.value;
      }
    }
  },
  getFirstChild: (node) => node.children[0] ?? null,
  getChildNodes: (node) => node.children,
  getParentNode: (node) => node.parent,
  getAttrList: (el) => el.attrs,
  getTagName: (el) => el.name,
  getNamespaceURI: (el) => el.namespace,
  getTextNodeContent: (node) => node.data,
  getCommentNodeContent: (node) => node.data,
  getDocumentTypeNodeName: () => '',
  getDocumentTypeNodePublicId: () => '',
  getDocumentTypeNodeSystemId: () => '',
  isTextNode: (node): node is DomText => node.type === 'text',
  isCommentNode: (node): node is TreeComment => node.type === 'comment',
  isDocumentTypeNode: (_node): _node is DomNode => false,
  isElementNode: (node): node is TreeElement => 'namespace' in node,
  setNodeSourceCodeLocation() {},
  getNodeSourceCodeLocation: () => undefined,
  updateNodeSourceCodeLocation() {},
};
