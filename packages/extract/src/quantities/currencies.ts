import type { Token } from '../text/tokenize.ts';

/**
 * How currencies are written around a figure: a symbol or code before it ("$", "€", "US$", "Rs", "EUR"),
 * or a code or word after it ("USD", "euros", "Swiss francs", "crore rupees"). Where one sign stands for
 * several currencies ("¥", "Rs", "pesos") the most common is assumed, the article's own countries pick
 * another, and the doubt is said.
 */

export interface CurrencyMatch {
  code: string;
  /** Why the currency is uncertain; absent when the sign names one currency. */
  doubt?: string;
  /** A weaker doubt, said but not lowering the score: a bare "$" in an article that also writes another dollar. */
  note?: string;
}

/** Another dollar written out in the article ("A$", "Canadian dollars"): there a bare "$" may be either. */
const OTHER_DOLLAR = /\b(?:A|AU|C|CA|HK|NZ|S|SG|NT)\$|\b(?:Australian|Canadian|New Zealand|Hong Kong|Singapore|Taiwan(?:ese)?)\s+dollars?\b/;

const SYMBOLS: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₦': 'NGN', '₱': 'PHP', '₺': 'TRY', '₪': 'ILS', '฿': 'THB', '₫': 'VND', '₵': 'GHS' };
/** Letters glued before "$": "US$", "A$", "HK$". */
const DOLLAR_PREFIX: Record<string, string> = {
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', sg: 'SGD', r: 'BRL', nt: 'TWD', mex: 'MXN',
  j: 'JMD', tt: 'TTD', fj: 'FJD', z: 'ZWL', usd: 'USD', aud: 'AUD', cad: 'CAD', nzd: 'NZD', hkd: 'HKD', sgd: 'SGD', twd: 'TWD',
};
/**
 * Letters glued after "$", as Australian and New Zealand papers mark a foreign dollar: "$US2 billion",
 * "$A1.5bn", "$NZ40 million". Capitals only: "$us" is nobody's style, and a lower-case word after "$" is text.
 */
const DOLLAR_SUFFIX: Record<string, string> = { US: 'USD', A: 'AUD', AU: 'AUD', NZ: 'NZD', C: 'CAD', CA: 'CAD', HK: 'HKD', S: 'SGD', SG: 'SGD', NT: 'TWD' };
/** Letters glued before another currency's symbol: "E£" is the Egyptian pound, "GH₵" the cedi. */
const SYMBOL_PREFIX: Record<string, string> = { 'E£': 'EGP', 'LE£': 'EGP', 'GH₵': 'GHS', 'GH¢': 'GHS' };

/** ISO codes written in capitals; "RMB" is the yuan. */
const CODES = new Set([
  'usd', 'eur', 'gbp', 'cny', 'rmb', 'jpy', 'aud', 'cad', 'inr', 'hkd', 'chf', 'krw', 'rub', 'brl', 'zar', 'sek', 'nok', 'sgd',
  'nzd', 'twd', 'myr', 'idr', 'mxn', 'pkr', 'lkr', 'npr', 'bdt', 'ngn', 'kes', 'egp', 'try', 'thb', 'php', 'vnd', 'ils', 'pln',
  'czk', 'huf', 'dkk', 'aed', 'sar', 'qar', 'ars', 'clp', 'cop', 'pen', 'uah', 'ghs', 'ron', 'bgn', 'kzt', 'kwd', 'omr', 'bhd',
  'jod', 'iqd', 'ugx', 'tzs', 'etb', 'zmw', 'xof', 'xaf', 'isk', 'rsd', 'uzs', 'mmk', 'lbp',
]);

