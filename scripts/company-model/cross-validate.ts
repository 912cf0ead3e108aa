/**
 * pnpm companies:cv — does a learned model of capitalised names carry across publishers better than the
 * hand rules? Leave-one-site-out cross-validation on the development articles only (real news dev split,
 * general and trade sets' dev publishers): for every site, a name model is fitted on the other sites'
 * names and scored on that site's articles, alone and combined with the rules' output. Prints pooled and
 * per-fold-averaged P/R/F1 per combination, for the lists as shipped and with each article's gold names
 * hidden from them (the --unseen-names reading). The rules are in-sample here: they were written on these pages.
 * Options: --cache FILE (read or write the labelled names there, to rerun the fits only), --l2 N, --min-sites N,
 * --drop PREFIXES (cue families left out, comma-separated: "list:,w:"), --train-unseen (fit on the readings with gold names hidden).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDevArticles } from './dev-articles.ts';
import { labelArticle, type ArticleReading, type LabelledArticle } from './labelled-names.ts';
import { fitNameModel, nameProbability, NAME_MODEL_OPTIONS, type NameModelOptions } from './name-model.ts';
import { modelAlone, rulesAlone, rulesMinusModel, rulesPlusModel, scoreKeys, type Counts } from './combinations.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

type Combination = { label: string; pick: (r: ArticleReading, p: number[]) => Set<string> };
const COMBINATIONS: Combination[] = [
  { label: 'rules alone', pick: (r) => rulesAlone(r) },
  ...[0.3, 0.5, 0.7].map((t) => ({ label: `model alone, p >= ${t}`, pick: (r: ArticleReading, p: number[]) => modelAlone(r, p, t) })),
  ...[0.7, 0.8, 0.9, 0.95].map((t) => ({ label: `rules + model adds p >= ${t}`, pick: (r: ArticleReading, p: number[]) => rulesPlusModel(r, p, t) })),
  ...[0.02, 0.05, 0.1, 0.2].map((t) => ({ label: `rules - model drops p < ${t}`, pick: (r: ArticleReading, p: number[]) => rulesMinusModel(r, p, t) })),
];

function labelledArticles(): LabelledArticle[] {
  const cache = arg('--cache');
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as LabelledArticle[];
  const out = loadDevArticles(root).map(labelArticle);
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

interface Held {
  a: LabelledArticle;
  seenP: number[];
  unseenP: number[];
}

/** Every article scored by a model fitted without its site. */
function crossFitted(articles: LabelledArticle[], o: NameModelOptions, trainOn: 'seen' | 'unseen', kept: (cue: string) => boolean): Held[] {
  const cuesOf = (cues: readonly string[]) => cues.filter(kept);
  const sites = [...new Set(articles.map((a) => a.site))].sort();
  const out: Held[] = [];
  for (const site of sites) {
    const train = articles.filter((a) => a.site !== site).flatMap((a) => a[trainOn].candidates.map((c) => ({ c: { ...c, cues: cuesOf(c.cues) }, site: a.site })));
    const w = fitNameModel(train, o);
    for (const a of articles.filter((x) => x.site === site)) {
      out.push({ a, seenP: a.seen.candidates.map((c) => nameProbability(w, cuesOf(c.cues))), unseenP: a.unseen.candidates.map((c) => nameProbability(w, cuesOf(c.cues))) });
    }
  }
  return out;
}

const prf = (c: Counts) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : NaN;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : NaN;
  const f = 2 * c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : NaN;
  return { p, r, f };
};
const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const mean = (xs: number[]) => {
  const ok = xs.filter((x) => Number.isFinite(x));
  return ok.length ? ok.reduce((s, x) => s + x, 0) / ok.length : NaN;
};
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

function report(title: string, held: Held[], reading: 'seen' | 'unseen'): void {
  console.log(`\n${title} (${held.length} articles, ${new Set(held.map((h) => h.a.site)).size} held-out sites)`);
  console.log(`${'combination'.padEnd(32)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  pooled P/R/F1         per-site mean P/R/F1`);
  for (const combo of COMBINATIONS) {
    const bySite = new Map<string, Counts>();
    for (const h of held) {
      const r = h.a[reading];
      const c = scoreKeys(h.a.gold, combo.pick(r, reading === 'seen' ? h.seenP : h.unseenP));
      bySite.set(h.a.site, add(bySite.get(h.a.site) ?? { tp: 0, fp: 0, fn: 0 }, c));
    }
    const total = [...bySite.values()].reduce(add, { tp: 0, fp: 0, fn: 0 });
    const pooled = prf(total);
    const per = [...bySite.values()].map(prf);
    const macro = { p: mean(per.map((x) => x.p)), r: mean(per.map((x) => x.r)), f: mean(per.map((x) => x.f)) };
    console.log(`${combo.label.padEnd(32)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(4)} ${String(total.fn).padStart(4)}  ${f3(pooled.p)} ${f3(pooled.r)} ${f3(pooled.f)}   ${f3(macro.p)} ${f3(macro.r)} ${f3(macro.f)}`);
  }
}

function main(): void {
  const articles = labelledArticles();
  const o: NameModelOptions = { ...NAME_MODEL_OPTIONS, ...(arg('--l2') ? { l2: Number(arg('--l2')) } : {}), ...(arg('--min-sites') ? { minSites: Number(arg('--min-sites')) } : {}) };
  const names = articles.flatMap((a) => a.seen.candidates);
  console.log(`company name model, leave-one-site-out on dev articles: ${articles.length} articles, ${new Set(articles.map((a) => a.site)).size} sites, ${names.length} names (${names.filter((c) => c.label === 1).length} gold companies, ${names.filter((c) => c.label === null).length} optional only); model ${JSON.stringify(o)}`);
  const required = articles.flatMap((a) => a.gold.filter((g) => !g.optional).map((g) => a.seen.candidates.some((c) => g.keys.includes(c.key))));
  console.log(`required gold companies ${required.length}, written as a candidate name ${required.filter(Boolean).length} (the model's recall ceiling)`);
  // --drop list:,w: leaves out the cue families with those prefixes; --train-unseen fits on the readings with gold names hidden
  const dropped = (arg('--drop') ?? '').split(',').filter(Boolean);
  const trainOn = process.argv.includes('--train-unseen') ? 'unseen' : 'seen';
  console.log(`cue families left out: ${dropped.join(' ') || 'none'}; fitted on the ${trainOn === 'seen' ? 'lists as shipped' : 'readings with gold names hidden'}`);
  const held = crossFitted(articles, o, trainOn, (cue) => !dropped.some((d) => cue.startsWith(d)));
  for (const set of ['news', 'general', 'trade'] as const) report(`${set} dev, lists as shipped`, held.filter((h) => h.a.set === set), 'seen');
  report('all dev, lists as shipped', held, 'seen');
  report('news dev, gold names hidden from the lists (--unseen-names)', held.filter((h) => h.a.set === 'news'), 'unseen');
  report('all dev, gold names hidden from the lists', held, 'unseen');
}
main();
