/** Word lists for telling companies from other organizations, people and places. */

/** Legal forms: a name ending in one of these is a company. */
export const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'plc', 'ag', 'sa', 'se', 'nv',
  'bv', 'gmbh', 'kg', 'ab', 'asa', 'as', 'oyj', 'spa', 'srl', 'sarl', 'pty', 'bhd', 'berhad', 'kk', 'tbk', 'pjsc', 'jsc',
  'oao', 'ooo', 'pte', 'holdings', 'lp', 'sas', 'nl',
]);

/** Industry nouns that end company names ("Lynas Rare Earths", "MP Materials", "Noveon Magnetics"). */
export const INDUSTRY_SUFFIXES = new Set([
  'group', 'industries', 'industry', 'technologies', 'technology', 'materials', 'metals', 'minerals', 'mining', 'resources',
  'magnetics', 'magnet', 'magnets', 'earths', 'motors', 'motor', 'electric', 'electronics', 'chemicals', 'chemical', 'steel',
  'semiconductor', 'semiconductors', 'energy', 'petroleum', 'pharmaceuticals', 'automotive', 'aerospace', 'airlines',
  'logistics', 'enterprises', 'ventures', 'systems', 'solutions', 'labs', 'laboratories', 'manufacturing', 'metallurgy',
  'trading', 'refining', 'recycling', 'mobility', 'batteries', 'battery', 'power', 'shipping', 'capital', 'partners',
  'investments', 'international', 'products', 'tech', 'rare', 'alloys', 'tungsten', 'lithium', 'cobalt', 'nickel', 'copper',
  'gold', 'silver', 'graphite', 'uranium', 'holding', 'brands', 'foods', 'telecom', 'communications', 'networks', 'devices',
  'securities', 'research', 'intelligence', 'analytics', 'consulting', 'advisory', 'commodities', 'germanium', 'gallium',
  'antimony', 'magnetic', 'magnetech', 'insights', 'engineering', 'robotics', 'automation', 'microsystems', 'components', 'materiaux',
  'ferries', 'airways', 'cement', 'cements', 'infra', 'brokers',
  // "Acme Ratings": the agencies that grade debt are firms; "Acme Sportswear" makes kit
  'ratings', 'sportswear',
  // trades no other kind of name ends in ("Harnum Seafoods", "Loc Binh Agrifoods", "Calder Bancshares"), read at a sentence's start too
  'seafoods', 'agrifoods', 'bancshares', 'bankshares', 'bancorporation',
]);

/** Nouns that make a name a government body, agency, school, exchange or association: not a company. */
export const NON_COMPANY_NOUNS = new Set([
  'ministry', 'department', 'administration', 'agency', 'commission', 'council', 'committee', 'bureau', 'office', 'authority',
  'parliament', 'congress', 'senate', 'government', 'customs', 'court', 'university', 'college', 'institute', 'academy',
  'school', 'exchange', 'association', 'federation', 'organisation', 'organization', 'union', 'fund', 'forum', 'party',
  'foundation', 'society', 'center', 'centre', 'board', 'reserve', 'treasury', 'army', 'navy', 'police', 'cabinet',
  'programme', 'program', 'alliance', 'initiative', 'secretariat', 'assembly', 'embassy', 'consulate', 'observatory',
  'survey', 'laboratory', 'hospital', 'museum', 'house', 'state', 'states', 'province', 'city', 'county', 'republic',
  'kingdom', 'summit', 'conference', 'group of', 'nations', 'commerce', 'chamber', 'station', 'port', 'river', 'sea',
  'ocean', 'mountains', 'region', 'valley', 'times', 'post', 'journal', 'news', 'images', 'press', 'tribune', 'herald',
  'daily', 'weekly', 'magazine', 'gazette', 'league', 'clinic', 'shelter', 'zoo', 'library', 'church', 'cathedral', 'mosque', 'temple',
  'synagogue', 'charity', 'coalition', 'parish', 'diocese', 'municipality', 'district', 'township', 'borough', 'prefecture',
  'directorate', 'inspectorate', 'tribunal', 'brigade', 'regiment', 'militia', 'ministries', 'handbook', 'act',
  'treaty', 'accord', 'accords', 'protocol', 'doctrine', 'elementary', 'kindergarten', 'polytechnic', 'seminary', 'roundtable',
  'guild', 'caucus',
]);

