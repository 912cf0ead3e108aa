import { stripDiacritics } from '../text/diacritics.ts';
import type { PageLanguage } from '../text/page-language.ts';

/**
 * Month names of the languages we read besides English, as the platform's locale data writes them:
 * full and abbreviated, alone (nominative) and beside a day (the genitive of Slavic languages:
 * "marca", "октября"), with and without diacritics. Generated, so no list is typed by hand.
 */

export interface MonthForm {
  month: number;
  /** An abbreviation ("févr", "okt"): read only beside a day or a year, never alone. */
  abbr: boolean;
  /** A case used after a preposition ("в октябре"): read as the month alone. */
  locative?: boolean;
}

function monthPart(fmt: Intl.DateTimeFormat, date: Date): string {
  return (fmt.formatToParts(date).find((p) => p.type === 'month')?.value ?? '').toLowerCase().replace(/\.$/, '');
}

/** Russian months take -е after "в" ("в марте", "в октябре"): the soft sign or й gives way to it. */
function russianLocative(nominative: string): string {
  return /[ьй]$/.test(nominative) ? `${nominative.slice(0, -1)}е` : `${nominative}е`;
}

function buildTable(lang: PageLanguage): Map<string, MonthForm> {
  const table = new Map<string, MonthForm>();
  const put = (name: string, form: MonthForm): void => {
    if (!name || /\d/.test(name)) return;
    for (const n of new Set([name, stripDiacritics(name), name.replace(/ё/g, 'е')])) {
      const had = table.get(n);
      // a full name wins over an abbreviation that happens to be spelled the same ("mai", "juni")
      if (!had || (had.abbr && !form.abbr)) table.set(n, form);
    }
  };
  const long = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
  const short = new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' });
  const longWithDay = new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' });
  const shortWithDay = new Intl.DateTimeFormat(lang, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  for (let m = 1; m <= 12; m++) {
    const date = new Date(Date.UTC(2021, m - 1, 15));
    const nominative = monthPart(long, date);
    put(nominative, { month: m, abbr: false });
    put(monthPart(longWithDay, date), { month: m, abbr: false });
    for (const fmt of [short, shortWithDay]) {
      const a = monthPart(fmt, date);
      put(a, { month: m, abbr: a.length < nominative.length });
    }
    if (lang === 'ru') put(russianLocative(nominative), { month: m, abbr: false, locative: true });
  }
  return table;
}

/** Built the first time a page in that language is read: English pages never pay for the locale data. */
const TABLES = new Map<PageLanguage, Map<string, MonthForm>>();

export function foreignMonth(lang: PageLanguage, word: string): MonthForm | undefined {
  if (lang === 'en') return undefined;
  let table = TABLES.get(lang);
  if (!table) TABLES.set(lang, (table = buildTable(lang)));
  return table.get(word);
}
