import { definitionAfter, type Ticker } from './definitions.ts';
import type { EntityLookup, KeyStrength } from './entity-index.ts';
import { displayName, nameKey, nameWords } from './name-key.ts';
import { isShortOf, shortForms, shortKeys, shortRefusal } from './short-names.ts';

/** One company mention in an article. */
export interface ArticleMention {
  /** The caller's handle on it (a fact id, a labelled mention id). */
  ref: number | string;
  /** The mention as written ("Lynas", "MP Materials Corp."). */
  text: string;
  /** The fullest form the article uses for it, when the extractor already knows it. */
  name?: string;
  /** Text around the mention and the offset just past it there, to read a bracket that follows. */
  context?: string;
  contextEnd?: number;
}

/** An entity already known, or the n-th entity this article introduces. */
export type Target = { entityId: number } | { newIndex: number };

export interface MentionResolution {
  ref: number | string;
  target: Target | null;
  /** How it was resolved, or why not. */
  how: string;
  /** Set when unresolved: the entities it could have been. */
  candidates?: number[];
}

/** How an alias was learnt: as a mention, an acronym or short name defined in brackets, a ticker. */
export type AliasSource = 'mention' | 'acronym' | 'defined' | 'ticker';

export interface ArticleResolution {
  mentions: MentionResolution[];
  newEntities: { name: string }[];
  aliases: { target: Target; alias: string; source: AliasSource }[];
  tickers: { target: Target; ticker: Ticker }[];
  /** Known entities first met under a short form, now seen under a fuller name. */
  fuller: { entityId: number; name: string }[];
}

const targetId = (t: Target) => ('entityId' in t ? `e${t.entityId}` : `n${t.newIndex}`);

/**
 * Resolves the company mentions of one article against the known entities. Longer names go first,
 * so that a short form or an acronym finds the full name the article gives it. Bounded: each
 * mention does a fixed number of lookups whatever the article holds.
 */
export function resolveArticle(lookup: EntityLookup, mentions: readonly ArticleMention[]): ArticleResolution {
  const out: ArticleResolution = { mentions: [], newEntities: [], aliases: [], tickers: [], fuller: [] };
  const keyed = mentions.map((m, position) => ({ m, position, key: nameKey(m.name ?? m.text) }));
  const order = [...keyed].sort((a, b) => b.key.split(' ').length - a.key.split(' ').length || a.position - b.position);
  const local = new Map<string, Target>();
  const localShort = new Map<string, Map<string, Target>>();
  const localImplied = new Map<string, Map<string, Target>>();
  const results = new Map<number, MentionResolution>();
  const nameOf = (t: Target) => ('entityId' in t ? (lookup.entity(t.entityId)?.name ?? `#${t.entityId}`) : out.newEntities[t.newIndex]!.name);

  for (const { m, position, key } of order) {
    const r = resolveOne(lookup, m, key, { local, localShort, localImplied }, nameOf, out);
    results.set(position, r);
    if (!r.target) continue;
    const target = r.target;
    local.set(key, target);
    const allowed = new Set(shortKeys(key));
    for (const s of shortForms(key)) {
      for (const map of allowed.has(s) ? [localShort, localImplied] : [localImplied]) {
        const targets = map.get(s) ?? new Map<string, Target>();
        targets.set(targetId(target), target);
        map.set(s, targets);
      }
    }
    // A common word that names a company only in this article ("Core" defined after "Core Lithium")
    // is not learnt as an alias for other articles.
    const mentionBare = nameWords(m.text).length === nameKey(m.text).split(' ').length;
    if (!(mentionBare && shortRefusal(nameKey(m.text)) !== null && r.how !== 'known name')) out.aliases.push({ target, alias: m.text.trim(), source: 'mention' });
    if (m.name && m.name.trim() !== m.text.trim()) out.aliases.push({ target, alias: m.name.trim(), source: 'mention' });
    const def = m.context !== undefined && m.contextEnd !== undefined ? definitionAfter(m.context, m.contextEnd, m.name ?? m.text) : null;
    if (def?.acronym) {
      local.set(nameKey(def.acronym), target);
      out.aliases.push({ target, alias: def.acronym, source: 'acronym' });
    }
    if (def?.shortName) {
      // Defined here, it stands for this company in this article even when it is a common word
      // ("Core"); only a form that could name one company elsewhere is kept as an alias.
      const k = nameKey(def.shortName);
      local.set(k, target);
      if (shortRefusal(k) === null) out.aliases.push({ target, alias: def.shortName, source: 'defined' });
    }
    for (const t of def?.tickers ?? []) {
      if (!local.has(t.symbol.toLowerCase())) local.set(t.symbol.toLowerCase(), target);
      out.tickers.push({ target, ticker: t });
    }
  }
  out.mentions = keyed.map(({ position }) => results.get(position)!);
  return out;
}

function distinctIds(lookup: EntityLookup, key: string, strengths: readonly KeyStrength[]): number[] {
  return [...new Set(lookup.hits(key).filter((h) => strengths.includes(h.strength)).map((h) => h.entityId))];
}

/** What the article has named so far: exact keys and definitions, short forms, and short forms refused alone. */
interface ArticleNames {
  local: Map<string, Target>;
  localShort: Map<string, Map<string, Target>>;
  localImplied: Map<string, Map<string, Target>>;
}