/** A bank is a company unless it is a public institution ("World Bank", "central bank", "People's Bank of China"). */
export const PUBLIC_BANK_WORDS = new Set(['world', 'central', 'people', 'reserve', 'development', 'investment', 'export', 'import', 'national', 'european', 'asian', 'federal',
  'infrastructure', 'reconstruction']);

/** News agencies and publishers cited as sources: not subjects of the story. */
export const MEDIA = new Set([
  'reuters', 'bloomberg', 'afp', 'ap', 'associated press', 'xinhua', 'cnbc', 'cnn', 'bbc', 'nikkei', 'caixin', 'getty images',
  'financial times', 'wall street journal', 'new york times', 'the guardian', 'guardian', 'south china morning post', 'scmp',
  'global times', 'kyodo', 'yonhap', 'tass', 'interfax', 'dow jones', 'anewz',
]);

/** Titles before a person's name. */
export const PERSON_TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'president', 'premier', 'minister', 'secretary', 'chairman', 'chairwoman',
  'chair', 'ceo', 'cfo', 'coo', 'chief', 'director', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'king',
  'queen', 'prince', 'princess', 'mayor', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'economist',
  'vice', 'deputy', 'general', 'gen', 'admiral', 'judge', 'justice', 'pope', 'sheikh', 'lord', 'lady', 'sir', 'dame',
  'founder', 'executive', 'head', 'leader', 'commissioner', 'envoy', 'official', 'officials', 'trader', 'partner',
  'col', 'lt', 'sgt', 'capt', 'maj', 'cmdr', 'adm', 'cpl', 'pvt', 'det', 'insp', 'supt', 'rev', 'fr', 'atty',
]);

/** Given names common in business news across many languages (a person filter, not exhaustive). */
export const GIVEN_NAMES = new Set(`
aaron adam adrian ahmed akira alan chad jordan brett bryan chuck dwight floyd gordon albert alex alexander alexandra ali alice alicia alison amanda amy andrea andrew andy angela
anna anne anthony antonio arthur barbara ben benjamin bernard beth bill bob brad brian bruce carl carlos carol caroline catherine
charles charlotte chen cheng chris christian christine christopher claire daniel david dean deborah dennis diana donald doug douglas
edward elena elizabeth ellen ellie emily emma eric erik eva frank fred gary george gina grace greg hannah harry helen henry hiroshi
hong hui ian isabel jack jacob james jan jane janet jason jean jeff jennifer jenny jeremy jessica jim joan joe johan john jon jonathan
jorge jose joseph josh juan judy julia julian julie justin karen kate katherine kathy keith kelly ken kenji kevin kim laura lauren lee
li lin linda lisa liu lucy luis maria mark martin mary matt matthew maya megan michael michelle mike ming mohammed mohamed naoki nancy
nathan nicholas nick nicole olivia oliver pablo pam patricia patrick paul paula peter philip rachel ralph raymond rebecca richard rick
rob robert roger ronald rose ruth ryan sam samuel sandra sara sarah scott sean sergei simon sophie stephen steve steven sue susan takeshi
thomas tim timothy tom tony valerie victor victoria vincent walter wang wei william xi xiao yan yang yi ying yuki zhang zhao zhou jiang
hu wu sun ma guo he gao luo zheng liang song tang xu han feng deng cao peng xie yuan lu jin dong xiao ren shen yao lin wen elon jensen
tim satya sundar mary warren jamie larry sergey jeff mukesh gautam narendra vladimir emmanuel olaf rishi keir giorgia anthony ursula
`.split(/\s+/).filter(Boolean));

/** Words that start sentences or headings in capitals without naming anything. */
export const CAPITALIZED_FUNCTION_WORDS = new Set(`
a an the this that these those it its in on at by for from to with without of and or but if while though although despite
after before during since until as when where what who which why how all some many most more other another each every both
no not yes there here he she they we i you his her their our my your them him me data analysts officials two three four
five several small medium large new old however meanwhile also still even only just so then thus yet according currently
recently earlier later first last next some such among between over under about above below up down out into onto upon
shares stock stocks unit units parent owner subsidiary customers clients sales profits revenue output prices demand
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december source sources read more related image photo video watch listen share follow subscribe sign
because unless whether once whereas perhaps maybe instead indeed today tomorrow yesterday tonight overall together
otherwise besides hence therefore furthermore moreover nevertheless nonetheless regardless again almost nearly nor any none
someone everyone nobody anyone everything nothing something
chinese american european japanese korean russian indian british german french australian canadian global international
national state federal rare earth earths magnet magnets exports imports prices price trade china's
`.split(/\s+/).filter(Boolean));

