import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generalGoldDir, headlineOf, loadGeneralSet } from '../bench-facts/general-set.ts';
import { buildPage } from '../gold/general-page-source.ts';
import { annotate } from '../gold/trade-offsets.ts';

const root = resolve(import.meta.dirname, '..', '..');
const base = generalGoldDir(root);
const pages = loadGeneralSet(root);
const read = (path: string) => readFileSync(path, 'utf8');

const TYPES = new Set(['tonnage', 'percentage', 'money', 'date', 'company', 'country']);
const DATE = /^(?:\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]))?|FY\d{4}(?:-\d{2})?)$/;

describe('general-gold pages', () => {
  it('holds every source page, two pages per publisher, each publisher in one split and both splits well filled', () => {
    expect(pages.length).toBeGreaterThanOrEqual(44);
    expect(readdirSync(join(base, 'src')).filter((f) => f.endsWith('.html'))).toHaveLength(pages.length);
    const bySite = new Map<string, string[]>();
    for (const { gold } of pages) bySite.set(gold.site, [...(bySite.get(gold.site) ?? []), gold.split]);
    expect(bySite.size).toBe(pages.length / 2);
    for (const splits of bySite.values()) {
      expect(splits).toHaveLength(2);
      expect(new Set(splits).size).toBe(1);
    }
    const devSites = [...bySite.values()].filter((s) => s[0] === 'dev').length;
    expect(devSites).toBeGreaterThanOrEqual(11);
    expect(bySite.size - devSites).toBeGreaterThanOrEqual(11);
  });

  it.each(pages.map((p) => [p.gold.id, p] as const))('%s: page and kept story text are what its source gives', (id, page) => {
    const built = buildPage(read(join(base, 'src', `${id}.html`)));
    expect(page.html).toBe(built.html);
    expect(page.truth).toBe(built.story);
    expect(page.html).toMatch(/^<!doctype html|^<html/i);
    expect(page.html).not.toMatch(/[⟦⟧]/);
  });

  it.each(pages.map((p) => [p.gold.id, p] as const))('%s: the story opens with the headline the page is titled by, whose facts are optional', (_id, page) => {
    const letters = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, ' ').replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
    const titles = [...page.html.matchAll(/<title>([\s\S]*?)<\/title>|(?:property|name)="(?:og|twitter):title"\s+content="([^"]*)"/g)].map((m) => letters(m[1] ?? m[2] ?? ''));
    const headline = headlineOf(page.truth);
    expect(titles.some((t) => t.includes(letters(headline))), headline).toBe(true);
    for (const f of page.gold.facts) if (f.start < headline.length) expect(f.optional).toBe(true);
  });

  it.each(pages.map((p) => [p.gold.id, p] as const))('%s: each gold surface is in the story text and carries its value', (id, { gold, truth }) => {
    expect(gold.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.example\//);
    expect(gold.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(gold.facts.length).toBeGreaterThan(20);
    for (const f of gold.facts) {
      const surface = truth.slice(f.start, f.end);
      expect(TYPES.has(f.type), `${f.type} at ${f.start}`).toBe(true);
      expect(surface.length, `empty surface at ${f.start}`).toBeGreaterThan(0);
      expect(surface).toBe(surface.trim());
      expect(surface).not.toContain('\n');
      if (f.type === 'date') expect((f.range ? [f.range.min, f.range.max] : [f.value]).every((d) => DATE.test(String(d))), `${id} ${surface}`).toBe(true);
      if (f.type === 'country') expect(f.value).toMatch(/^[A-Z]{2}$/);
      if (f.type === 'money') expect(f.unit).toMatch(/^[A-Z]{3}$/);
      if (f.type === 'country' || f.type === 'company') expect(surface).toMatch(/^[\p{Lu}\d]/u);
      if (['tonnage', 'percentage', 'money'].includes(f.type) && !f.optional) expect(surface, `${id} ${f.type} without a number`).toMatch(/\d/);
    }
  });

  it.each(pages.map((p) => [p.gold.id] as const))('%s: gold is what its spec of quoted surfaces gives', (id) => {
    const regenerated = annotate(read(join(base, 'spec', `${id}.txt`)), read(join(base, 'truth', `${id}.txt`)));
    expect(regenerated).toEqual(JSON.parse(read(join(base, 'gold', `${id}.json`))));
  });
});

describe('buildPage', () => {
  it('drops the marks from the page and keeps the marked blocks as the story, one per paragraph', () => {
    const { html, story } = buildPage('<h1>⟦Rates &amp; fares⟧</h1><nav>Home</nav><p>⟦Fares rose <a href="/x">4%</a>\n  on Monday.⟧</p>');
    expect(html).toBe('<h1>Rates &amp; fares</h1><nav>Home</nav><p>Fares rose <a href="/x">4%</a>\n  on Monday.</p>');
    expect(story).toBe('Rates & fares\n\nFares rose 4% on Monday.\n');
  });

  it('refuses a mark left open', () => {
    expect(() => buildPage('<p>⟦Unclosed</p>')).toThrow(/unclosed/);
  });
});