/** A currency word that several countries use: the default, and the country names that pick another. */
interface SharedWord {
  code: string;
  /** The default's own country: named in the article (and no other user of the word), the default is sure. */
  home?: RegExp;
  alternatives?: Array<[RegExp, string]>;
  what?: string;
}
const RUPEE: SharedWord = { code: 'INR', what: 'rupee', home: /\bIndia/, alternatives: [[/\bPakistan/, 'PKR'], [/\bSri Lanka/, 'LKR'], [/\bNepal/, 'NPR']] };
const PESO: SharedWord = { code: 'MXN', what: 'peso', home: /\bMexic/, alternatives: [[/\bPhilippin|\bFilipino/, 'PHP'], [/\bArgentin/, 'ARS'], [/\bChile/, 'CLP'], [/\bColombia/, 'COP']] };
const DINAR: SharedWord = { code: 'KWD', what: 'dinar', home: /\bKuwait/, alternatives: [[/\bIraq/, 'IQD'], [/\bJordan/, 'JOD'], [/\bBahrain/, 'BHD'], [/\bAlgeria/, 'DZD'], [/\bTunisia/, 'TND'], [/\bSerbia/, 'RSD'], [/\bLibya/, 'LYD']] };
const SHILLING: SharedWord = { code: 'KES', what: 'shilling', home: /\bKenya/, alternatives: [[/\bUganda/, 'UGX'], [/\bTanzania/, 'TZS'], [/\bSomalia/, 'SOS']] };
const KRONE: SharedWord = { code: 'NOK', what: 'krone', home: /\bNorw/, alternatives: [[/\bDenmark|\bDanish/, 'DKK']] };
const DIRHAM: SharedWord = { code: 'AED', what: 'dirham', home: /\bEmirat|\bUAE\b|\bDubai|\bAbu Dhabi/, alternatives: [[/\bMorocc/, 'MAD']] };
const RIYAL: SharedWord = { code: 'SAR', what: 'riyal', home: /\bSaudi/, alternatives: [[/\bQatar/, 'QAR'], [/\bOman/, 'OMR']] };
const RIAL: SharedWord = { code: 'IRR', what: 'rial', home: /\bIran/, alternatives: [[/\bOman/, 'OMR'], [/\bYemen/, 'YER']] };

/**
 * Letters written before a figure where the currency has no symbol of its own in plain text, matched as
 * written (case and all). A single letter glued to the figure ("N500m", "R12 billion") is that currency only
 * in an article about its country, and only on a figure that looks like money (a scale word, thousands
 * separators or decimals): "N95" and "R2" are also names of things.
 */