/**
 * Public bodies, international organizations, leagues and associations that news names by a short name
 * or acronym without a noun that gives their kind away ("NASA said", "the FDA approved"): organizations,
 * never companies. General knowledge of the best-known ones, not an exhaustive register.
 */
export const PUBLIC_BODY_NAMES = new Set([
  // United States
  'nasa', 'fda', 'sec', 'ftc', 'fcc', 'epa', 'fbi', 'cia', 'nsa', 'doj', 'doe', 'dod', 'dhs', 'irs', 'cbp', 'ice', 'tsa', 'faa',
  'ntsb', 'nhtsa', 'cdc', 'nih', 'noaa', 'usda', 'hud', 'nlrb', 'osha', 'fema', 'usps', 'cftc', 'finra', 'fdic', 'occ', 'cfpb',
  'pentagon', 'white house', 'capitol hill', 'congress', 'fed', 'federal reserve', 'nato', 'gao', 'cbo', 'usgs', 'uspto', 'ustr',
  'nyse', 'nasdaq', 'nfl', 'nba', 'mlb', 'nhl', 'ncaa', 'mls', 'wnba', 'pga', 'ufc', 'aclu', 'naacp', 'nra', 'aarp',
  // elsewhere and international
  'un', 'who', 'imf', 'wto', 'opec', 'oecd', 'iea', 'iaea', 'unesco', 'unicef', 'unhcr', 'ecb', 'eu', 'asean', 'apec', 'g7', 'g20',
  'brics', 'fifa', 'uefa', 'ioc', 'esa', 'cern', 'nhs', 'hmrc', 'ofcom', 'ofgem', 'ofwat', 'ofsted', 'fca', 'cma', 'bundesbank', 'kremlin',
  'downing street', 'whitehall', 'westminster', 'politburo', 'pboc', 'ndrc', 'mofcom', 'miit', 'sasac', 'asic', 'accc', 'rba',
  'boj', 'boe', 'sebi', 'rbi', 'isro', 'jaxa', 'roscosmos', 'interpol', 'europol', 'world bank', 'red cross', 'greenpeace',
  'amnesty international', 'hamas', 'hezbollah', 'taliban', 'isis', 'al qaeda',
  // trade associations commonly cited in business news
  'riaa', 'mpaa', 'nam', 'nrf', 'opec+',
  // universities, think tanks and charities named without their noun
  'harvard', 'stanford', 'mit', 'yale', 'princeton', 'oxford', 'cambridge', 'caltech', 'berkeley', 'uc berkeley', 'cornell',
  'ucla', 'usc', 'nyu', 'duke', 'georgetown', 'johns hopkins', 'carnegie mellon', 'northwestern', 'dartmouth', 'tsinghua',
  'peking', 'eth zurich', 'insead', 'wharton', 'brookings', 'cato', 'csis', 'aei', 'bruegel', 'pew', 'chatham house',
  'oxfam', 'human rights watch', 'save the children', 'doctors without borders', 'msf', 'wwf', 'unitaid', 'gavi',
  'wikipedia', 'wikileaks',
  // parties
  'gop', 'democrats', 'republicans', 'labour', 'tories', 'conservatives', 'liberals', 'ccp', 'cpc', 'anc', 'bjp',
  // the side of a parliament out of power, named as a body ("Opposition spokesman Jane Roe")
  'opposition',
]);

/**
 * Heads of a description that make the described name an organization ("X, a family foundation",
 * "X is a think tank"): the opposite of a company noun.
 */
