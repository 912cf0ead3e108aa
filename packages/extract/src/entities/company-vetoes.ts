import type { Token } from '../text/tokenize.ts';
import { sentenceStart, wordsOf, nameOf, isCap } from './company-chunks.ts';
import { COMPANY_NOUNS, describedAs } from './company-description.ts';
import { organizationNamedBefore } from './company-introducing-nouns.ts';
import { definedAcronyms } from './company-definitions.ts';
import { knownName, type Found } from './company-units.ts';
import { INDUSTRY_SUFFIXES, LEGAL_SUFFIXES, PERSON_HEADS } from './org-lexicon.ts';
import { BUSINESS_NAME_ENDS } from './company-evidence.ts';
import { endsInTradeNoSurname, TRADE_NAME_ENDS } from './company-trade-ends.ts';
import { taggedAsPerson } from './person-check.ts';
import { camelProductUse } from './company-camel-products.ts';
import { ambiguousName } from './company-lists.ts';
import { personEvidence } from './company-person-evidence.ts';
import { groupAdjective } from './group-adjectives.ts';
import { inTitleCaseLine } from './company-headings.ts';
import { sharedCueNames } from './company-shared-cues.ts';
import { CAMEL_REASON, E_TERMS, HOLIDAY_HEADS, notFirmByForm, particleSurname, PEOPLES_PREFIX, SHOW_NOUNS, theInitials, UNIT_NOUNS, usedThings, weakOnlyListOrCamel } from './company-name-forms.ts';
import { formOnlyReason } from './german-capitals.ts';
import { ownedProduct, ownedProductBefore } from './company-owned-products.ts';
import { ratingGrade } from './company-rating-grades.ts';

/**
 * Drops names read as companies without a legal form where the text itself says otherwise. A name goes
 * with all its mentions when the article writes it in small letters too, describes it as an
 * organization or a person, puts a person's role noun before it, defines it as an acronym of a term or
 * a body, or (for names one weak cue made a company) the tagger reads it as a person's. A mention goes
 * alone when it is a credit ("via X"), a title in quotation marks, or a common word used as such.
 */
