import { stripDiacritics } from '../text/diacritics.ts';
import { FOREIGN_LANGUAGES, type PageLanguage } from '../text/page-language.ts';
import { polishCases } from './polish-inflection.ts';
import { russianCases } from './russian-inflection.ts';

/**
 * Country names in the languages we read besides English, from the platform's locale data
 * (`Intl.DisplayNames`): the long and the short name ("Vereinigte Staaten", "USA"), without the
 * qualifier some carry in brackets or after a comma, with and without diacritics, and the case forms
 * German, Russian and Polish build from them with regular endings.
 */

export interface ForeignName {
  code: string;
  lang: PageLanguage;
  surface: string;
}

/** "Myanmar (Birma)" -> "Myanmar", "Hong Kong, RAE da China" -> "Hong Kong". */
function bareName(name: string): string {
  return name.replace(/\s*\(.*\)\s*$/, '').replace(/,.*$/, '').trim();
}

/**
 * German case forms: a one-word name takes -s in the genitive ("Russlands", "Chinas") unless it ends in
 * a hissing sound; in a longer name the adjectives in -e take -en ("der Vereinigten Staaten").
 */
function germanCases(name: string): string | null {
  if (name.includes(' ')) return name.includes('e ') ? name.replace(/e (?=\S)/g, 'en ') : null;
  return name !== name.toUpperCase() && !/[sßxz]$/.test(name) ? `${name}s` : null;
}

function namesIn(lang: PageLanguage, codes: readonly string[]): ForeignName[] {
  const long = new Intl.DisplayNames(lang, { type: 'region' });
  const short = new Intl.DisplayNames(lang, { type: 'region', style: 'short' });
  const out: ForeignName[] = [];
  for (const code of codes) {
    const surfaces = new Set<string>();
    for (const dn of [long, short]) {
      const name = dn.of(code);
      if (!name || name === code) continue;
      const bare = bareName(name);
      if (!bare) continue;
      surfaces.add(bare);
      if (lang === 'de') {
        const g = germanCases(bare);
        if (g) surfaces.add(g);
      }
      if (lang === 'ru') for (const f of russianCases(bare)) surfaces.add(f);
      if (lang === 'pl') for (const f of polishCases(bare)) surfaces.add(f);
    }
    for (const s of [...surfaces]) {
      surfaces.add(stripDiacritics(s));
      surfaces.add(s.replace(/ё/g, 'е').replace(/’/g, "'"));
    }
    for (const surface of surfaces) out.push({ code, lang, surface });
  }
  return out;
}

/** Names of the countries `codes` in one language, or in every language we read. */
export function foreignCountryNames(codes: readonly string[], lang?: PageLanguage): ForeignName[] {
  return (lang ? [lang] : FOREIGN_LANGUAGES).flatMap((l) => namesIn(l, codes));
}
