import type { Token } from '../text/tokenize.ts';
import { recognizeCountries } from './countries.ts';
import { CAPITALIZED_FUNCTION_WORDS, NON_COMPANY_NOUNS, PERSON_TITLES } from './org-lexicon.ts';

/**
 * Last words firms take from their trade ("Brennan Sports", "Wellcare Pharmacy", "Orrick Solar") that other
 * names end in too: a field ("Cloud Gaming"), a policy ("Green Finance"), a programme ("Vision 2030"), a
 * state's own service ("Scottish Water"). Such a name is a firm's only when those readings are ruled out.
 *
 * Left out on purpose, for what else they end in the news:
 * sport (UK Sport, Sport England are public bodies), health and care (NHS trusts, Public Health, Aged Care),
 * services (Emergency Services, Financial Services), trust (National Trust, charities), security (Homeland,
 * Social Security), defence/defense (Civil Defence), marine (a US Marine is a soldier), games (Olympic Games),
 * television, tv, radio and music (state broadcasters; Apple TV, Apple Music are products), hotel, casino,
 * restaurant, farm, mill, factory, shipyard, estate, building, works (one site: a place), housing (housing
 * associations are charities), credit (Universal Credit), life (Second Life), law (a statute), oil, coal,
 * sugar, cotton and iron (commodity grades on trade pages), wind, hydro, nuclear and pipeline (projects and
 * plants), line and lines (railway lines), express (newspapers), transit (public agencies), railways (state
 * railways), pay, money, cloud, online and platform (products), attorneys (public offices), arms (pubs),
 * partnership (treaties), papers (leaks), spirits (bands), store (app stores), metall (IG Metall, a union).
 */
export const TRADE_NAME_ENDS = new Set([
  // retail
  'grocery', 'groceries', 'grocers', 'supermarket', 'mart', 'wholesale', 'wholesalers', 'distributors', 'emporium', 'pharmacy',
  'chemists', 'drugstore', 'drugstores', 'opticians', 'optical', 'electricals', 'appliances', 'furniture', 'furnishings',
  'homewares', 'interiors', 'carpets', 'flooring', 'clothing', 'fashion', 'jewellery', 'jewelry', 'bookshops', 'bookstores',
  'toys', 'florists', 'butchers', 'hardware',
  // food and drink
  'seafood', 'seafoods', 'fisheries', 'aquaculture', 'meats', 'dairy', 'creamery', 'bakery', 'snacks', 'biscuits', 'chocolates',
  'coffee', 'drinks', 'wines', 'winery', 'wineries', 'distillery', 'brewers', 'bottlers', 'bottling', 'caterers', 'ingredients',
  'flavours', 'flavors', 'nutrition', 'agrifoods', 'agrifood', 'milling', 'grain', 'grains',
  // hospitality, travel and events
  'leisure', 'travel', 'tours', 'cruises', 'inns', 'events', 'ticketing',
  // health
  'surgical', 'imaging', 'genetics', 'biotechnology', 'medtech', 'eyecare', 'vision',
  // media
  'broadcasting', 'films', 'comics', 'advertising', 'marketing', 'theaters', 'theatres',
  // sport as a business, gaming and betting
  'sports', 'fitness', 'rentals', 'hire', 'gaming', 'betting', 'bet', 'bingo', 'bookmakers', 'sportsbook', 'wagering',
  // transport and logistics
  'transport', 'transportation', 'trucking', 'carriers', 'cargo', 'rail', 'buses', 'coaches', 'taxis', 'tankers', 'maritime',
  'ports', 'terminals', 'parcels', 'storage', 'warehousing', 'distribution', 'removals', 'salvage', 'pipelines',
  // construction and property
  'builders', 'contractors', 'contracting', 'developments', 'developers', 'estates', 'property', 'aggregates', 'concrete',
  'bricks', 'glass', 'timber', 'lumber', 'roofing', 'plumbing', 'scaffolding', 'electrical', 'surveyors', 'architects', 'demolition',
  'quarrying', 'lettings',
  // energy and utilities
  'utilities', 'water', 'gas', 'solar', 'electricity', 'grid', 'fuels', 'lubricants', 'propane', 'exploration', 'offshore',
  'energies', 'hydrogen', 'charging', 'environmental', 'waste',
  // finance and insurance
  'finance', 'lending', 'loans', 'mortgages', 'savings', 'wealth', 'advisors', 'advisers', 'equity', 'bancshares', 'bankshares',
  'bancorporation', 'underwriting', 'mutual', 'brokerage', 'broking', 'accountants', 'accounting',
  // agriculture and forestry
  'agri', 'agribusiness', 'agritech', 'agriculture', 'farms', 'farming', 'growers', 'seeds', 'livestock', 'feeds', 'forestry',
  'paper', 'containers', 'fibre', 'fiber', 'fibres', 'fibers',
  // manufacturing
  'machinery', 'machines', 'tools', 'instruments', 'equipment', 'fabrication', 'fabrics', 'foundry', 'foundries', 'industrial',
  'optics', 'photonics', 'lasers', 'sensors', 'controls', 'fasteners', 'bearings', 'castings', 'forgings', 'pumps', 'valves',
  'compressors', 'engines', 'turbines', 'rubber', 'paints', 'coatings', 'adhesives', 'pigments', 'yarns', 'leather', 'tanneries',
  'motorcycles', 'bicycles', 'vehicles', 'trucks', 'tractors', 'trailers', 'boats', 'yachts', 'drones', 'munitions', 'metal',
  'aluminium', 'aluminum', 'gases', 'fragrances', 'skincare', 'beauty', 'microelectronics',
  // professional services
  'consultants', 'consultancy', 'associates', 'lawyers', 'solicitors', 'legal', 'recruitment', 'staffing', 'personnel',
  'auctions', 'auctioneers', 'printing',
  // technology
  'digital', 'data', 'computing', 'computers', 'internet', 'mobile', 'innovations', 'infocomm', 'infotech',
  'informatics', 'telematics', 'telecommunications', 'ai', 'space',
]);

