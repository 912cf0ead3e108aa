/**
 * Words that describe what a company does rather than which one it is. A name that goes on with one
 * of them is often shortened to the words before it ("Iluka Resources" -> "Iluka").
 */
export const DESCRIPTOR_WORDS: ReadonlySet<string> = new Set([
  'rare', 'earth', 'earths', 'resources', 'resource', 'mining', 'mines', 'minerals', 'mineral', 'materials', 'metals', 'metal',
  'lithium', 'nickel', 'cobalt', 'copper', 'graphite', 'zinc', 'uranium', 'gold', 'silver', 'iron', 'steel', 'aluminium',
  'aluminum', 'vanadium', 'tungsten', 'magnet', 'magnets', 'magnetics', 'magnetic', 'energy', 'power', 'battery', 'batteries',
  'technology', 'technologies', 'tech', 'high', 'industries', 'industrial', 'industry', 'international', 'global', 'chemicals',
  'chemical', 'corporate', 'capital', 'partners', 'ventures', 'exploration', 'development', 'solutions', 'systems', 'motors',
  'electric', 'automotive', 'new', 'advanced', 'performance', 'refining', 'smelting', 'trading', 'investment', 'investments',
  'molybdenum', 'manganese', 'tin', 'antimony', 'gallium', 'germanium', 'titanium', 'platinum', 'palladium', 'tantalum',
  'niobium', 'zirconium', 'magnesium', 'potash', 'phosphate', 'coal', 'metallurgy', 'metallurgical', 'recycling', 'cells',
  'cell', 'storage', 'products', 'group', 'holdings',
]);

/**
 * Words a reader meets every day, capitalized or not: alone they do not pick out one company
 * ("Northern", "Energy"), so a mention made only of them stays unresolved.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  'american', 'national', 'general', 'united', 'first', 'new', 'northern', 'southern', 'eastern', 'western', 'north', 'south',
  'east', 'west', 'central', 'global', 'international', 'royal', 'standard', 'golden', 'blue', 'green', 'red', 'black', 'white',
  'great', 'pacific', 'atlantic', 'arctic', 'metals', 'mining', 'resources', 'materials', 'power', 'solar', 'energy', 'star',
  'sun', 'lion', 'eagle', 'summit', 'pioneer', 'frontier', 'alliance', 'union', 'premier', 'prime', 'apex', 'delta', 'alpha',
  'omega', 'capital', 'heritage', 'liberty', 'victory', 'phoenix', 'crown', 'crystal', 'diamond', 'future', 'ocean', 'river',
  'mountain', 'rock', 'stone', 'iron', 'steel', 'gold', 'silver', 'copper', 'lithium', 'nickel', 'cobalt', 'rare', 'earth', 'earths',
  'magnet', 'magnets', 'battery', 'batteries', 'technology', 'group', 'company', 'holdings', 'partners', 'the', 'a', 'an', 'and',
  'of', 'one', 'company', 'industries', 'motors', 'electric', 'chemical', 'chemicals', 'mine', 'mines', 'minerals', 'project',
  'state', 'city', 'county', 'federal', 'imperial', 'continental', 'universal', 'modern', 'advanced', 'applied', 'integrated',
  'strategic', 'critical', 'core', 'peak', 'vision', 'horizon', 'bridge', 'harbour', 'harbor', 'port', 'bay', 'valley', 'lake',
  'hill', 'field', 'park', 'forest', 'desert', 'coast', 'island', 'highlands', 'plains', 'metro', 'urban', 'rural', 'smart',
  'neo', 'ultra', 'super', 'max', 'mega', 'micro', 'nano', 'total', 'pure', 'clean', 'bright', 'clear', 'true', 'key', 'focus',
]);

/**
 * Countries and the adjectives made from them, as words: a name that is nothing more than one of
 * these ("China", "Australian") is a place, not a company, even when a company's name starts so.
 */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set([
  'china', 'chinese', 'usa', 'us', 'america', 'united', 'states', 'australia', 'australian', 'canada', 'canadian', 'japan',
  'japanese', 'korea', 'korean', 'india', 'indian', 'indonesia', 'indonesian', 'brazil', 'brazilian', 'chile', 'chilean',
  'peru', 'peruvian', 'argentina', 'argentine', 'mexico', 'mexican', 'russia', 'russian', 'germany', 'german', 'france',
  'french', 'britain', 'british', 'uk', 'england', 'english', 'scotland', 'scottish', 'ireland', 'irish', 'italy', 'italian',
  'spain', 'spanish', 'portugal', 'portuguese', 'sweden', 'swedish', 'norway', 'norwegian', 'finland', 'finnish', 'denmark',
  'danish', 'poland', 'polish', 'netherlands', 'dutch', 'belgium', 'belgian', 'switzerland', 'swiss', 'austria', 'austrian',
  'greenland', 'greenlandic', 'vietnam', 'vietnamese', 'thailand', 'thai', 'malaysia', 'malaysian', 'philippines', 'philippine',
  'myanmar', 'burma', 'burmese', 'mongolia', 'mongolian', 'kazakhstan', 'kazakh', 'turkey', 'turkish', 'saudi', 'arabia',
  'arabian', 'emirates', 'israel', 'israeli', 'egypt', 'egyptian', 'morocco', 'moroccan', 'nigeria', 'nigerian', 'ghana',
  'ghanaian', 'kenya', 'kenyan', 'tanzania', 'tanzanian', 'malawi', 'malawian', 'zambia', 'zambian', 'zimbabwe', 'zimbabwean',
  'congo', 'congolese', 'namibia', 'namibian', 'botswana', 'angola', 'angolan', 'mozambique', 'madagascar', 'malagasy', 'uganda',
  'burundi', 'africa', 'african', 'europe', 'european', 'asia', 'asian', 'taiwan', 'taiwanese', 'singapore', 'singaporean',
  'pakistan', 'pakistani', 'ukraine', 'ukrainian', 'kyrgyzstan', 'uzbekistan', 'bolivia', 'bolivian', 'colombia', 'colombian',
  'zealand', 'sino', 'nordic', 'baltic', 'hong', 'kong',
]);

