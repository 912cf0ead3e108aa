import { stripDiacritics } from '../text/diacritics.ts';
import type { PageLanguage } from '../text/page-language.ts';
import type { Token } from '../text/tokenize.ts';
import { day } from './calendar.ts';
import { pickWeekday } from './resolve.ts';
import { type DateHit, hit } from './types.ts';

/**
 * A weekday named alone on a page in another language ("am Montag", "lundi", "в среду"): the most recent
 * such day, today included, as the English reading takes a weekday in a sentence without tense. Names
 * come from the locale data; Slavic ones also in the accusative they take after "в"/"w" ("в пятницу").
 */

/** Words before a weekday that make it a day of the story; French and Italian name the day bare ("a dit lundi"). */
const LEADS: Partial<Record<PageLanguage, string[]>> = {
  de: ['am', 'vom', 'seit', 'bis', 'ab'],
  es: ['el', 'este', 'desde', 'hasta', 'del'],
  pt: ['na', 'no', 'nesta', 'neste', 'desde', 'até', 'da', 'do'],
  nl: ['op', 'sinds', 'tot', 'vanaf'],
  ru: ['в', 'во', 'до', 'с', 'со'],
  pl: ['w', 'we', 'od', 'do'],
  id: ['pada', 'hari', 'sejak', 'hingga'],
};

const TABLES = new Map<PageLanguage, Map<string, number>>();

function tableOf(lang: PageLanguage): Map<string, number> {
  let table = TABLES.get(lang);
  if (table) return table;
  table = new Map();
  const fmt = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  for (let wd = 0; wd < 7; wd++) {
    // 2021-01-04 was a Monday; weekdays count from Monday (0) as in the English reading
    const name = fmt.format(new Date(Date.UTC(2021, 0, 4 + wd))).toLowerCase();
    const forms = [name, stripDiacritics(name)];
    if (lang === 'ru' && name.endsWith('а')) forms.push(`${name.slice(0, -1)}у`);
    if (lang === 'pl' && name.endsWith('a')) forms.push(`${name.slice(0, -1)}ę`);
    for (const f of forms) table.set(f, wd);
  }
  TABLES.set(lang, table);
  return table;
}

/** The weekday written at i ("Montag", "segunda-feira"), with the token after it. */
function weekdayAt(lang: PageLanguage, tk: Token[], i: number): { wd: number; next: number } | null {
  const table = tableOf(lang);
  const t = tk[i];
  if (!t || t.kind !== 'word') return null;
  // "segunda-feira": a name written with a hyphen is three tokens
  if (tk[i + 1]?.raw === '-' && tk[i + 1]!.gap === 0 && tk[i + 2]?.gap === 0) {
    const wd = table.get(`${t.low}-${tk[i + 2]!.low}`);
    if (wd !== undefined) return { wd, next: i + 3 };
  }
  const wd = table.get(t.low);
  return wd === undefined ? null : { wd, next: i + 1 };
}

export function foreignWeekday(lang: PageLanguage, tk: Token[], i: number, ref: number | null): DateHit | null {
  if (ref === null) return null;
  const w = weekdayAt(lang, tk, i);
  if (!w) return null;
  const t = tk[i]!;
  // Indonesian and German write weekdays with a capital; "minggu" in lower case is "week"
  if ((lang === 'id' || lang === 'de') && t.raw[0] === t.low[0]) return null;
  const leads = LEADS[lang];
  const before = tk[i - 1];
  const lead = before && before.kind === 'word' && t.gap < 2 ? before.low : '';
  if (leads && !leads.includes(lead) && !(lang === 'id' && before?.raw === ',')) return null;
  // a weekday before a date only names that date's day ("Montag, 12. September")
  let k = w.next;
  if (tk[k]?.raw === ',') k++;
  if (tk[k]?.kind === 'num' && tk[k]!.gap < 2) return null;
  return hit(i, w.next, day(pickWeekday(w.wd, ref, 'past')), { relative: true });
}