// "organization", "institution" and "body" are left out: a firm is one too ("a research organization")
export const ORGANIZATION_HEADS = new Set(['foundation', 'charity', 'nonprofit', 'non-profit', 'ngo', 'tank', 'agency', 'regulator',
  'watchdog', 'ministry', 'department', 'association', 'coalition', 'alliance', 'union', 'federation', 'university', 'college',
  'school', 'institute', 'institution', 'council', 'commission', 'committee', 'government', 'party', 'movement', 'campaign',
  'band', 'team', 'club', 'league', 'church', 'hospital', 'museum', 'authority',
  'lobby', 'program', 'programme', 'initiative', 'project', 'mine', 'deposit', 'city', 'town', 'village', 'county',
  'state', 'province', 'region', 'country', 'show', 'series', 'film', 'movie', 'album', 'song', 'novel', 'book', 'game', 'app',
  'operation', 'force', 'military', 'army', 'militia', 'coalition', 'court', 'tribunal', 'festival', 'award', 'prize',
  // public schemes and the standards and tools a text describes are not the firms behind them
  'benefit', 'scheme', 'subsidy', 'standard', 'protocol', 'tool', 'format', 'language', 'framework', 'orchestra', 'choir', 'duo',
  'trio', 'quartet']);

/** Words that make a "Corp." a public corporation ("Federal Deposit Insurance Corp."): a government body, not a firm. */
export const PUBLIC_CORPORATION_WORDS = new Set(['guaranty', 'guarantee', 'pension', 'deposit', 'redevelopment', 'reconstruction',
  'development finance', 'export credit', 'export finance', 'export import']);

/** Heads of a description that make the described name a person ("X, a currency strategist at ..."). */
export const PERSON_HEADS = new Set(['analyst', 'economist', 'strategist', 'executive', 'director', 'professor', 'spokesperson',
  'spokesman', 'spokeswoman', 'founder', 'cofounder', 'writer', 'author', 'reporter', 'journalist', 'editor', 'singer', 'actor',
  'actress', 'player', 'coach', 'senator', 'lawyer', 'attorney', 'researcher', 'scientist', 'consultant', 'officer', 'official',
  'manager', 'investor', 'trader', 'chairman', 'chairwoman', 'president', 'ceo', 'cfo', 'partner', 'fellow', 'lecturer',
  'student', 'doctor', 'engineer', 'entrepreneur', 'billionaire', 'millionaire', 'host', 'star', 'artist', 'musician', 'rapper',
  'quarterback', 'minister', 'secretary', 'governor', 'mayor', 'lawmaker', 'politician', 'candidate', 'resident', 'man', 'woman',
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'friend', 'colleague', 'veteran', 'expert', 'adviser', 'advisor']);

/** Groups qualified by one of these are organizations ("a trade group", "an advocacy group"), by others companies ("a mining group"). */
export const NON_BUSINESS_GROUP_WORDS = new Set(['trade', 'industry', 'advocacy', 'lobby', 'lobbying', 'interest', 'pressure',
  'consumer', 'rights', 'environmental', 'campaign', 'civic', 'research', 'working', 'armed', 'militant', 'rebel', 'terrorist',
  'ethnic', 'political', 'parliamentary', 'support', 'watchdog', 'activist', 'conservation', 'community', 'study', 'focus', 'age',
  // groups of a club's fans, a place's residents, a ward's patients
  'fan', 'fans', 'supporters', 'residents', 'patients', 'parents', 'protest', 'campaigning', 'heritage']);

/** Capitalized words that often start sentences but also start names ("New Media", "National Grid"). */
export const NAME_WORDS = new Set(['new', 'old', 'national', 'international', 'global', 'american', 'chinese', 'european', 'japanese',
  'korean', 'russian', 'indian', 'british', 'german', 'french', 'australian', 'canadian', 'federal', 'state', 'rare', 'earth',
  'first', 'general', 'united', 'small', 'large', 'medium', 'data', 'trade']);

/**
 * Activities a state promotes through a body named "<activity> <place>" ("Enterprise Ireland", "Tourism Australia", "Film London"):
 * such a name is the public body's, while a trade before a place ("Air Canada", "Telecom Italia") stays a firm's.
 */
export const PROMOTION_WORDS = new Set(['enterprise', 'invest', 'tourism', 'screen', 'sport', 'film', 'creative', 'destination', 'visit',
  'innovate', 'heritage', 'skills', 'arts', 'business', 'culture', 'events']);
