import { EXCHANGES } from './lexicon.ts';

/** An entity as a knowledge-base file describes it, before it meets the store. */
export interface ImportedEntity {
  name: string;
  kind: 'company';
  aliases: string[];
  qid: string | null;
  lei: string | null;
  tickers: { exchange: string | null; symbol: string }[];
  /** The parent's name (CSV) or QID (Wikidata), resolved against the file and the store on import. */
  parent: string | null;
}

export class ImportFormatError extends Error {
  override name = 'ImportFormatError';
}

/** Rows of a CSV text (RFC 4180 quoting: "a, b" and "" inside quotes). */
export function parseCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f.trim() !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new ImportFormatError('CSV ends inside a quoted field');
  row.push(field);
  if (row.some((f) => f.trim() !== '')) rows.push(row);
  return rows;
}

const ID_PREFIXES = ['qid', 'lei', 'ticker'] as const;

/**
 * The knowledge-base CSV: a header naming at least `name`, then `aliases` ("|"-separated), `ids`
 * ("qid:Q123|lei:529900…|ticker:ASX:LYC") and `parent` (another row's name). Every bad row is
 * reported with its line number; nothing is returned when any row is bad.
 */
export function parseEntityCsv(text: string): ImportedEntity[] {
  const [header, ...rows] = parseCsvRows(text.replace(/^\uFEFF/, ''));
  if (!header) throw new ImportFormatError('the file is empty: expected a header line with name,aliases,ids,parent');
  const col = (name: string) => header.findIndex((h) => h.trim().toLowerCase() === name);
  const nameCol = col('name');
  if (nameCol < 0) throw new ImportFormatError(`the header has no "name" column (found: ${header.join(', ')})`);
  const [aliasCol, idsCol, parentCol] = [col('aliases'), col('ids'), col('parent')];
  const errors: string[] = [];
  const out: ImportedEntity[] = [];
  rows.forEach((r, i) => {
    const line = i + 2;
    const name = (r[nameCol] ?? '').trim();
    if (!name) {
      errors.push(`line ${line}: no name`);
      return;
    }
    const e: ImportedEntity = { name, kind: 'company', aliases: splitList(r[aliasCol] ?? ''), qid: null, lei: null, tickers: [], parent: (r[parentCol] ?? '').trim() || null };
    for (const id of splitList(idsCol < 0 ? '' : (r[idsCol] ?? ''))) {
      const [prefix, ...rest] = id.split(':');
      const value = rest.join(':').trim();
      const kind = prefix?.trim().toLowerCase();
      if (!value || !ID_PREFIXES.includes(kind as (typeof ID_PREFIXES)[number])) {
        errors.push(`line ${line}: id "${id}" is not qid:…, lei:… or ticker:EXCHANGE:SYMBOL`);
      } else if (kind === 'qid') {
        if (/^Q\d+$/.test(value)) e.qid = value;
        else errors.push(`line ${line}: "${value}" is not a Wikidata QID (Q followed by digits)`);
      } else if (kind === 'lei') {
        if (/^[A-Z0-9]{20}$/.test(value)) e.lei = value;
        else errors.push(`line ${line}: "${value}" is not an LEI (20 letters and digits)`);
      } else {
        const parts = value.split(':');
        const symbol = parts.pop()!.trim().toUpperCase();
        e.tickers.push({ exchange: parts.length > 0 ? parts.join(':').trim().toUpperCase() : null, symbol });
      }
    }
    out.push(e);
  });
  if (errors.length > 0) throw new ImportFormatError(errors.join('\n'));
  return out;
}

function splitList(cell: string): string[] {
  return cell.split('|').map((s) => s.trim()).filter(Boolean);
}

/**
 * Stock exchanges (P414 values) by Wikidata item, written as the exchange prefixes tickers in text
 * ("NYSE: MP"). Only items checked against more than one published list are here; an exchange the
 * file itself describes is read from its entity, and any other keeps its QID so nothing is lost.
 */
export const EXCHANGE_BY_QID: Readonly<Record<string, string>> = {
  Q13677: 'NYSE',
  Q82059: 'NASDAQ',
  Q846626: 'NYSE AMERICAN',
  Q171240: 'LSE',
  Q217475: 'TSE',
  Q496672: 'HKEX',
  Q517750: 'SZSE',
  Q739514: 'SSE',
  Q151139: 'FRA',
  Q2385849: 'EURONEXT PARIS',
};

interface WikidataValue {
  value?: unknown;
}
interface WikidataClaim {
  mainsnak?: { datavalue?: { value?: unknown } };
  rank?: string;
  qualifiers?: Record<string, { datavalue?: { value?: unknown } }[]>;
}
interface WikidataEntity {
  id?: string;
  labels?: Record<string, WikidataValue>;
  aliases?: Record<string, WikidataValue[]>;
  claims?: Record<string, WikidataClaim[]>;
}

