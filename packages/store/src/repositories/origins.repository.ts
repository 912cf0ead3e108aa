import { bandKeys, MAX_CANDIDATES, textMatches, type OriginEvidence, rankCandidates, signatureFromBytes, signatureToBytes } from '@newsfacts/origins';
import type { Kysely } from 'kysely';
import { nowIso } from '../clock.ts';
import type { Database } from '../database.ts';


export interface OriginArticle {
  id: number;
  url: string;
  canonicalUrl: string;
  published: string | null;
  /** The site as readers know it (site name, else host): the outlet when nothing better is known. */
  site: string | null;
  evidence: OriginEvidence;
}

export interface AssignedOrigin {
  originId: number;
  outlet: string | null;
  /** How the origin was found: a page linking to it, the same text, or none (a new story). */
  via: 'link' | 'text' | 'new' | 'kept';
}

/**
 * Gives an article its origin, in the caller's transaction: the origin of a stored page it says it
 * is based on, else of a stored text that is the same story, else a new origin of its own. Stores
 * its signature and band keys so that later copies find it. An article that already had an origin
 * keeps it (a re-extraction or retry moves nothing).
 */
export async function assignOrigin(trx: Kysely<Database>, article: OriginArticle): Promise<AssignedOrigin> {
  const prior = await trx.selectFrom('articles').select('origin_id').where('id', '=', article.id).executeTakeFirst();
  await replaceSignature(trx, article);
  // A story with copies keeps its origin; one alone (or stored before origins existed) looks again.
  if (prior?.origin_id != null && (await originExists(trx, prior.origin_id)) && !(await aloneInOwnOrigin(trx, article.id, prior.origin_id))) {
    const outlet = await joinOrigin(trx, prior.origin_id, article);
    return { originId: prior.origin_id, outlet, via: 'kept' };
  }
  const found = (await linkedOrigin(trx, article)) ?? (await textOrigin(trx, article));
  if (found) {
    if (prior?.origin_id === article.id && found.originId !== article.id) await trx.deleteFrom('origins').where('id', '=', article.id).execute();
    const outlet = await joinOrigin(trx, found.originId, article);
    await trx.updateTable('articles').set({ origin_id: found.originId, origin_outlet: outlet }).where('id', '=', article.id).execute();
    return { originId: found.originId, outlet, via: found.via };
  }
  const outlet = article.evidence.namedOutlet ?? article.site;
  const own = { outlet, outlet_source: article.evidence.namedOutlet ? ('named' as const) : ('earliest' as const), first_published: article.published };
  await trx
    .insertInto('origins')
    .values({ id: article.id, ...own, created_at: nowIso() })
    .onConflict((oc) => oc.column('id').doUpdateSet(own))
    .execute();
  await trx.updateTable('articles').set({ origin_id: article.id, origin_outlet: outlet }).where('id', '=', article.id).execute();
  return { originId: article.id, outlet, via: 'new' };
}

async function aloneInOwnOrigin(trx: Kysely<Database>, articleId: number, originId: number): Promise<boolean> {
  if (originId !== articleId) return false;
  const other = await trx.selectFrom('articles').select('id').where('origin_id', '=', originId).where('id', '!=', articleId).limit(1).executeTakeFirst();
  return other === undefined;
}

