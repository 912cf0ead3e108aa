import type { MemoryEntityIndex } from './entity-index.ts';
import type { ArticleResolution, Target } from './resolve-article.ts';

/**
 * Applies one article's resolution to an in-memory index, as the store does to its tables: new
 * entities get the next ids, aliases and tickers join their entity. Returns each mention's entity
 * id (null when unresolved), in the order of `resolution.mentions`.
 */
export function applyInMemory(index: MemoryEntityIndex, resolution: ArticleResolution, nextId: () => number): (number | null)[] {
  const fresh = resolution.newEntities.map((e) => {
    const id = nextId();
    index.put({ id, name: e.name, aliases: [] });
    return id;
  });
  const idOf = (t: Target) => ('entityId' in t ? t.entityId : fresh[t.newIndex]!);
  for (const f of resolution.fuller) index.put({ id: f.entityId, name: f.name, aliases: [index.entity(f.entityId)?.name ?? f.name] });
  for (const a of resolution.aliases) index.put({ id: idOf(a.target), name: nameOf(index, idOf(a.target)), aliases: [a.alias] });
  for (const t of resolution.tickers) index.put({ id: idOf(t.target), name: nameOf(index, idOf(t.target)), aliases: [], tickers: [t.ticker.symbol] });
  return resolution.mentions.map((m) => (m.target ? idOf(m.target) : null));
}

function nameOf(index: MemoryEntityIndex, id: number): string {
  return index.entity(id)?.name ?? '';
}