interface LetterPrefix {
  code: string | SharedWord;
  /** The article must name the currency's country (or the currency) for the letters to mean it. */
  cue?: RegExp;
  /** Only glued to the figure, and only on a figure that looks like money. */
  glued?: boolean;
  /** Only on a figure with a scale word or thousands separators, glued or not. */
  money?: boolean;
}
const NIGERIA = /\bNigeria|\bnaira\b|\bLagos\b|\bAbuja\b/;
const SOUTH_AFRICA = /\bSouth Africa|\brand\b|\bJohannesburg\b|\bPretoria\b|\bCape Town\b/;
const EAST_AFRICA = /\bKenya|\bUganda|\bTanzania/;
const ISRAEL = /\bIsrael|\bshekels?\b|\bTel Aviv\b|\bJerusalem\b/;
const PHILIPPINES = /\bPhilippin|\bFilipino|\bManila\b/;
const SWITZERLAND = /\bSwiss\b|\bSwitzerland\b|\bCHF\b|\bfrancs?\b|\bZurich\b|\bGeneva\b|\bBern\b|\bBasel\b|\bLausanne\b/;
const LETTER_PREFIX: Record<string, LetterPrefix> = {
  N: { code: 'NGN', cue: NIGERIA, glued: true },
  R: { code: 'ZAR', cue: SOUTH_AFRICA, glued: true },
  // Philippine papers write the peso as "P" or "Php" when the text has no "₱"
  P: { code: 'PHP', cue: PHILIPPINES, glued: true }, Php: { code: 'PHP', cue: PHILIPPINES },
  // Swiss papers write the franc "Fr." ("Fr. 2.40 a share"); "Fr." is also a priest's title, so only in a Swiss story
  Fr: { code: 'CHF', cue: SWITZERLAND },
  Rp: { code: 'IDR' }, RM: { code: 'MYR' }, Rmb: { code: 'CNY' }, SFr: { code: 'CHF' }, Sfr: { code: 'CHF' }, 'zł': { code: 'PLN' }, Dh: { code: 'AED' }, Dhs: { code: 'AED' },
  KSh: { code: 'KES' }, Ksh: { code: 'KES' }, Kshs: { code: 'KES' }, KShs: { code: 'KES' },
  Sh: { code: SHILLING, cue: EAST_AFRICA }, Shs: { code: SHILLING, cue: EAST_AFRICA },
  // the Tanzanian and Ugandan shillings with their country's initial: "TSh 2 billion", "USh40m"
  TSh: { code: 'TZS' }, Tsh: { code: 'TZS' }, TShs: { code: 'TZS' }, Tshs: { code: 'TZS' },
  USh: { code: 'UGX' }, Ush: { code: 'UGX' }, UShs: { code: 'UGX' }, Ushs: { code: 'UGX' },
  // "Rupees 500 crore", "Naira 5 billion", "Euro 40 million": the currency's name before the figure, capitalized
  Rupees: { code: RUPEE }, Rupee: { code: RUPEE }, Naira: { code: 'NGN' }, Euro: { code: 'EUR' }, Euros: { code: 'EUR' },
  // "euro 5 million": Irish and wire copy write the sign out in lower case; only before a figure that looks like money
  euro: { code: 'EUR', money: true },
  Tk: { code: 'BDT', cue: /\bBangladesh|\btaka\b/ },
  // Thai, Egyptian, Turkish and Israeli papers' own abbreviations: "Bt1.2 billion", "LE500 million", "TL40 billion", "NIS 2 billion"
  Bt: { code: 'THB', cue: /\bThai|\bBangkok\b|\bbaht\b/ },
  LE: { code: 'EGP', cue: /\bEgypt|\bCairo\b/ },
  TL: { code: 'TRY', cue: /\bTurk|\bAnkara\b|\bIstanbul\b|\blira\b/ },
  // "NIS 2" is also the EU's network-security directive: the shekel only in a story about Israel
  NIS: { code: 'ILS', cue: ISRAEL },
  QR: { code: 'QAR', cue: /\bQatar|\bDoha\b/ },
  SR: { code: 'SAR', cue: /\bSaudi|\bRiyadh\b/ },
};
/**
 * Currency marks after a figure, matched as written: "500 zł", "20 Kč", and in a story about the country
 * "300 Ft" (a title-cased headline writes feet the same way) and "50 TL".
 */
const MARKS_AFTER: Record<string, { code: string; cue?: RegExp }> = {
  'zł': { code: 'PLN' },
  'Kč': { code: 'CZK' },
  Ft: { code: 'HUF', cue: /\bHungar|\bBudapest\b|\bforints?\b/ },
  TL: { code: 'TRY', cue: /\bTurk|\bAnkara\b|\bIstanbul\b|\blira\b/ },
  NIS: { code: 'ILS', cue: ISRAEL },
};

