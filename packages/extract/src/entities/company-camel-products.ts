import type { Token } from '../text/tokenize.ts';

/**
 * Words in camel case name products as often as the firms that make them ("ZenCore 4", "the new
 * SlimDock", "the PixelMate app"). A camel-case word that only its spelling made a company is read as
 * a product where the words around it say so: a verb of using it, an adjective of novelty before it,
 * or a model number or a part of a device after it.
 */

/** Verbs before a product's name: "using FooApp", "download BarKit". */
const PRODUCT_USE = new Set(['using', 'use', 'uses', 'install', 'installing', 'download', 'downloading', 'via']);
/** Adjectives of a model's novelty: "the new FooBook", "the latest BarPad". */
const NOVELTY = new Set(['new', 'latest', 'upcoming', 'original', 'first', 'next', 'older', 'newer', 'updated', 'redesigned', 'free']);
/** Nouns after a product's name for its parts, versions and kinds: "the FooPad keyboard", "a BarOS update". */
const PRODUCT_PARTS = new Set(['app', 'apps', 'update', 'updates', 'version', 'versions', 'feature', 'features', 'laptop', 'laptops',
  'phone', 'phones', 'tablet', 'tablets', 'chip', 'chips', 'display', 'model', 'models', 'edition', 'series', 'console', 'headset',
  'headphones', 'earbuds', 'speaker', 'speakers', 'keyboard', 'card', 'cards', 'port', 'ports', 'support', 'mode', 'button',
  'settings', 'software', 'firmware', 'driver', 'drivers', 'technology', 'screen', 'controller']);

/** The camel-case word at [first, next) is used as a product's name. */
export function camelProductUse(tk: Token[], first: number, next: number): boolean {
  const before = tk[first - 1]?.low ?? '';
  const after = tk[next];
  return PRODUCT_USE.has(before) || NOVELTY.has(before) || after?.kind === 'num' || PRODUCT_PARTS.has(after?.low ?? '');
}