function resolveOne(
  lookup: EntityLookup,
  m: ArticleMention,
  key: string,
  { local, localShort, localImplied }: ArticleNames,
  nameOf: (t: Target) => string,
  out: ArticleResolution,
): MentionResolution {
  const ref = m.ref;
  if (!key) return { ref, target: null, how: 'no name left once punctuation and legal forms are removed' };
  // A name written with its legal form ("Mitsubishi Corp") is a full name, never a short form of another.
  const bare = nameWords(m.name ?? m.text).length === key.split(' ').length;
  const here = local.get(key);
  const shortHere = new Map(bare ? (localShort.get(key) ?? []) : []);
  if (here) shortHere.set(targetId(here), here);
  if (shortHere.size > 1) return { ref, target: null, how: `short form shared by ${[...shortHere.values()].map(nameOf).join(' and ')} in this article` };
  if (here) return { ref, target: here, how: 'named or defined so earlier in the article' };
  const named = distinctIds(lookup, key, ['name']);
  const upper = bare && /[A-Z]/.test(m.text) && m.text === m.text.toUpperCase();
  // A short form the article only implies ("Neo" after "Neo Lithium") while a known company goes by
  // exactly that name or ticker: the reader cannot tell which, unless the article defines it.
  const implied = bare ? [...(localImplied.get(key)?.values() ?? [])] : [];
  if (implied.length > 0) {
    const impliedIds = new Set(implied.map(targetId));
    const rivals = [...new Set([...named, ...(upper ? distinctIds(lookup, key, ['ticker']) : [])])].filter((id) => !impliedIds.has(`e${id}`));
    if (rivals.length > 0) {
      const candidates = [...implied.flatMap((t) => ('entityId' in t ? [t.entityId] : [])), ...rivals];
      return unresolved(ref, `short form of ${implied.map(nameOf).join(' and ')} in this article, and the name of ${rivals.map((id) => nameOf({ entityId: id })).join(' and ')}`, candidates);
    }
  }
  if (shortHere.size === 1) return { ref, target: [...shortHere.values()][0]!, how: 'short form of a name in the article' };

  const shortened = bare ? distinctIds(lookup, key, ['short', 'ticker']).filter((id) => !named.includes(id)) : [];
  if (named.length > 1) return unresolved(ref, `name shared by ${named.map((id) => nameOf({ entityId: id })).join(' and ')}`, named);
  // "Mitsubishi" is one company's whole name and another's short one: a bare mention could be either.
  if (named.length === 1 && shortened.length > 0 && bare && key.split(' ').length === 1) {
    const all = [...named, ...shortened];
    return unresolved(ref, `name shared by ${all.map((id) => nameOf({ entityId: id })).join(' and ')}`, all);
  }
  if (named.length === 1) return { ref, target: { entityId: named[0]! }, how: 'known name' };

  // A ticker written as one ("NEO") names its company even when the letters also spell a common word.
  const tickers = upper ? distinctIds(lookup, key, ['ticker']) : [];
  if (tickers.length === 1) return { ref, target: { entityId: tickers[0]! }, how: 'ticker of a known company' };
  const refusal = shortRefusal(key);
  if (shortened.length === 1 && refusal === null) return { ref, target: { entityId: shortened[0]! }, how: 'short form or ticker of a known name' };
  if (shortened.length > 1) {
    return unresolved(ref, `short form shared by ${shortened.map((id) => nameOf({ entityId: id })).join(' and ')}`, shortened);
  }
  // Written with its legal form, a name of common words is still a company's name ("Northern Minerals Limited").
  const legalName = !bare && key.split(' ').length > 1;
  if (refusal !== null && !legalName) return unresolved(ref, `${refusal} alone does not name one company`, shortened);

  const fuller = knownUnderShortForm(lookup, key);
  if (fuller !== null) {
    const summary = lookup.entity(fuller);
    if (summary && summary.nameKeys.every((k) => isShortOf(k, key) || k.split(' ').length === 1)) out.fuller.push({ entityId: fuller, name: displayName(m.name ?? m.text) });
    return { ref, target: { entityId: fuller }, how: 'fuller name of a company known by its short form' };
  }
  out.newEntities.push({ name: displayName(m.name ?? m.text) });
  return { ref, target: { newIndex: out.newEntities.length - 1 }, how: 'new company' };
}

/**
 * The one entity whose name is a short form of this fuller name ("Lynas Rare Earths" finds the
 * entity first met as "Lynas"), unless that entity already carries another full name with the same
 * short form: then they are two companies that share a word.
 */
function knownUnderShortForm(lookup: EntityLookup, key: string): number | null {
  const found = new Set<number>();
  for (const s of shortKeys(key)) {
    for (const id of distinctIds(lookup, s, ['name'])) {
      const e = lookup.entity(id);
      // An entity registered under that one name ("Mitsubishi Corporation") is another company.
      if (!e || e.registeredKeys?.includes(s)) continue;
      const rival = e.nameKeys.some((k) => k !== key && k !== s && k.split(' ').length > 1 && isShortOf(s, k) && !isShortOf(k, key));
      if (!rival) found.add(id);
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}

function unresolved(ref: number | string, how: string, candidates: number[]): MentionResolution {
  return { ref, target: null, how, candidates };
}