/** Currency words after a figure (singular and plural). "pound(s)" is left to the caller: it is also a mass. */
const WORDS: Record<string, string | SharedWord> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yuan: 'CNY', renminbi: 'CNY', yen: 'JPY', won: 'KRW',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', sterling: 'GBP', ringgit: 'MYR', rand: 'ZAR', reais: 'BRL',
  franc: 'CHF', francs: 'CHF', naira: 'NGN', baht: 'THB', rupiah: 'IDR', lira: 'TRY', liras: 'TRY', shekel: 'ILS',
  lei: 'RON', leu: 'RON', leva: 'BGN', tenge: 'KZT', birr: 'ETB', kwacha: 'ZMW', kyat: 'MMK', soles: 'PEN', shekels: 'ILS',
  zloty: 'PLN', zlotys: 'PLN', kronor: 'SEK', krona: 'SEK', taka: 'BDT', dong: 'VND', hryvnia: 'UAH',
  hryvnias: 'UAH', forint: 'HUF', koruna: 'CZK', cedi: 'GHS', cedis: 'GHS', rupee: RUPEE, rupees: RUPEE, peso: PESO,
  pesos: PESO, dinar: DINAR, dinars: DINAR, shilling: SHILLING, shillings: SHILLING, krone: KRONE, kroner: KRONE,
  dirham: DIRHAM, dirhams: DIRHAM, riyal: RIYAL, riyals: RIYAL, rial: RIAL, rials: RIAL,
  forints: 'HUF', korunas: 'CZK', kwachas: 'ZMW', manat: 'AZN', lari: 'GEL', afghanis: 'AFN', bolivars: 'VES', kwanzas: 'AOA',
  kwanza: 'AOA', pula: 'BWP', leones: 'SLE', guaranis: 'PYG', quetzales: 'GTQ', tugriks: 'MNT', kyats: 'MMK', cordobas: 'NIO',
  lempiras: 'HNL', somoni: 'TJS', meticais: 'MZN', riels: 'KHR', riel: 'KHR',
};
/** A demonym or country before a currency word names it exactly: "Swiss francs", "Mexican pesos". */
const QUALIFIED: Record<string, string> = {
  'australian dollar': 'AUD', 'canadian dollar': 'CAD', 'singapore dollar': 'SGD', 'taiwan dollar': 'TWD', 'taiwanese dollar': 'TWD',
  'new zealand dollar': 'NZD', 'hong kong dollar': 'HKD', 'us dollar': 'USD', 'american dollar': 'USD',
  'zimbabwe dollar': 'ZWL', 'jamaican dollar': 'JMD', 'swiss franc': 'CHF', 'mexican peso': 'MXN', 'philippine peso': 'PHP',
  'argentine peso': 'ARS', 'argentinian peso': 'ARS', 'chilean peso': 'CLP', 'colombian peso': 'COP', 'indian rupee': 'INR',
  'pakistani rupee': 'PKR', 'sri lankan rupee': 'LKR', 'nepalese rupee': 'NPR', 'turkish lira': 'TRY', 'egyptian pound': 'EGP',
  'british pound': 'GBP', 'lebanese pound': 'LBP', 'kenyan shilling': 'KES', 'ugandan shilling': 'UGX', 'tanzanian shilling': 'TZS',
  'saudi riyal': 'SAR', 'qatari riyal': 'QAR', 'uae dirham': 'AED', 'emirati dirham': 'AED', 'moroccan dirham': 'MAD',
  'danish krone': 'DKK', 'norwegian krone': 'NOK', 'swedish krona': 'SEK', 'chinese yuan': 'CNY', 'japanese yen': 'JPY',
  'south african rand': 'ZAR', 'brazilian real': 'BRL', 'russian rouble': 'RUB', 'russian ruble': 'RUB', 'nigerian naira': 'NGN',
  'kuwaiti dinar': 'KWD', 'iraqi dinar': 'IQD', 'jordanian dinar': 'JOD', 'ghanaian cedi': 'GHS', 'korean won': 'KRW',
  'south korean won': 'KRW', 'thai baht': 'THB', 'indonesian rupiah': 'IDR', 'malaysian ringgit': 'MYR', 'israeli shekel': 'ILS',
  'polish zloty': 'PLN', 'ukrainian hryvnia': 'UAH', 'vietnamese dong': 'VND', 'bangladeshi taka': 'BDT',
  // wire copy translates krone and krona as "crown": "Danish crowns", "Swedish crowns"
  'danish crown': 'DKK', 'norwegian crown': 'NOK', 'swedish crown': 'SEK', 'czech crown': 'CZK', 'icelandic crown': 'ISK',
  'iranian rial': 'IRR', 'omani rial': 'OMR', 'yemeni rial': 'YER', 'czech koruna': 'CZK', 'hungarian forint': 'HUF',
  'romanian leu': 'RON', 'zambian kwacha': 'ZMW', 'malawian kwacha': 'MWK', 'ethiopian birr': 'ETB', 'kazakh tenge': 'KZT',
  'sudanese pound': 'SDG', 'syrian pound': 'SYP', 'south sudanese pound': 'SSP', 'ghana cedi': 'GHS', 'pakistan rupee': 'PKR',
  'nepali rupee': 'NPR', 'mauritian rupee': 'MUR', 'sri lanka rupee': 'LKR', 'bahraini dinar': 'BHD', 'libyan dinar': 'LYD',
  'algerian dinar': 'DZD', 'tunisian dinar': 'TND', 'serbian dinar': 'RSD', 'new taiwan dollar': 'TWD', 'brunei dollar': 'BND',
  'namibian dollar': 'NAD', 'fijian dollar': 'FJD', 'liberian dollar': 'LRD', 'dominican peso': 'DOP', 'uruguayan peso': 'UYU',
  'cuban peso': 'CUP', 'peruvian sol': 'PEN', 'venezuelan bolivar': 'VES', 'uzbek som': 'UZS', 'kyrgyz som': 'KGS',
  'cfa franc': 'XOF', 'congolese franc': 'CDF', 'rwandan franc': 'RWF', 'burundian franc': 'BIF', 'guinean franc': 'GNF',
  'mozambican metical': 'MZN', 'angolan kwanza': 'AOA', 'botswana pula': 'BWP', 'somali shilling': 'SOS',
};
/** Singular forms of the plural currency words the qualified names are written with. */
const SINGULAR: Record<string, string> = {
  dollars: 'dollar', francs: 'franc', pesos: 'peso', rupees: 'rupee', pounds: 'pound', shillings: 'shilling', riyals: 'riyal',
  dirhams: 'dirham', kroner: 'krone', kronor: 'krona', reais: 'real', roubles: 'rouble', rubles: 'ruble', dinars: 'dinar', cedis: 'cedi',
  liras: 'lira', shekels: 'shekel', zlotys: 'zloty', hryvnias: 'hryvnia', crowns: 'crown', rials: 'rial', forints: 'forint',
  korunas: 'koruna', kwachas: 'kwacha', bolivars: 'bolivar', soms: 'som', soles: 'sol', kwanzas: 'kwanza', meticais: 'metical',
};

