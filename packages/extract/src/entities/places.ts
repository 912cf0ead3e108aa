/**
 * Places that are not countries but often lead capitalized runs in this corpus (cities, provinces, states,
 * regions). A run made only of places is a place, never a company.
 */
const SINGLE = new Set(`tianjin baotou shanghai beijing shenzhen guangzhou guangdong jiangxi ganzhou sichuan yunnan hunan fujian zhejiang
jiangsu shandong hebei henan hubei anhui xinjiang tibet macau taipei london washington california texas nevada arizona alaska
colorado wyoming utah ohio michigan pennsylvania virginia georgia queensland victoria tasmania perth sydney melbourne brisbane kalgoorlie
ontario quebec alberta saskatchewan tokyo osaka seoul busan mumbai delhi bangalore chennai kolkata frankfurt munich berlin hamburg
paris lyon brussels geneva zurich amsterdam rotterdam antwerp milan rome madrid barcelona lisbon vienna prague warsaw budapest
stockholm oslo helsinki copenhagen dublin edinburgh moscow kyiv istanbul dubai riyadh doha tehran baghdad cairo lagos nairobi
johannesburg kinshasa lubumbashi kolwezi santiago lima toronto vancouver montreal ottawa chicago boston houston dallas detroit
atlanta seattle europe asia africa americas oceania baku tbilisi yerevan astana almaty tashkent ulaanbaatar hanoi bangkok jakarta
manila singapore sarawak pahang kuantan myitkyina kachin shan alabama arkansas connecticut delaware florida hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts minnesota mississippi missouri montana nebraska oklahoma
oregon tennessee vermont wisconsin manitoba nova scotia bavaria saxony catalonia andalusia lombardy tuscany flanders wallonia
scotland wales england punjab gujarat maharashtra karnataka kerala bengal rajasthan tamil telangana okinawa hokkaido kyushu
miami denver phoenix philadelphia baltimore pittsburgh cleveland cincinnati minneapolis portland sacramento austin nashville
orlando tampa charlotte raleigh albany hartford honolulu anchorage calgary edmonton winnipeg auckland wellington adelaide
canberra darwin hobart manchester birmingham liverpool glasgow leeds bristol cardiff belfast marseille toulouse nice cologne
stuttgart dusseldorf naples turin venice florence valencia seville porto athens bucharest sofia belgrade zagreb kiev minsk
riga vilnius tallinn ankara jerusalem tel aviv beirut amman damascus karachi lahore islamabad dhaka colombo kathmandu
hyderabad pune ahmedabad chongqing chengdu wuhan nanjing hangzhou xiamen qingdao dalian shenyang harbin xian kunming
nanning changsha hefei zhengzhou jinan lanzhou urumqi lhasa guangxi ningxia qinghai gansu shaanxi shanxi liaoning jilin
heilongjiang hainan taiwan kaohsiung yokohama nagoya kyoto kobe fukuoka sapporo incheon daegu hanoi saigon phnom penh yangon
caracas bogota quito montevideo asuncion havana kingston panama monterrey guadalajara tijuana accra abuja dakar addis ababa
khartoum kampala dar es salaam luanda harare lusaka maputo durban pretoria casablanca tunis algiers tripoli
eurozone scandinavia balkans caribbean siberia patagonia mesopotamia arctic antarctic antarctica atlantic pacific
mediterranean baltic sahara sahel`.split(/\s+/));

const MULTI = new Set(['inner mongolia', 'hong kong', 'new york', 'north carolina', 'south carolina', 'western australia',
  'new south wales', 'mount weld', 'british columbia', 'new delhi', 'abu dhabi', 'cape town', 'buenos aires', 'sao paulo',
  'rio de janeiro', 'mexico city', 'san francisco', 'los angeles', 'silicon valley', 'middle east', 'south east asia',
  'southeast asia', 'latin america', 'north america', 'south america', 'central asia', 'ho chi minh city', 'kuala lumpur',
  'asia pacific', 'euro zone', 'wall street', 'east asia', 'south asia', 'west asia', 'north africa', 'east africa', 'west africa',
  'southern africa', 'sub saharan africa', 'western europe', 'eastern europe', 'central europe', 'northern europe', 'southern europe',
  'north sea', 'south china sea', 'east china sea', 'persian gulf', 'gulf of mexico', 'new jersey', 'new mexico', 'new hampshire',
  'rhode island', 'north dakota', 'south dakota', 'west virginia', 'new england', 'midwest', 'the midwest', 'pacific northwest',
  'bay area', 'new orleans', 'las vegas', 'san diego', 'san jose', 'santa fe', 'st louis', 'salt lake city', 'kansas city',
  'washington dc', 'washington d c', 'tel aviv', 'hong kong sar', 'northern territory', 'south australia', 'nova scotia',
  'new brunswick', 'tamil nadu', 'west bengal', 'uttar pradesh', 'andhra pradesh', 'madhya pradesh', 'rio grande', 'gold coast']);

/** The words (lower case, space-joined) name a place. */
export function isPlaceName(joined: string): boolean {
  return SINGLE.has(joined) || MULTI.has(joined);
}

