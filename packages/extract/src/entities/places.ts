/**
 * Places that are not countries but often lead capitalized runs in this corpus (cities, provinces, states,
 * regions). A run made only of places is a place, never a company.
 */
const SINGLE = new Set(`tianjin baotou shanghai beijing shenzhen guangzhou guangdong jiangxi ganzhou sichuan yunnan hunan fujian zhejiang
jiangsu shandong hebei henan hubei anhui xinjiang tibet macau taipei london washington california texas nevada arizona alaska
colorado wyoming utah ohio michigan pennsylvania virginia queensland victoria tasmania perth sydney melbourne brisbane kalgoorlie
ontario quebec alberta saskatchewan tokyo osaka seoul busan mumbai delhi bangalore chennai kolkata frankfurt munich berlin hamburg
paris lyon brussels geneva zurich amsterdam rotterdam antwerp milan rome madrid barcelona lisbon vienna prague warsaw budapest
stockholm oslo helsinki copenhagen dublin edinburgh moscow kyiv istanbul dubai riyadh doha tehran baghdad cairo lagos nairobi
johannesburg kinshasa lubumbashi kolwezi santiago lima toronto vancouver montreal ottawa chicago boston houston dallas detroit
atlanta seattle europe asia africa americas oceania baku tbilisi yerevan astana almaty tashkent ulaanbaatar hanoi bangkok jakarta
manila singapore sarawak pahang kuantan myitkyina kachin shan`.split(/\s+/));

const MULTI = new Set(['inner mongolia', 'hong kong', 'new york', 'north carolina', 'south carolina', 'western australia',
  'new south wales', 'mount weld', 'british columbia', 'new delhi', 'abu dhabi', 'cape town', 'buenos aires', 'sao paulo',
  'rio de janeiro', 'mexico city', 'san francisco', 'los angeles', 'silicon valley', 'middle east', 'south east asia',
  'southeast asia', 'latin america', 'north america', 'south america', 'central asia', 'ho chi minh city', 'kuala lumpur']);

/** The words (lower case, space-joined) name a place. */
export function isPlaceName(joined: string): boolean {
  return SINGLE.has(joined) || MULTI.has(joined);
}