/**
 * Whether the article's text matches a pattern, read once per article and pattern however many figures
 * ask (the recognizers see one article at a time, so one cached article is enough).
 */
let cachedText: string | null = null;
const cachedAnswers = new Map<RegExp, RegExpExecArray | null>();
export function textMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  if (text !== cachedText) {
    cachedText = text;
    cachedAnswers.clear();
  }
  let answer = cachedAnswers.get(pattern);
  if (answer === undefined) {
    answer = pattern.exec(text);
    cachedAnswers.set(pattern, answer);
  }
  return answer;
}

function word(tk: Token[], j: number): string {
  const t = tk[j];
  return t && t.kind === 'word' && t.gap < 2 ? t.low : '';
}

/** The currency a shared word means in this article: the default unless the article names another user of it. */
/** Characters added to the distance of a country named after the figure: the one named before it leads. */
const NAMED_AFTER_PENALTY = 100000;

/** How far before offset `at` the pattern last matches (or, failing that, how far after it), or null. */
function nearestMatch(text: string, pattern: RegExp, at: number): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))) {
    const i = m.index ?? 0;
    const d = i <= at ? at - i : i - at + NAMED_AFTER_PENALTY;
    if (best === null || d < best) best = d;
  }
  return best;
}

/**
 * The currency of a word several countries use. When the article names more than one of those countries
 * ("Pakistan ... Indian teas ... Rs 245 a kg"), the one named last before the figure is meant.
 */
function resolveShared(s: string | SharedWord, text: string, at?: number): CurrencyMatch {
  if (typeof s === 'string') return { code: s };
  if (at !== undefined) {
    const named = [...(s.home ? [[s.home, s.code] as [RegExp, string]] : []), ...(s.alternatives ?? [])]
      .map(([country, code]) => ({ code, d: textMatch(text, country) ? nearestMatch(text, country, at) : null }))
      .filter((c): c is { code: string; d: number } => c.d !== null);
    if (named.length > 1) {
      const nearest = named.reduce((a, b) => (b.d < a.d ? b : a));
      return { code: nearest.code, doubt: `'${s.what}' is the currency of several countries the article names; ${nearest.code} taken from the one named last before it` };
    }
  }
  for (const [country, code] of s.alternatives ?? []) if (textMatch(text, country)) return { code, doubt: `'${s.what}' is the currency of several countries; ${code} taken from a country the article names` };
  if (s.home && textMatch(text, s.home)) return { code: s.code };
  return { code: s.code, doubt: `'${s.what}' is the currency of several countries; ${s.code} assumed` };
}