/**
 * Endings a known firm gives the channels, services and products it runs under its own name ("CBS Sports", "Meta AI", "Xbox Gaming",
 * "Acme Digital"): after a known firm's name they stand for that firm, not for a firm of their own.
 */
export const SERVICE_ENDS = new Set(['sports', 'ai', 'mobile', 'gaming', 'vision', 'digital', 'data', 'internet', 'computing', 'space', 'betting', 'bet']);

/**
 * Words before the ending that make the two a kind of thing, a field, a sector or a programme rather than
 * one firm's name ("Cloud Gaming", "Sports Betting", "Green Finance", "High Speed Rail", "Generative AI").
 */
const GENERIC_QUALIFIERS = new Set([
  'online', 'mobile', 'cloud', 'video', 'social', 'digital', 'responsible', 'problem', 'competitive', 'casual', 'console', 'pc',
  'sports', 'winter', 'summer', 'olympic', 'paralympic', 'extreme', 'water', 'motor', 'youth', 'school', 'college', 'women', 'men',
  'junior', 'senior', 'grassroots', 'professional', 'amateur', 'community', 'hospital', 'clinical', 'public', 'private',
  'personal', 'corporate', 'green', 'blue', 'grey', 'gray', 'clean', 'renewable', 'sustainable', 'climate', 'trade', 'islamic',
  'development', 'export', 'import', 'project', 'consumer', 'housing', 'student', 'payday', 'home', 'racial', 'gender', 'health',
  'smart', 'electric', 'autonomous', 'commercial', 'heavy', 'light', 'high', 'speed', 'military', 'unmanned', 'armored',
  'armoured', 'natural', 'synthetic', 'crude', 'shale', 'greenhouse', 'nerve', 'tear', 'poison', 'fossil', 'alternative',
  'aviation', 'jet', 'open', 'big', 'market', 'economic', 'census', 'customs', 'official', 'government', 'price', 'sales', 'fast',
  'slow', 'street', 'protective', 'costume', 'fine', 'soft', 'energy', 'fizzy', 'sugary', 'alcoholic', 'healthy', 'key', 'active',
  'child', 'sleeping', 'black', 'fourth', 'third', 'stained', 'looking', 'broken', 'google', 'plate', 'safety', 'laminated', 'tempered', 'sea', 'fresh', 'drinking', 'bottled', 'salt', 'waste', 'storm', 'tap', 'holy', 'hot',
  'cold', 'deep', 'outer', 'office', 'safe', 'white', 'working', 'position', 'discussion', 'research', 'consultation', 'toilet',
  'tissue', 'optical', 'dietary', 'carbon', 'full', 'search', 'slot', 'vending', 'musical', 'financial', 'capital', 'border',
  'parental', 'rent', 'gun', 'arms', 'quality', 'precious', 'base', 'scrap', 'sheet', 'rare', 'liquid', 'primary', 'secondary',
  'recycled', 'lme', 'generative', 'agentic', 'explainable', 'general', 'conversational', 'physical', 'sovereign', 'ethical',
  'trustworthy', 'frontier', 'enterprise', 'edge', 'multimodal', 'artificial', 'machine', 'computer', 'night', 'tunnel', 'world',
  'interior', 'graphic', 'landscape', 'organic', 'regenerative', 'factory', 'fish', 'family', 'wind', 'quantum', 'spatial',
  'cyber', 'modern', 'latest', 'recent', 'major', 'special', 'current', 'upcoming', 'live', 'landmark', 'arts', 'culture',
  'content', 'email', 'affiliate', 'influencer', 'performance', 'direct', 'outdoor', 'medical', 'mining', 'construction', 'farm',
  'office', 'power', 'hand', 'garden', 'inland', 'marine', 'commuter', 'intercity', 'freight', 'heritage', 'passenger', 'tour',
  'business', 'air', 'space', 'time', 'luxury', 'adventure', 'angel', 'institutional', 'retail', 'foreign', 'domestic',
  'seasonal', 'local', 'regional', 'independent', 'new', 'used', 'second', 'hand', 'real', 'dry', 'bulk', 'fixed', 'mental',
  'intellectual', 'food', 'animal', 'pet', 'feed', 'whole', 'mass', 'urban', 'rural', 'total', 'net', 'gross', 'human',
  // benchmarks and trading venues of commodities ("LME Aluminium", "TTF Gas"), grades of goods ("Arabica Coffee", "Kraft Paper")
  'comex', 'shfe', 'cbot', 'nymex', 'ttf', 'hub', 'lng', 'brent', 'wti', 'arabica', 'robusta', 'instant', 'specialty', 'iced',
  'filter', 'kraft', 'softwood', 'hardwood', 'hybrid', 'oil', 'gm', 'emission', 'emissions', 'bunker', 'industrial', 'noble',
  'toxic', 'debt', 'steam', 'traffic', 'battery', 'hydro', 'pumped', 'gas', 'mineral', 'hazardous', 'nuclear', 'plastic',
  'electronic', 'zero', 'radioactive', 'produced', 'spring', 'ballast', 'rain', 'flood', 'surface', 'ground', 'satellite',
  'weather', 'location', 'training', 'payroll', 'payrolls', 'jobs', 'inflation', 'gdp', 'trading', 'shipping', 'tracking',
  'flight', 'gen', 'shelf', 'floor', 'living', 'parking', 'double', 'blurred', 'peripheral', 'colour', 'color', 'team',
  'contact', 'combat', 'racket', 'equestrian', 'indoor', 'girls', 'boys', 'casino', 'tribal', 'handheld', 'retro', 'spread',
  'illegal', 'chain', 'blended', 'impact', 'transition', 'auto', 'car', 'mortgage', 'structured', 'leveraged', 'decentralized',
  'decentralised', 'embedded', 'brand', 'negative', 'shareholder', 'shareholders', 'sweat', 'store', 'metro', 'suburban',
  'assistant', 'head', 'plant', 'van', 'bike', 'equipment', 'cardiovascular', 'aerobic', 'sporting', 'cultural', 'modest',
  'vintage', 'rail', 'solo', 'leisure', 'precision', 'vertical', 'media', 'political', 'targeted', 'programmatic', 'short',
  'feature', 'horror', 'bond', 'silent', 'documentary', 'graduate', 'security', 'reinforced', 'precast', 'free', 'dangerous',
  'premium', 'household', 'retirement', 'pension', 'generational', 'neuromorphic', 'accelerated', 'confidential', 'distributed',
  'road', 'rooftop', 'residential', 'scale', 'concentrated', 'floating', 'crown', 'further', 'property', 'software', 'game', 'app',
  'estate', 'master', 'house', 'defense', 'defence', 'chartered', 'quantity', 'land', 'building', 'certified', 'forensic', 'naval',
  'young', 'immigration', 'proxy', 'investment', 'legal', 'tax', 'management', 'external', 'compounding', 'sparkling', 'red',
  'fortified', 'savoury', 'salty', 'sweet', 'sex', 'educational', 'plush', 'pack', 'gold', 'silver', 'diamond', 'work',
  'agricultural', 'textile', 'developer', 'attack', 'kamikaze', 'delivery', 'armed', 'hostile', 'fishing', 'migrant', 'patrol',
  'sailing', 'fire', 'pickup', 'garbage', 'dump', 'monster', 'decker', 'replacement', 'empty', 'refrigerated', 'gorilla',
  'frosted', 'cut', 'float', 'bulletproof', 'venetian', 'death', 'molten', 'powder', 'vegan', 'genuine', 'faux', 'patent',
  // journals named for a field ("Nature Genetics", "Cell Metabolism")
  'nature', 'cell', 'science',
]);