async function originExists(trx: Kysely<Database>, id: number): Promise<boolean> {
  return (await trx.selectFrom('origins').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

async function replaceSignature(trx: Kysely<Database>, article: OriginArticle): Promise<void> {
  const old = await trx.selectFrom('origin_signatures').select('signature').where('article_id', '=', article.id).executeTakeFirst();
  if (old) {
    const oldBands = bandKeys(signatureFromBytes(old.signature));
    await trx.deleteFrom('origin_bands').where('article_id', '=', article.id).where('band', 'in', oldBands).execute();
  }
  const { evidence } = article;
  const row = {
    shingles: evidence.signature.shingles,
    signature: Buffer.from(signatureToBytes(evidence.signature.values)),
    lead_shingles: evidence.signature.set ? Buffer.from(signatureToBytes(evidence.signature.set)) : null,
    named_outlet: evidence.namedOutlet,
    based_on_json: JSON.stringify(evidence.links.basedOnUrls),
  };
  await trx
    .insertInto('origin_signatures')
    .values({ article_id: article.id, ...row })
    .onConflict((oc) => oc.column('article_id').doUpdateSet(row))
    .execute();
  // An empty text signs nothing; banding it would make every empty page a copy of every other.
  if (evidence.signature.shingles === 0) return;
  await trx
    .insertInto('origin_bands')
    .values(evidence.bands.map((band) => ({ band, article_id: article.id })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

async function linkedOrigin(trx: Kysely<Database>, article: OriginArticle): Promise<{ originId: number; via: 'link' } | null> {
  const urls = article.evidence.links.basedOnUrls.slice(0, 10);
  if (urls.length === 0) return null;
  const row = await trx
    .selectFrom('articles')
    .select('origin_id')
    .where((eb) => eb.or([eb('canonical_url', 'in', urls), eb('url', 'in', urls)]))
    .where('id', '!=', article.id)
    .where('origin_id', 'is not', null)
    .orderBy('id')
    .executeTakeFirst();
  return row?.origin_id != null ? { originId: row.origin_id, via: 'link' } : null;
}

/**
 * Candidates from the band index, checked against the stored leads. When the article is the same
 * text as copies in two origins, it shows they are one story: the later origin joins the earlier.
 */
export async function textOrigin(trx: Kysely<Database>, article: Pick<OriginArticle, 'id' | 'evidence'>): Promise<{ originId: number; via: 'text' } | null> {
  const { evidence } = article;
  if (evidence.signature.shingles === 0) return null;
  const hits = await trx.selectFrom('origin_bands').select('article_id').where('band', 'in', evidence.bands).where('article_id', '!=', article.id).execute();
  const ids = rankCandidates(
    hits.map((h) => h.article_id),
    MAX_CANDIDATES,
  );
  if (ids.length === 0) return null;
  const rows = await trx
    .selectFrom('origin_signatures')
    .innerJoin('articles', 'articles.id', 'origin_signatures.article_id')
    .select(['origin_signatures.article_id', 'origin_signatures.shingles', 'origin_signatures.signature', 'origin_signatures.lead_shingles', 'articles.origin_id'])
    .where('origin_signatures.article_id', 'in', ids)
    .where('articles.origin_id', 'is not', null)
    .execute();
  const matches = textMatches(
    evidence.signature,
    rows.map((r) => ({
      id: r.article_id,
      originId: r.origin_id as number,
      signature: { values: signatureFromBytes(r.signature), shingles: r.shingles, ...(r.lead_shingles ? { set: signatureFromBytes(r.lead_shingles) } : {}) },
    })),
  );
  const found = [...new Set(matches.map((m) => m.originId))].sort((a, b) => a - b);
  const [first, ...rest] = found;
  if (first === undefined) return null;
  for (const other of rest) await mergeOrigin(trx, other, first);
  return { originId: first, via: 'text' };
}

/** Moves every copy of origin `from` to origin `into`, keeping the better-known outlet. */
async function mergeOrigin(trx: Kysely<Database>, from: number, into: number): Promise<void> {
  const [a, b] = await Promise.all([
    trx.selectFrom('origins').selectAll().where('id', '=', into).executeTakeFirst(),
    trx.selectFrom('origins').selectAll().where('id', '=', from).executeTakeFirst(),
  ]);
  if (a && b && a.outlet_source === 'earliest' && b.outlet_source === 'named') {
    await trx.updateTable('origins').set({ outlet: b.outlet, outlet_source: 'named' }).where('id', '=', into).execute();
  }
  const outlet = a && b && a.outlet_source === 'earliest' && b.outlet_source === 'named' ? b.outlet : (a?.outlet ?? null);
  await trx.updateTable('articles').set({ origin_id: into, origin_outlet: outlet }).where('origin_id', 'in', [from, into]).execute();
  await trx.deleteFrom('origins').where('id', '=', from).execute();
}

/**
 * Adds an article to an origin and returns the origin's outlet, correcting it when this copy knows
 * better: a named agency or publisher replaces a guess from the first site seen, and an earlier
 * copy replaces a later one as that guess. Every copy's outlet follows (one indexed update).
 */
async function joinOrigin(trx: Kysely<Database>, originId: number, article: OriginArticle): Promise<string | null> {
  const origin = await trx.selectFrom('origins').selectAll().where('id', '=', originId).executeTakeFirst();
  if (!origin) return article.evidence.namedOutlet ?? article.site;
  let next: { outlet: string | null; outlet_source: 'named' | 'earliest'; first_published: string | null } | null = null;
  const earlier = article.published !== null && (origin.first_published === null || article.published < origin.first_published);
  if (origin.outlet_source === 'earliest' && article.evidence.namedOutlet) {
    next = { outlet: article.evidence.namedOutlet, outlet_source: 'named', first_published: earlier ? article.published : origin.first_published };
  } else if (earlier) {
    next = { outlet: origin.outlet_source === 'earliest' ? article.site : origin.outlet, outlet_source: origin.outlet_source, first_published: article.published };
  }
  if (!next) return origin.outlet;
  await trx.updateTable('origins').set(next).where('id', '=', originId).execute();
  if (next.outlet !== origin.outlet) await trx.updateTable('articles').set({ origin_outlet: next.outlet }).where('origin_id', '=', originId).execute();
  return next.outlet;
}