/**
 * The subset of Wikidata's entity JSON (the `wbgetentities` / dump shape: `{"entities": {...}}`, or
 * an array of entities) that we read: English label and aliases, LEI (P1278), ticker symbols (P249,
 * alone, or as a qualifier of a stock exchange P414 that gives the ticker its exchange) and parent
 * organization (P749, by QID). Items the file holds only as the exchange of others are not companies.
 */
export function parseWikidataJson(text: string): ImportedEntity[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new ImportFormatError(`not JSON: ${(err as Error).message}`);
  }
  const list: WikidataEntity[] = Array.isArray(doc) ? doc : doc && typeof doc === 'object' && 'entities' in doc ? Object.values((doc as { entities: Record<string, WikidataEntity> }).entities) : [];
  if (list.length === 0) throw new ImportFormatError('no entities: expected {"entities": {...}} or an array of Wikidata entities');
  const exchanges = exchangesOf(list);
  const errors: string[] = [];
  const out: ImportedEntity[] = [];
  list.forEach((w, i) => {
    if (w.id && exchanges.described.has(w.id)) return;
    const name = typeof w.labels?.en?.value === 'string' ? w.labels.en.value.trim() : '';
    if (!name || !w.id || !/^Q\d+$/.test(w.id)) {
      errors.push(`entity ${i + 1}: needs an id (Q…) and an English label`);
      return;
    }
    const strings = (claims: WikidataClaim[] | undefined) => (claims ?? []).map((c) => c.mainsnak?.datavalue?.value).filter((v): v is string => typeof v === 'string');
    const tickers: ImportedEntity['tickers'] = [];
    // Listings first (they carry an exchange), preferred rank before normal, deprecated ones never.
    const listings = (w.claims?.P414 ?? []).filter((c) => c.rank !== 'deprecated').sort((a, b) => Number(b.rank === 'preferred') - Number(a.rank === 'preferred'));
    for (const c of listings) {
      const qid = (c.mainsnak?.datavalue?.value as { id?: unknown } | undefined)?.id;
      const exchange = typeof qid === 'string' ? (exchanges.name(qid) ?? qid) : null;
      for (const q of c.qualifiers?.P249 ?? []) if (typeof q.datavalue?.value === 'string') tickers.push({ exchange, symbol: q.datavalue.value.toUpperCase() });
    }
    for (const symbol of strings(w.claims?.P249).map((v) => v.toUpperCase())) if (!tickers.some((t) => t.symbol === symbol)) tickers.push({ exchange: null, symbol });
    const parentValue = w.claims?.P749?.[0]?.mainsnak?.datavalue?.value as { id?: string } | undefined;
    out.push({
      name,
      kind: 'company',
      aliases: (w.aliases?.en ?? []).map((a) => a.value).filter((v): v is string => typeof v === 'string'),
      qid: w.id,
      lei: strings(w.claims?.P1278)[0] ?? null,
      tickers,
      parent: parentValue?.id ?? null,
    });
  });
  if (errors.length > 0) throw new ImportFormatError(errors.join('\n'));
  return out;
}

/**
 * The exchanges the entities list through P414: their names (the table above, or an exchange entity
 * in the same file, by an English alias written as a ticker prefix or else its label), and which
 * items of the file are those exchanges.
 */
function exchangesOf(list: readonly WikidataEntity[]): { described: Set<string>; name: (qid: string) => string | null } {
  const listed = new Set<string>();
  for (const w of list) {
    for (const c of w.claims?.P414 ?? []) {
      const qid = (c.mainsnak?.datavalue?.value as { id?: unknown } | undefined)?.id;
      if (typeof qid === 'string') listed.add(qid);
    }
  }
  const inFile = new Map<string, string>();
  for (const w of list) {
    if (!w.id || !listed.has(w.id)) continue;
    const aliases = (w.aliases?.en ?? []).map((a) => a.value).filter((v): v is string => typeof v === 'string');
    const code = aliases.find((a) => EXCHANGES.has(a.toLowerCase().trim())) ?? aliases.find((a) => /^[A-Z]{2,6}$/.test(a.trim()));
    const label = typeof w.labels?.en?.value === 'string' ? w.labels.en.value : null;
    const name = code ?? label;
    if (name) inFile.set(w.id, name.trim().toUpperCase());
  }
  return { described: new Set(inFile.keys()), name: (qid) => EXCHANGE_BY_QID[qid] ?? inFile.get(qid) ?? null };
}