/**
 * Provinces and cities that lead the registered names of many Chinese companies and that reporters
 * drop after the first mention ("Zhejiang Huayou Cobalt" -> "Huayou Cobalt", "Huayou"). Like a
 * country word, such a word alone is a place, not a company.
 */
export const REGION_WORDS: ReadonlySet<string> = new Set([
  'anhui', 'fujian', 'gansu', 'guangdong', 'guangxi', 'guizhou', 'hainan', 'hebei', 'heilongjiang', 'henan', 'hubei', 'hunan',
  'jiangsu', 'jiangxi', 'jilin', 'liaoning', 'ningxia', 'qinghai', 'shaanxi', 'shandong', 'shanxi', 'sichuan', 'xinjiang',
  'yunnan', 'zhejiang', 'tibet', 'inner', 'beijing', 'shanghai', 'tianjin', 'chongqing', 'shenzhen', 'guangzhou', 'xiamen',
  'ningbo', 'baotou', 'ganzhou', 'chengdu', 'hangzhou', 'suzhou', 'wuxi', 'changsha', 'xian', 'qingdao', 'jinchuan',
]);

/** Trading venues that prefix a ticker in brackets: "(ASX: LYC)", "(NYSE American: UUUU)". */
export const EXCHANGES: ReadonlySet<string> = new Set([
  'asx', 'nyse', 'nyse american', 'nasdaq', 'tsx', 'tsxv', 'tsx-v', 'tsx venture', 'lse', 'aim', 'hkex', 'hkse', 'sehk', 'sse',
  'szse', 'tse', 'tyo', 'jse', 'krx', 'kosdaq', 'bse', 'nse', 'fra', 'xetra', 'euronext', 'otc', 'otcqx', 'otcqb', 'cse', 'six',
  'set', 'idx', 'bmv', 'bvl', 'omx', 'ose', 'sgx', 'twse', 'moex', 'hk', 'sz', 'sh', 'sha', 'she', 'nyse arca', 'amex',
  'neo', 'cboe', 'bme', 'wse', 'gpw', 'nzx', 'sse star', 'star', 'chinext', 'otc pink', 'otc markets', 'lse aim', 'tsx venture exchange',
]);