/** Endings a place's own public service or network takes ("London Transport", "Texas Grid"). */
const PUBLIC_SERVICE_ENDS = new Set(['transport', 'transportation', 'grid']);

/** Topics a council's trust or department joins by "and" ("Leisure and Culture", "Sport and Recreation"). */
const TOPIC_WORDS = new Set(['culture', 'arts', 'heritage', 'tourism', 'recreation', 'sport', 'sports', 'leisure', 'wellbeing',
  'wellness', 'parks', 'libraries', 'learning', 'events', 'communities']);

function isCapWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.raw !== t.low && t.gap <= 1;
}

/** Words inside a name that make it an office or a body whatever its last word ("Secretary of Transportation", "Royal Institution of Chartered Surveyors"). */
const BODY_WORDS = new Set(['institution', 'institutions', 'royal']);

/**
 * A name of two to four words ending in one of TRADE_NAME_ENDS that reads as a firm's: no qualifier of a
 * kind before the ending, no number after it ("Vision 2030"), no "the" before it (programmes and events
 * take one: "the Saudi Vision"), no person's title or body word inside, and not a country's own service
 * ("Scottish Water", "Indian Railways": a demonym or country and the trade alone).
 */
export function tradeEndedName(tk: Token[], first: number, next: number, words: readonly string[], isPlace?: (f: number, n: number) => boolean): boolean {
  const last = words[words.length - 1]!;
  if (words.length < 2 || words.length > 4 || !TRADE_NAME_ENDS.has(last)) return false;
  // "High Speed Rail", "UK Export Finance": words of a kind (or a country) all the way; "Pellbrook Property Developments" opens with a name
  if (GENERIC_QUALIFIERS.has(words[words.length - 2]!) && rawWords(tk, first, next).slice(0, -1).every((raw) => kindWord(raw))) return false;
  const after = tk[next];
  if (after && after.kind === 'num' && after.gap === 1) return false;
  if (tk[first - 1]?.low === 'the') return false;
  if (words.some((w) => PERSON_TITLES.has(w) || BODY_WORDS.has(w) || NON_COMPANY_NOUNS.has(w))) return false;
  if (words.length === 2 && countryWord(tk[first]!.raw)) return false;
  // "Global Data", "New Vision": a first word that starts headings and sentences leaves two words in doubt, as for INDUSTRY_SUFFIXES
  if (words.length === 2 && CAPITALIZED_FUNCTION_WORDS.has(words[0]!)) return false;
  // "Harlow Transport": a town's or a region's transport is its council's service ("Wessex Rail" stays a firm)
  if (PUBLIC_SERVICE_ENDS.has(last) && isPlace?.(first, next - 1)) return false;
  // "Harlow Leisure and Culture": a council's trust for a topic and another, not a firm beside a second name
  if (tk[next]?.low === 'and' && TOPIC_WORDS.has(tk[next + 1]?.low ?? '') && tk[next + 1]!.raw !== tk[next + 1]!.low && !isCapWord(tk[next + 2])) return false;
  return true;
}

