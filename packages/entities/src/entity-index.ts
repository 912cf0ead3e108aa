import { nameKey, nameWords } from './name-key.ts';
import { shortKeys } from './short-names.ts';

/** How a key points at an entity: one of its names or aliases, a shorter form of one, or a ticker. */
export type KeyStrength = 'name' | 'short' | 'ticker';

export interface KeyRow {
  key: string;
  entityId: number;
  strength: KeyStrength;
}

export interface EntityNames {
  id: number;
  name: string;
  aliases: readonly string[];
  tickers?: readonly string[];
}

/** Every key an entity is found by: its names' keys, their short forms, its ticker symbols. */
export function entityKeyRows(e: EntityNames): KeyRow[] {
  const rows = new Map<string, KeyRow>();
  const add = (key: string, strength: KeyStrength) => {
    if (!key) return;
    const id = `${strength}\u0000${key}`;
    if (!rows.has(id)) rows.set(id, { key, entityId: e.id, strength });
  };
  for (const n of [e.name, ...e.aliases]) {
    const key = nameKey(n);
    add(key, 'name');
    for (const s of shortKeys(key)) add(s, 'short');
  }
  for (const t of e.tickers ?? []) add(t.toLowerCase(), 'ticker');
  return [...rows.values()];
}

/** What the resolver needs to know about a candidate entity beyond its keys. */
export interface EntitySummary {
  id: number;
  name: string;
  /** Keys of all its names and aliases. */
  nameKeys: readonly string[];
  /** Keys of the names it was written under with a legal form ("Mitsubishi Corporation" -> "mitsubishi"). */
  registeredKeys?: readonly string[];
}

/**
 * Keys of the names written with a legal form: such a name is a company's whole registered name,
 * even when one word is left ("Mitsubishi Corporation"), never a short form of a longer one.
 */
export function registeredKeys(names: readonly string[]): string[] {
  return [...new Set(names.filter((n) => nameWords(n).length > nameKey(n).split(' ').length).map(nameKey))];
}

/** Read access to known entities: the store answers it from SQLite, the benchmark from memory. */
export interface EntityLookup {
  hits(key: string): readonly KeyRow[];
  entity(id: number): EntitySummary | undefined;
}

/** An in-memory lookup, filled and updated as articles are resolved. */
export class MemoryEntityIndex implements EntityLookup {
  private readonly byKey = new Map<string, KeyRow[]>();
  private readonly entities = new Map<number, { name: string; aliases: Set<string>; tickers: Set<string> }>();

  put(e: EntityNames): void {
    const prior = this.entities.get(e.id);
    const entry = prior ?? { name: e.name, aliases: new Set<string>(), tickers: new Set<string>() };
    entry.name = e.name;
    for (const a of e.aliases) entry.aliases.add(a);
    for (const t of e.tickers ?? []) entry.tickers.add(t);
    this.entities.set(e.id, entry);
    for (const row of entityKeyRows({ id: e.id, name: entry.name, aliases: [...entry.aliases], tickers: [...entry.tickers] })) {
      const list = this.byKey.get(row.key) ?? [];
      if (!list.some((r) => r.entityId === row.entityId && r.strength === row.strength)) list.push(row);
      this.byKey.set(row.key, list);
    }
  }

  hits(key: string): readonly KeyRow[] {
    return this.byKey.get(key) ?? [];
  }

  entity(id: number): EntitySummary | undefined {
    const e = this.entities.get(id);
    if (!e) return undefined;
    const names = [e.name, ...e.aliases];
    return { id, name: e.name, nameKeys: [...new Set(names.map(nameKey))], registeredKeys: registeredKeys(names) };
  }

  ids(): number[] {
    return [...this.entities.keys()];
  }
}
