import { describe, expect, it } from 'vitest';
import { classifyElement } from '../src/boilerplate-patterns.ts';

const fam = (tag: string, attribs: Record<string, string>) => classifyElement(tag, attribs).family;

describe('classifyElement', () => {
  it('reads furniture from tags and ARIA roles', () => {
    expect(fam('nav', {})).toBe('nav');
    expect(fam('aside', {})).toBe('sidebar');
    expect(fam('figcaption', {})).toBe('caption');
    expect(fam('div', { role: 'contentinfo' })).toBe('header-footer');
    expect(fam('div', { role: 'dialog' })).toBe('overlay');
  });

  it.each([
    [{ class: 'ad-slot' }, 'ad'],
    [{ class: 'top-ad' }, 'ad'],
    [{ id: 'div-gpt-ad-1445608536739-0' }, 'ad'],
    [{ class: 'related-posts' }, 'related'],
    [{ class: 'you-may-like' }, 'related'],
    [{ class: 'share-buttons' }, 'share'],
    [{ class: 'sharedaddy sd-sharing-enabled' }, 'share'],
    [{ class: 'newsletter-box' }, 'promo'],
    [{ class: 'comments-area' }, 'comments'],
    [{ id: 'disqus_thread' }, 'comments'],
    [{ class: 'post-tags' }, 'tags'],
    [{ class: 'nav-previous' }, 'post-nav'],
    [{ class: 'breadcrumbs' }, 'post-nav'],
    [{ class: 'author-box' }, 'author-meta'],
    [{ class: 'pullquote alignright' }, 'restatement'],
    [{ class: 'article-pull-quote' }, 'restatement'],
    [{ class: 'pullQuoteContainer' }, 'restatement'],
    [{ class: 'key-points' }, 'restatement'],
    [{ class: 'story-highlights' }, 'restatement'],
    [{ class: 'factbox' }, 'restatement'],
    [{ class: 'at-a-glance-box' }, 'restatement'],
    [{ class: 'entry-meta' }, 'author-meta'],
    [{ class: 'cookie-notice' }, 'consent'],
    [{ class: 'cmp' }, 'consent'],
    [{ class: 'cmp-banner' }, 'consent'],
    [{ id: 'qc-cmp2-ui' }, 'consent'],
    [{ class: 'cmp-dialog-buttons' }, 'consent'],
    [{ class: 'site-footer' }, 'header-footer'],
    [{ class: 'sidebar' }, 'sidebar'],
    [{ class: 'ticker' }, 'overlay'],
    [{ class: 'wp-caption-text' }, 'caption'],
    [{ class: 'sr-only' }, 'hidden'],
    [{ class: 'article__share' }, 'share'],
  ])('%j is %s', (attribs, family) => {
    expect(fam('div', attribs)).toBe(family);
  });

  it.each([
    // whole words only: "ad" never matches inside "head", "read", "download" or "shadow"
    { class: 'masthead-logo download shadow reader' },
    // describes a wrapper's contents or look, not what it is
    { class: 'content-with-sidebar-wrp' },
    { class: 'has-sidebar' },
    { class: 'header-style-header-2' },
    { class: 'modal-enabled' },
    { class: 'pg-side-of-rail' },
    // CMS taxonomy classes name the post's subject
    { class: 'category-advertising tag-comments author-jane format-standard' },
    // the family word followed by a word that makes it something bigger
    { class: 'Page-ad-margins' },
    { class: 'pagination-first' },
    { class: 'article-body' },
    // a design system's component prefix ("cmp-" in Adobe's core components) is not a consent box
    { class: 'cmp-text' },
    { class: 'cmp-title__text' },
    { class: 'cmp-container cmp-container--article-body' },
    { class: 'cmp-contentfragment__paragraph' },
    { class: 'cmp-image__image' },
  ])('%j is not furniture', (attribs) => {
    expect(fam('div', attribs)).toBeNull();
  });

  it('applies container families to containers only', () => {
    expect(fam('h2', { class: 'section-header' })).toBeNull();
    expect(fam('p', { class: 'related-note' })).toBeNull();
    expect(fam('p', { class: 'caption' })).toBe('caption');
    expect(fam('p', { class: 'byline' })).toBe('author-meta');
  });

  it('notices article-body hints', () => {
    expect(classifyElement('div', { itemprop: 'articleBody' }).hint).toBe(true);
    expect(classifyElement('div', { class: 'article__body' }).hint).toBe(true);
    expect(classifyElement('div', { class: 'entry-content clearfix' }).hint).toBe(true);
    expect(classifyElement('div', { class: 'sidebar' }).hint).toBe(false);
  });
});

describe('subscriber content and subscribe prompts', () => {
  it('keeps the story a subscriber reads and drops the prompt to subscribe', () => {
    expect(fam('div', { class: 'subscriber-only' })).toBeNull();
    expect(fam('div', { class: 'subscribers-content' })).toBeNull();
    expect(fam('div', { class: 'subscribe-box' })).toBe('promo');
    expect(fam('div', { class: 'subscription-wall' })).toBe('promo');
    expect(fam('div', { class: 'subscriber-promo' })).toBe('promo');
  });
});
