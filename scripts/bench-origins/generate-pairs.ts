/**
 * Writes the labelled origin pairs (fixtures/origins/{dev,held-out}.json) from the story banks.
 * Deterministic: the same seed writes the same files. Run: tsx scripts/bench-origins/generate-pairs.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as S from './story-bank.ts';

export interface LabelledArticle {
  id: string;
  url: string;
  site: string;
  title: string;
  body: string;
  /** Only the markup that carries origin statements (JSON-LD, canonical link), when the page has any. */
  html: string | null;
  declaredCanonical: string | null;
}

export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  kind: string;
}

export interface LabelledSet {
  split: string;
  articles: LabelledArticle[];
  pairs: LabelledPair[];
}

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Story {
  slots: Record<string, string>;
  variants: number[];
  used: boolean[];
  agency: string;
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const fill = (t: string, slots: Record<string, string>) => t.replace(/\{(\w+)\}/g, (_, k: string) => slots[k] ?? k);

function newSlots(r: Rand): Record<string, string> {
  return {
    country: pick(r, S.COUNTRIES),
    partner: pick(r, S.PARTNERS),
    commodity: pick(r, S.COMMODITIES),
    month: pick(r, S.MONTHS),
    weekday: pick(r, S.WEEKDAYS),
    official: pick(r, S.OFFICIALS),
    city: pick(r, S.CITIES),
    company: pick(r, S.COMPANIES),
    pct: (5 + r() * 40).toFixed(1),
    tonnes: String(Math.round(50 + r() * 4000)),
    price: String(Math.round(100 + r() * 900)),
    months: String(3 + Math.floor(r() * 8)),
  };
}

function sentences(bank: S.Bank, story: Story): string[] {
  return bank.flatMap((slot, i) => (story.used[i] ? [fill(slot[story.variants[i] as number] as string, story.slots)] : []));
}

/** Sentences into paragraphs of one to three. */
function paragraphs(r: Rand, ss: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < ss.length; ) {
    const n = 1 + Math.floor(r() * 3);
    out.push(ss.slice(i, i + n).join(' '));
    i += n;
  }
  return out;
}