const JAPAN = /\bJapan|\bTokyo\b|\byen\b/;
const CHINA = /\bChina\b|\bChinese\b|\bBeijing\b|\bShanghai\b|\byuan\b|\brenminbi\b|\bRMB\b/;

/** "¥" is written for the yen and for the yuan: the article's country decides, and the doubt stays unless Japan is named alone. */
function yenOrYuan(text: string): CurrencyMatch {
  const japan = textMatch(text, JAPAN);
  const china = textMatch(text, CHINA);
  if (japan && !china) return { code: 'JPY' };
  if (china && !japan) return { code: 'CNY', doubt: "'¥' is yen or yuan; yuan taken from the article's Chinese context" };
  return { code: 'JPY', doubt: "'¥' is yen or yuan; yen assumed" };
}

/** What a figure looks like, for letters that are a currency only before an amount that looks like money. */
export interface FigureShape {
  value: number;
  scaled: boolean;
  grouped: boolean;
  integer: boolean;
  plain: boolean;
}

/** Whether a word is a currency's letters written before a figure ("Rs", "Ksh", "Dhs"), which some papers close with a point. */
export function isCurrencyAbbreviation(raw: string): boolean {
  return raw === 'Rs' || (LETTER_PREFIX[raw] !== undefined && /^[A-Z][A-Za-z]{1,4}$/.test(raw) && !/^[A-Z][a-z]{4,}$/.test(raw));
}

function letterPrefixBefore(tk: Token[], first: number, text: string, figure?: FigureShape): (CurrencyMatch & { first: number }) | null {
  // "Ksh.1.2 billion", "Dhs.500": the abbreviation's point glued between the letters and the figure
  if (tk[first - 1]?.raw === '.' && tk[first - 1]!.gap === 0 && tk[first]!.gap === 0 && tk[first - 2]?.kind === 'word' && isCurrencyAbbreviation(tk[first - 2]!.raw)) {
    const inner = letterPrefixBefore(tk, first - 1, text, figure);
    return inner ? { ...inner, first: first - 2 } : null;
  }
  // "Fr. 2.40", "Dhs. 500": the point closes the abbreviation and a space stands before the figure
  if (tk[first - 1]?.raw === '.' && tk[first - 1]!.gap === 0 && tk[first]!.gap === 1 && tk[first - 2]?.kind === 'word' && isCurrencyAbbreviation(tk[first - 2]!.raw) && !LETTER_PREFIX[tk[first - 2]!.raw]?.glued) {
    const inner = letterPrefixBefore(tk, first - 1, text, figure);
    return inner ? { ...inner, first: first - 2 } : null;
  }
  const s = tk[first - 1]!;
  const prefix = s.kind === 'word' ? LETTER_PREFIX[s.raw] : undefined;
  if (!prefix) return null;
  const looksLikeMoney = !!figure && (figure.scaled || figure.grouped || !figure.integer);
  if (prefix.glued && (tk[first]!.gap !== 0 || !looksLikeMoney)) return null;
  // "the euro 0.3% higher": a bare decimal after the word is a rate or a change, not a sum
  if (prefix.money && !(figure && (figure.scaled || figure.grouped))) return null;
  if (prefix.cue && !textMatch(text, prefix.cue)) return null;
  // "Euro 2024" is a tournament, "Rupee 2010" a headline's year
  if (figure && figure.plain && figure.value >= 1900 && figure.value <= 2100) return null;
  return { ...resolveShared(prefix.code, text, tk[first]!.start), first: first - 1 };
}