function rawWords(tk: Token[], first: number, next: number): string[] {
  const out: string[] = [];
  for (let k = first; k < next; k++) if (tk[k]!.kind === 'word' || tk[k]!.kind === 'num') out.push(tk[k]!.raw);
  return out;
}

/** A word of a kind, a heading's word or a country's: no word that only a name has. */
function kindWord(raw: string): boolean {
  const w = raw.toLowerCase();
  return GENERIC_QUALIFIERS.has(w) || CAPITALIZED_FUNCTION_WORDS.has(w) || countryWord(raw);
}

/** Peoples of nations inside a state, whose public services are named like countries' ("Scottish Water", "Welsh Rail"). */
const NATION_PEOPLES = new Set(['scottish', 'welsh', 'english', 'catalan', 'basque', 'flemish', 'bavarian', 'quebecois']);

/** The word names a country or a nation's people ("Scottish", "Kenya", "Saudi"). */
function countryWord(raw: string): boolean {
  return NATION_PEOPLES.has(raw.toLowerCase()) || recognizeCountries(raw).length > 0;
}

/** Trade words people are also named ("Philip Glass", "Anna Grain"): a name ending in one may be a person's. */
const SURNAME_LIKE = new Set(['glass', 'grain', 'hire', 'legal', 'mutual', 'bet', 'paper', 'beauty', 'space', 'water', 'gas', 'mobile']);

/** The name's last word is a trade of TRADE_NAME_ENDS that no person goes by. */
export function endsInTradeNoSurname(key: string): boolean {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return key.includes(' ') && TRADE_NAME_ENDS.has(last) && !SURNAME_LIKE.has(last);
}