function headline(r: Rand, slots: Record<string, string>): string {
  return pick(r, [
    `${slots.country} ${slots.commodity} exports fall ${slots.pct}% in ${slots.month}`,
    `${slots.commodity} shipments slide as licence rules bite`,
    `Why ${slots.partner} is short of ${slots.commodity}`,
    `${slots.month} trade data: ${slots.commodity} down sharply`,
    `Licensing squeeze cuts ${slots.commodity} sales abroad`,
  ] as const);
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

function siteHost(outlet: string): string {
  return `${slug(outlet).replace(/-/g, '')}.example`;
}

const EDITS: readonly [RegExp, string][] = [
  [/(\d)%/g, '$1 percent'],
  [/ tonnes/g, ' metric tons'],
  [/ said on (\w+day)/g, ' said $1'],
  [/year on year/g, 'year-on-year'],
  [/ kilogram/g, ' kg'],
];

export function buildSet(split: 'dev' | 'held-out', bank: S.Bank, agencies: readonly string[], outlets: readonly string[], families: number, seed: number): LabelledSet {
  const r = rng(seed);
  const articles: LabelledArticle[] = [];
  const pairs: LabelledPair[] = [];
  const add = (a: Omit<LabelledArticle, 'id'>): string => {
    const id = `${split}-${articles.length + 1}`;
    articles.push({ ...a, id });
    return id;
  };
  const article = (site: string, title: string, paras: string[], extra: Partial<LabelledArticle> = {}) => {
    const url = `https://${siteHost(site)}/${slug(title)}-${articles.length + 1}`;
    return { url, site, title, body: paras.join('\n\n'), html: null, declaredCanonical: null, ...extra };
  };

  for (let f = 0; f < families; f++) {
    const slots = newSlots(r);
    const used = bank.map((_, i) => i < 3 || r() < 0.75);
    const story: Story = { slots, variants: bank.map(() => Math.floor(r() * 3)), used, agency: pick(r, agencies) };
    const city = slots.city as string;
    const wireSentences = sentences(bank, story);
    const wireParas = paragraphs(r, wireSentences);
    wireParas[0] = `${city.toUpperCase()} (${story.agency}) – ${wireParas[0]}`;
    if (r() < 0.5) wireParas.push(`(Reporting by ${pick(r, S.OFFICIALS)}; Editing by ${pick(r, S.OFFICIALS)})`);
    const original = article(story.agency, headline(r, slots), wireParas);
    const originalId = add(original);

    // Three sites carry the wire story, each with its own changes.
    const copies: string[] = [];
    for (let c = 0; c < 3; c++) {
      const outlet = pick(r, outlets);
      // A republisher may rewrite a sentence or two in its own words before trimming the end.
      const own: Story = { ...story, variants: story.variants.map((v) => (r() < 0.15 ? (v + 1) % 3 : v)) };
      let ss = sentences(bank, own);
      if (r() < 0.6) ss = ss.slice(0, Math.max(3, Math.ceil(ss.length * (0.35 + r() * 0.5))));
      let text = ss.join(' ');
      for (const [re, to] of EDITS) if (r() < 0.3) text = text.replace(re, to);
      const paras = paragraphs(r, text.split(/(?<=[.!?"])\s+(?=[A-Z"])/));
      const lead = r();
      if (lead < 0.4) paras[0] = `${city.toUpperCase()} (${story.agency}) – ${paras[0]}`;
      else if (lead < 0.6) paras[0] = `${city.toUpperCase()} – ${paras[0]}`;
      if (r() < 0.35) paras.unshift(pick(r, S.INTROS));
      if (r() < 0.6) paras.splice(Math.floor(r() * paras.length), 0, pick(r, S.FURNITURE));
      if (r() < 0.3) paras.push(`Source: ${story.agency}`);
      if (r() < 0.2) paras.push(`This article first appeared on ${story.agency}.`);
      const link = r();
      const extra: Partial<LabelledArticle> =
        link < 0.15
          ? { html: `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', isBasedOn: original.url })}</script>` }
          : link < 0.25
            ? { declaredCanonical: original.url }
            : {};
      const title = r() < 0.7 ? headline(r, slots) : original.title;
      copies.push(add(article(outlet, title, paras, extra)));
    }

    // An outlet's own reporting of the same event and figure: other words, maybe the same quote.
    const independent: Story = {
      ...story,
      slots: { ...slots, official: r() < 0.5 ? slots.official! : pick(r, S.OFFICIALS), company: pick(r, S.COMPANIES) },
      // Both may repeat the statement's wording (the figure sentence of a press release, the quote).
      variants: story.variants.map((v, i) => ((i === 3 && r() < 0.5) || (i === 0 && r() < 0.35) ? v : (v + 1 + Math.floor(r() * 2)) % 3)),
      used: bank.map((_, i) => i < 3 || r() < 0.6),
    };
    const indepId = add(article(pick(r, outlets), headline(r, slots), paragraphs(r, sentences(bank, independent))));

    // Another story from the same agency: same dateline form, other figures, other words.
    const otherSlots: Record<string, string> = { ...newSlots(r), country: slots.country!, commodity: pick(r, S.COMMODITIES) };
    const other: Story = { ...story, slots: otherSlots, variants: story.variants.map((v) => (v + 1 + Math.floor(r() * 2)) % 3) };
    const otherParas = paragraphs(r, sentences(bank, other));
    otherParas[0] = `${(otherSlots.city as string).toUpperCase()} (${story.agency}) – ${otherParas[0]}`;
    const otherId = add(article(story.agency, headline(r, otherSlots), otherParas));

    for (const c of copies) pairs.push({ a: originalId, b: c, same: true, kind: 'wire-and-copy' });
    for (let i = 0; i < copies.length; i++)
      for (let j = i + 1; j < copies.length; j++) pairs.push({ a: copies[i]!, b: copies[j]!, same: true, kind: 'copy-and-copy' });
    pairs.push({ a: originalId, b: indepId, same: false, kind: 'independent-same-figure' });
    pairs.push({ a: copies[0]!, b: indepId, same: false, kind: 'copy-and-independent' });
    pairs.push({ a: copies[1]!, b: indepId, same: false, kind: 'copy-and-independent' });
    pairs.push({ a: originalId, b: otherId, same: false, kind: 'same-agency-other-story' });
    pairs.push({ a: copies[2]!, b: otherId, same: false, kind: 'copy-and-other-story' });
  }
  return { split, articles, pairs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/origins');
  mkdirSync(out, { recursive: true });
  const sets = [
    buildSet('dev', S.BANK_DEV, S.AGENCIES_DEV, S.OUTLETS_DEV, 18, 20251),
    buildSet('held-out', S.BANK_HELD_OUT, S.AGENCIES_HELD_OUT, S.OUTLETS_HELD_OUT, 18, 77031),
  ];
  for (const set of sets) {
    writeFileSync(join(out, `${set.split}.json`), `${JSON.stringify(set, null, 1)}\n`);
    console.log(`${set.split}: ${set.articles.length} articles, ${set.pairs.length} pairs (${set.pairs.filter((p) => p.same).length} same origin)`);
  }
}