/** Currency written before the figure at token `first`; returns the code and the token where the mention starts. */
export function currencyBefore(tk: Token[], first: number, text: string, figure?: FigureShape): (CurrencyMatch & { first: number }) | null {
  const s = tk[first - 1];
  if (!s || tk[first]!.gap > 1) return null;
  const pre = tk[first - 2];
  // "GH¢" is the cedi though "¢" alone is no currency's sign here
  const prefixed = pre && s.gap === 0 ? SYMBOL_PREFIX[pre.raw + s.raw] : undefined;
  if (prefixed) return { code: prefixed, first: first - 2 };
  const sym = SYMBOLS[s.raw];
  if (sym) {
    if (s.raw === '$' && pre && pre.kind === 'word' && s.gap === 0) {
      const code = DOLLAR_PREFIX[pre.low];
      if (code) return { code, first: first - 2 };
    }
    if (s.raw === '$') {
      const other = textMatch(text, OTHER_DOLLAR);
      return { code: sym, first: first - 1, note: other ? `'$' is the dollar of several countries; US dollar assumed though the article also writes ${other[0]}` : undefined };
    }
    if (s.raw === '¥') return { ...yenOrYuan(text), first: first - 1 };
    return { code: sym, first: first - 1 };
  }
  // "$US2 billion": the letters sit between the sign and the figure
  if (s.kind === 'word' && s.gap === 0 && tk[first - 2]?.raw === '$' && DOLLAR_SUFFIX[s.raw]) return { code: DOLLAR_SUFFIX[s.raw]!, first: first - 2 };
  const marked = letterPrefixBefore(tk, first, text, figure);
  if (marked) return marked;
  // "Rs 500 crore", "Rs. 1,200": the rupee's abbreviation, with or without its period
  const rs = s.raw === '.' && tk[first - 2]?.raw === 'Rs' && s.gap === 0 ? first - 2 : s.raw === 'Rs' ? first - 1 : -1;
  if (rs >= 0) return { ...resolveShared(RUPEE, text, tk[first]!.start), first: rs };
  if (s.kind === 'word' && CODES.has(s.low) && s.raw === s.raw.toUpperCase()) {
    // "PHP 8.3" is the programming language unless the story is about the Philippines
    if (s.low === 'php' && !textMatch(text, PHILIPPINES)) return null;
    return { code: s.low === 'rmb' ? 'CNY' : s.low.toUpperCase(), first: first - 1 };
  }
  return null;
}

/** A currency written after the figure (from token `j`): "USD", "euros", "Hong Kong dollars", "crore rupees" is the caller's. */
export function currencyAfter(tk: Token[], j: number, text: string): (CurrencyMatch & { next: number }) | null {
  // "300 €", "45€": the symbol written after the figure, as much of Europe writes it; not when it opens the next amount
  const t = tk[j];
  if (t && (t.raw === '€' || t.raw === '£') && t.gap <= 1 && tk[j + 1]?.kind !== 'num') return { code: SYMBOLS[t.raw]!, next: j + 1 };
  const mark = t && t.kind === 'word' && t.gap < 2 ? MARKS_AFTER[t.raw] : undefined;
  if (mark && (!mark.cue || textMatch(text, mark.cue))) return { code: mark.code, next: j + 1 };
  const w = word(tk, j);
  if (!w) return null;
  // "U.S. dollars": the country's initials with their points
  if (w === 'u' && tk[j + 1]?.raw === '.' && tk[j + 2]?.low === 's' && tk[j + 3]?.raw === '.' && /^dollars?$/.test(word(tk, j + 4))) return { code: 'USD', next: j + 5 };
  if (CODES.has(w) && tk[j]!.raw === tk[j]!.raw.toUpperCase()) return { code: w === 'rmb' ? 'CNY' : w.toUpperCase(), next: j + 1 };
  // "Hong Kong dollars", "South African rand", "Swiss francs": up to three words naming the currency exactly
  for (let len = 3; len >= 2; len--) {
    const words: string[] = [];
    for (let k = 0; k < len; k++) words.push(word(tk, j + k));
    if (words.some((x) => !x)) continue;
    const last = words[len - 1]!;
    const key = [...words.slice(0, -1), SINGULAR[last] ?? last].join(' ');
    const code = QUALIFIED[key];
    if (code) return { code, next: j + len };
  }
  const shared = WORDS[w];
  if (!shared) return null;
  return { ...resolveShared(shared, text, tk[j]!.start), next: j + 1 };
}