export function keepCompanies(tk: Token[], found: Found[]): Found[] {
  const defined = definedAcronyms(tk);
  const lowerPhrases = lowerCasePhrases(tk);
  const dropped = new Set<string>();
  const credits = new Set<number>();
  let personChecks = 0;
  // names read from their last word alone that the text writes outside title-case headings too
  const headings = new Map<number, boolean>();
  const inBody = new Set(found.filter((f) => !inTitleCaseLine(tk, f.first, headings)).map((f) => f.name.toLowerCase()));
  const foundKeys = new Set(found.map((f) => wordsOf(tk, f.first, f.next).join(' ')));
  // "Quist's strategy", "a Trump-backed candidate": what people and teams have as firms do
  for (const name of sharedCueNames(tk, found)) dropped.add(name);
  // a name one mention gives a strong cue (a legal form, a ticker) is no person's where another has only a weak one
  const strong = new Set(found.filter((f) => !weakOnly(f)).map((f) => f.name.toLowerCase()));
  for (const f of found) {
    if (f.reasons.length === 0 || f.reasons[0] === 'legal form after a comma') continue;
    const key = wordsOf(tk, f.first, f.next).join(' ');
    // "Safaricom's M-Pesa service": what a company the article names sells under a name, not a firm;
    // "rated CCC by Acme Ratings": a rating's grade, whatever firm goes by the same letters
    if (ownedProduct(tk, f.first, f.next, found) || ratingGrade(tk, f.first, f.next)) {
      credits.add(f.first);
      continue;
    }
    // "Acme's streaming service, AcmePlus", "the supporters' trust X": the text says what the name is, and no firm
    if (ownedProductBefore(tk, f.first, f.next, found) || organizationNamedBefore(tk, f.first, f.next)) {
      if (knownName(key)) credits.add(f.first);
      else dropped.add(f.name.toLowerCase());
      continue;
    }
    // "Artificial Intelligence" where the text also writes "artificial intelligence": a common phrase in capitals
    if (!knownName(key) && lowerPhrases.has(key)) {
      dropped.add(f.name.toLowerCase());
      continue;
    }
    const described = describedAs(tk, f.first, f.next);
    // "(via X)", "... keyboard via X" under a picture: the source of a picture or a report, not a company of
    // the story ("tickets via X." sells them); "J. Walton": a person's initial before a surname
    const initial = tk[f.first - 1]?.raw === '.' && /^[A-Z]$/.test(tk[f.first - 2]?.raw ?? '') && f.next - f.first === 1;
    if ((tk[f.first - 1]?.low === 'via' && caption(tk, f.first, f.next)) || initial) credits.add(f.first);
    // "Bentley, 42,", "Kellogg, a retired teacher,": what is said only of a person, even of a name the lists know
    else if (personEvidence(tk, f.next, knownName(key) && !ambiguousName(key))) dropped.add(f.name.toLowerCase());
    // "Farmers Turn to Drone Technology": a heading capitalizes every word; "its Cloud Solutions division": a firm's unit
    else if (formOnlyReason(f.reasons) && ((!inBody.has(f.name.toLowerCase()) && inTitleCaseLine(tk, f.first, headings)) || UNIT_NOUNS.has(tk[f.next]?.low ?? ''))) credits.add(f.first);
    // "the laptop runs Windows, Linux or ChromeOS": what a device runs or a team uses is software, however listed
    else if (weakOnlyListOrCamel(f) && usedThings(tk, f.first)) credits.add(f.first);
    // "Mother’s Day sales": a holiday named with a possessive
    else if (HOLIDAY_HEADS.has(tk[f.next + 2]?.raw ?? '') && (tk[f.next]?.raw === "'" || tk[f.next]?.raw === '’') && tk[f.next + 1]?.low === 's') credits.add(f.first);
    // "Kurdish workers", "Sikh-owned shops": a people or a faith qualifies those who work or own, it is no firm
    else if (f.next - f.first === 1 && groupAdjective(key)) dropped.add(f.name.toLowerCase());
    // "the NEC in Birmingham": a firm's initials go without "the"; with it and no noun after, they are a venue's or a body's
    else if (theInitials(tk, f.first, f.next) && knownName(key)) credits.add(f.first);
    // "USS Gerald R. Ford", "the West Bank", "the Woodland Trust": a ship, a place or a charity by its name's form
    else if (notFirmByForm(tk, f.first, f.next, key)) dropped.add(f.name.toLowerCase());
    // "DeSantis said", "EastEnders viewers": a surname with its particle, or a programme, spelt in camel case
    // "the ePaper", "50 eBikes": a generic thing made electronic, spelt with a small "e"
    else if (f.reasons.includes(CAMEL_REASON) && (particleSurname(tk[f.first]!.raw) || SHOW_NOUNS.has(tk[f.next]?.low ?? '') || E_TERMS.has(key.replace(/s$/, '')))) credits.add(f.first);
    // "Save the Children": a word that a name goes on past "the", not a name of its own
    else if (f.next - f.first === 1 && tk[f.next]?.raw === 'the' && tk[f.next + 1] && isCap(tk[f.next + 1]!) && !sentenceStart(tk, f.next + 1) && !knownName(key)) credits.add(f.first);
    // "Anglo-American relations": a compound of two peoples, whatever firm shares its words
    else if (PEOPLES_PREFIX.has(tk[f.first]!.low) && tk[f.first + 1]?.raw === '-' && tk[f.first + 1]!.gap === 0) credits.add(f.first);
    // "engineer Priya Nair", "singer Ana Ruiz": a person's role noun right before the name
    else if (PERSON_HEADS.has(tk[f.first - 1]?.low ?? '') && !COMPANY_ROLE_NOUNS.has(tk[f.first - 1]!.low) && !knownName(key)) dropped.add(f.name.toLowerCase());
    // "Orange and Kern counties", "2 Orange": a well-known name that is also a word, used as the word
    else if (ambiguousName(key) && usedAsWord(tk, f.first, f.next)) credits.add(f.first);
    // "“Night Harbor,”": a name in quotation marks is a title (a film, a show, a book), not a firm
    else if (quotedTitle(tk, f.first, f.next)) credits.add(f.first);
    // "CITY (SiteName) -": the outlet in a dateline is the story's source; "using FooApp": a product
    else if (copyrightHolder(tk, f.first) || pictureCredit(tk, f.first) || datelineCredit(tk, f.first, f.next) || indexCode(tk, f.first) || (f.reasons.includes(CAMEL_REASON) && camelProductUse(tk, f.first, f.next))) credits.add(f.first);
    // "at the Acme Media conference": a name only its last word made a firm, before an event's noun, names the event
    else if (EVENT_NOUNS.has(tk[f.next]?.low ?? '') && f.reasons.some((r) => r.startsWith('its name ends in') || r.startsWith('name ends in')) && !knownName(key)) credits.add(f.first);
    // "Acme may earn a commission through links": a site's affiliate notice, not the story
    else if (inAffiliateNotice(tk, f.first)) credits.add(f.first);
    // "A Quiet Harbor": a capitalized article inside a sentence starts a title, not a firm's name
    else if ((key.startsWith('a ') || key.startsWith('an ')) && !sentenceStart(tk, f.first)) credits.add(f.first);
    // "the Falcons", "the Greens": a team, a party or a family named in the plural
    else if (tk[f.first - 1]?.low === 'the' && f.next - f.first === 1 && /[^s'’]s$/.test(key) && !knownName(key)) dropped.add(f.name.toLowerCase());
    // "the Rolling Pebbles", "the Harbor Brothers": a band or a team, when only a weak cue made it a firm
    // ("Zentro Philippines" beside "Zentro" is the firm's unit in a country)
    else if ((tk[f.first - 1]?.low === 'the' || sentenceStart(tk, f.first)) && pluralBandName(key) && weakOnly(f) && !knownName(key) && !foundKeys.has(key.split(' ')[0]!)) dropped.add(f.name.toLowerCase());
    // "Human Resources", "Information Systems": a department's name, not a firm's
    else if (departmentName(key) && !knownName(key)) dropped.add(f.name.toLowerCase());
    else if ((described && described.kind !== 'company') || defined.has(key) || namedThing(tk, f.first)) dropped.add(f.name.toLowerCase());
    // "Follow us on Facebook, Twitter and Instagram": a page's invitation, not the story
    else if (PLATFORMS.has(key) && followInvitation(tk, f.first)) credits.add(f.first);
    // "Sakura Sports", "Kaiun Finance": no person is named for a trade, whatever the tagger makes of the first words
    else if (weakOnly(f) && key.split(' ').length <= 3 && !knownName(key) && !storePossessive(tk, f.next) && !endsInTradeNoSurname(key)) {
      // the tagger is slow next to the rules: at most PERSON_CHECKS mentions per article are shown to it,
      // and one mention read as a person settles the name
      if (dropped.has(f.name.toLowerCase()) || strong.has(f.name.toLowerCase())) continue;
      if (personChecks >= PERSON_CHECKS) {
        f.reasons.push('not checked for a person (limit per article reached)');
        continue;
      }
      personChecks++;
      if (taggedAsPerson(windowOf(tk, f.first, f.next), key)) dropped.add(f.name.toLowerCase());
    }
  }
  return found.filter((f) => !dropped.has(f.name.toLowerCase()) && !credits.has(f.first));
}

/** Two or three words ending in a plural that is no business word: how bands and teams are named. */
function pluralBandName(key: string): boolean {
  const words = key.split(' ');
  const last = words[words.length - 1]!;
  return words.length >= 2 && words.length <= 3 && /[^s'’]s$/.test(last) && !INDUSTRY_SUFFIXES.has(last) && !BUSINESS_NAME_ENDS.has(last) && !TRADE_NAME_ENDS.has(last) && !LEGAL_SUFFIXES.has(last);
}

/** First words of the names departments inside a larger organization go by ("Human Resources", "Investor Relations"). */
const DEPARTMENT_FIRST_WORDS = new Set(['human', 'information', 'corporate', 'customer', 'investor', 'internal', 'public', 'legal',
  'government', 'strategic', 'technical', 'facilities', 'employee', 'member', 'client']);
const DEPARTMENT_LAST_WORDS = new Set(['resources', 'systems', 'relations', 'affairs', 'services', 'solutions', 'communications',
  'technology', 'operations', 'development', 'programs', 'products']);

function departmentName(key: string): boolean {
  const words = key.split(' ');
  return words.length === 2 && DEPARTMENT_FIRST_WORDS.has(words[0]!) && DEPARTMENT_LAST_WORDS.has(words[1]!);
}
/** Nouns of events named after their organizer or sponsor. */
const EVENT_NOUNS = new Set(['conference', 'summit', 'expo', 'convention', 'festival', 'awards', 'forum', 'hackathon', 'showcase', 'fair']);
const DASHES = new Set(['-', '–', '—']);

/** "a condition called HP", "a town named Ford": the name of a thing of that noun, unless the noun is a business one. */
function namedThing(tk: Token[], first: number): boolean {
  if (!NAMING_VERBS.has(tk[first - 1]?.low ?? '')) return false;
  const noun = tk[first - 2];
  if (!noun || noun.kind !== 'word' || noun.raw !== noun.low || COMPANY_NOUNS.has(noun.low)) return false;
  return ['a', 'an', 'the'].includes(tk[first - 3]?.low ?? '') || ['a', 'an', 'the'].includes(tk[first - 4]?.low ?? '');
}
const NAMING_VERBS = new Set(['called', 'named', 'dubbed']);

/** The sentence opens with "Follow" or "Like us": an invitation to a page's social accounts. */
function followInvitation(tk: Token[], at: number): boolean {
  let k = at;
  while (k > 0 && at - k < 20 && !sentenceStart(tk, k)) k--;
  return tk[k]?.low === 'follow' || (tk[k]?.low === 'like' && tk[k + 1]?.low === 'us') || tk[k]?.low === 'connect';
}

/** "© 2024 Acme Media", "Copyright Acme": the owner of the page, in its notice, not a company of the story. */
function copyrightHolder(tk: Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    const w = tk[k]!.low;
    if (w === '©' || w === 'copyright' || w === '(c)') return true;
    if (tk[k]!.kind !== 'num' && w !== '-' && w !== '–' && w !== ',') return false;
  }
  return false;
}

/** "the Dow .DJI fell": a market index's instrument code, a point glued to the letters after a space. */
function indexCode(tk: Token[], first: number): boolean {
  const dot = tk[first - 1];
  return dot?.raw === '.' && tk[first]!.gap === 0 && dot.gap > 0;
}

/** "HONOLULU (SiteName) -": a name in brackets before the dash of a dateline. */
function datelineCredit(tk: Token[], first: number, next: number): boolean {
  return tk[first - 1]?.raw === '(' && tk[next]?.raw === ')' && DASHES.has(tk[next + 1]?.raw ?? '');
}

const PICTURE_WORDS = new Set(['photo', 'photos', 'photograph', 'image', 'images', 'picture', 'pictures', 'illustration', 'graphic', 'video']);

/** "Photo by Jane Roe on Snapshotz.com", "Image: Acme": a line that credits a picture names its source, not the story's firm. */
function pictureCredit(tk: Token[], first: number): boolean {
  let k = first;
  while (k > 0 && first - k < 12 && tk[k]!.gap < 2) k--;
  if (tk[k]!.gap < 2 && k > 0) return false;
  return PICTURE_WORDS.has(tk[k]!.low) && (tk[k + 1]?.low === 'by' || tk[k + 1]?.raw === ':' || tk[k + 1]?.low === 'credit');
}

/** The sentence around token `at` tells readers that the site earns from affiliate links. */
function inAffiliateNotice(tk: Token[], at: number): boolean {
  let affiliate = false;
  let earns = false;
  let k = at;
  while (k > 0 && at - k < 40 && !sentenceStart(tk, k)) k--;
  for (; k < tk.length && k - at < 40; k++) {
    const w = tk[k]!.low;
    if (w === 'affiliate') affiliate = true;
    if (w === 'commission' || w === 'commissions' || w === 'earn') earns = true;
    if (k > at && (w === '.' || w === '!' || w === '?')) break;
  }
  return affiliate && earns;
}

/** Role nouns that a firm takes as well as a person ("investor SoftBank", "partner Acme"). */
const COMPANY_ROLE_NOUNS = new Set(['investor', 'trader', 'partner', 'consultant', 'adviser', 'advisor', 'manager', 'host', 'star', 'veteran', 'expert']);

/** Nouns after a name that make it a place's or a thing's ("Orange County", "Amazon rainforest"). */
const PLACE_OR_THING_NOUNS = new Set(['county', 'counties', 'river', 'rivers', 'rainforest', 'basin', 'region', 'state', 'street',
  'coast', 'valley', 'juice', 'peel', 'tree', 'trees', 'color', 'colour']);

/** A name that is also a common word, used as that word: after a number, or before a place's or a thing's noun. */
function usedAsWord(tk: Token[], first: number, next: number): boolean {
  if (tk[first - 1]?.kind === 'num') return true;
  let k = next;
  if (tk[k]?.low === 'and' && tk[k + 1] && isCap(tk[k + 1]!)) k += 2;
  return PLACE_OR_THING_NOUNS.has(tk[k]?.low ?? '');
}

/** Every run of one to three words the text writes in small letters only, joined by spaces. */
function lowerCasePhrases(tk: Token[]): Set<string> {
  const out = new Set<string>();
  // a word glued into an address ("acme.com", "@acme", "/acme") is not written as a word of the language
  const glued = (k: number) => (tk[k]!.gap === 0 && /^[./@#]$/.test(tk[k - 1]?.raw ?? '')) || (tk[k + 1]?.raw === '.' && tk[k + 1]!.gap === 0 && tk[k + 2]?.gap === 0);
  const small = (k: number) => tk[k]?.kind === 'word' && tk[k]!.raw === tk[k]!.low && !glued(k);
  for (let k = 0; k < tk.length; k++) {
    if (!small(k)) continue;
    let phrase = tk[k]!.low;
    out.add(phrase);
    for (let n = 1; n < 3 && small(k + n) && tk[k + n]!.gap <= 1; n++) out.add((phrase += ` ${tk[k + n]!.low}`));
  }
  return out;
}

/** The name ends a bracket or a line without a full stop: a credit under a picture, not a sentence of the story. */
function caption(tk: Token[], first: number, next: number): boolean {
  if (tk[first - 2]?.raw === '(') return true;
  const after = tk[next];
  return !after || after.raw === ')' || after.gap >= 2;
}

/** Social networks and messaging apps, which stories name as a medium far more often than as a business. */
export const PLATFORMS = new Set(['twitter', 'x', 'facebook', 'instagram', 'youtube', 'tiktok', 'weibo', 'wechat', 'linkedin', 'reddit',
  'snapchat', 'whatsapp', 'telegram', 'threads', 'bluesky', 'pinterest', 'tumblr', 'twitch', 'discord', 'signal', 'douyin']);
const MEDIUM_BEFORE = new Set(['on', 'via', 'to']);
const MEDIUM_AFTER = new Set(['post', 'posts', 'posted', 'account', 'accounts', 'feed', 'page', 'pages', 'user', 'users', 'followers',
  'video', 'videos', 'handle', 'thread', 'threads', 'live', 'story', 'stories', 'message', 'messages', 'channel', 'group', 'groups']);

/** "on Twitter", "a Facebook post": the name used for the place where people posted. */
export function mediumUse(tk: Token[], first: number, next: number): boolean {
  // "on Facebook's platforms" speaks of the business
  if (tk[next]?.raw === "'" || tk[next]?.raw === '’') return false;
  return MEDIUM_BEFORE.has(tk[first - 1]?.low ?? '') || MEDIUM_AFTER.has(tk[next]?.low ?? '');
}

const OPEN_QUOTES = new Set(['"', '“', '‘', "'"]);
const CLOSE_QUOTES = new Set(['"', '”', '’', "'"]);

/** The name sits alone inside quotation marks (a closing comma or point may come first: "“Night Harbor,”"). */
function quotedTitle(tk: Token[], first: number, next: number): boolean {
  const open = tk[first - 1];
  if (!open || !OPEN_QUOTES.has(open.raw) || tk[first]!.gap !== 0) return false;
  let k = next;
  if (tk[k]?.raw === ',' || tk[k]?.raw === '.') k++;
  // a possessive "’s" is not a closing quote
  return !!tk[k] && CLOSE_QUOTES.has(tk[k]!.raw) && tk[k]!.gap === 0 && tk[k + 1]?.low !== 's';
}

/**
 * "Ford, Pellman’s and Initech": a possessive that owns nothing, in a list, is how shops and brands
 * named after their founders are written ("at Pellman’s"), not a person's name.
 */
function storePossessive(tk: Token[], next: number): boolean {
  const apostrophe = tk[next]?.raw;
  if ((apostrophe !== "'" && apostrophe !== '’') || tk[next]!.gap !== 0 || tk[next + 1]?.low !== 's') return false;
  const after = tk[next + 2]?.low ?? '';
  return after === ',' || after === 'and' || after === 'or';
}

/** Names per article the person tagger is asked about. */
const PERSON_CHECKS = 60;

/** Read as a company by one cue that people's names also get (context, a list, a name's last word). */
function weakOnly(f: Found): boolean {
  // a ticker in brackets among market words is no person's
  if (f.reasons.some((r) => r.endsWith('(stock ticker)'))) return false;
  // nor are the results a firm reports or its listing on an exchange
  if (f.reasons.some((r) => /\((?:reports its \w+|its \w+|listed on an exchange)\)$/.test(r))) return false;
  return f.reasons.some((r) => r.startsWith('read as a company from context') || r === 'listed beside a company' || r.startsWith('its name ends in'));
}

function windowOf(tk: Token[], first: number, next: number): string {
  return nameOf(tk, Math.max(0, first - 12), Math.min(tk.length, next + 12));
}
