/**
 * Sentences for the labelled origin pairs, written for this benchmark. Two banks with different
 * wording: the dev pairs are built from the first, the held-out pairs from the second, so that
 * thresholds tuned on one are measured on text they never saw. Each slot offers three phrasings;
 * stories written "independently" never share a phrasing, copies share all of them.
 */
export type Bank = readonly (readonly string[])[];

export const BANK_DEV: Bank = [
  [
    '{country} shipped {tonnes} tonnes of {commodity} abroad in {month}, {pct}% less than a year earlier, according to customs figures released on {weekday}.',
    'Overseas sales of {commodity} from {country} dropped {pct}% year on year in {month} to {tonnes} tonnes, official trade data showed on {weekday}.',
    'Customs data published on {weekday} put {country}\'s {month} exports of {commodity} at {tonnes} tonnes, down {pct}% from the same month last year.',
  ],
  [
    'The decline followed new licensing rules that require exporters to name the end user of every cargo.',
    'Shipments have slowed since the government began asking sellers to document who ultimately receives each consignment.',
    'Exporters have struggled with paperwork since officials tightened the permit regime earlier in the year.',
  ],
  [
    'Buyers in {partner} took the largest share, although their purchases also shrank.',
    '{partner} remained the biggest destination even as its orders fell back.',
    'Most of the material still went to {partner}, whose importers cut their bookings.',
  ],
  [
    '"We expect volumes to recover once the approval process settles down," said {official}, a spokesperson for the trade ministry.',
    '{official}, who speaks for the ministry, told reporters the slowdown was temporary and that approvals were being processed faster.',
    'A ministry spokesperson, {official}, said permits were now being granted within weeks rather than months.',
  ],
  [
    'Prices for the metal in {city} rose to {price} dollars a kilogram over the month as traders scrambled for stock.',
    'Spot quotes in {city} climbed to about {price} dollars per kilogram, the highest level in two years.',
    'In {city}, dealers reported offers near {price} dollars a kilo, up sharply since the spring.',
  ],
  [
    'Analysts at {company} said manufacturers of motors and batteries were drawing down inventories built up last year.',
    'Manufacturers of electric motors have been living off stockpiles, according to a note from {company}.',
    'A research note from {company} said factories were leaning on reserves they had accumulated before the rules changed.',
  ],
  [
    'Several refiners outside the country have announced plans to expand capacity, but none will produce meaningful volumes before next year.',
    'New processing plants abroad are under construction, though industry executives say they are at least a year from full output.',
    'Projects to build alternative supply elsewhere are advancing slowly, with most not expected to start until the second half of next year.',
  ],
  [
    'The figures for the first {months} months of the year showed a cumulative fall of about a fifth.',
    'Over the year to date, shipments are running roughly twenty percent behind last year\'s pace.',
    'Year-to-date exports are down by close to a fifth compared with the same period a year ago.',
  ],
  [
    'Officials are due to publish a detailed breakdown by product and destination later this month.',
    'A fuller breakdown of the data, covering individual products, is expected in the coming weeks.',
    'More detailed statistics, split by grade and country, will follow at the end of the month.',
  ],
  [
    'Industry groups in {partner} have asked their government to build a strategic reserve of the material.',
    'Trade associations in {partner} are lobbying for state-funded stockpiles to cushion future disruptions.',
    'Business lobbies in {partner} want public money spent on an emergency stock of the metal.',
  ],
];

export const BANK_HELD_OUT: Bank = [
  [
    'Exports of {commodity} from {country} fell to {tonnes} tonnes last month, a drop of {pct}% on {month} a year ago, the statistics office said.',
    '{country} sold {tonnes} tonnes of {commodity} to foreign buyers in {month}, figures from the statistics bureau showed, {pct}% below the level of a year before.',
    'The statistics office reported that {commodity} exports reached only {tonnes} tonnes in {month}, a {pct}% annual fall for {country}.',
  ],
  [
    'Port operators blamed a shortage of inspection staff for lengthy delays at the main terminals.',
    'Logistics firms said inspections at the docks had added days to every shipment.',
    'Freight agents described queues of containers waiting for clearance at the coast.',
  ],
  [
    'Importers in {partner} accounted for nearly half of the total.',
    'Close to half of all cargoes were bound for {partner}.',
    '{partner} absorbed almost one in every two tonnes shipped.',
  ],
  [
    '"This is a temporary dip, and we are working with the ports to clear the backlog," {official} of the commerce department said in a statement.',
    '{official}, a senior commerce official, insisted the backlog would be cleared before the end of the quarter.',
    'Speaking at a briefing, commerce official {official} said extra inspectors had been hired to speed up clearance.',
  ],
  [
    'Wholesale prices quoted in {city} reached {price} dollars per kilogram, according to a survey of dealers.',
    'A dealer survey in {city} found prices near {price} dollars per kilo, well above the average of the past year.',
    'Traders in {city} said material changed hands at roughly {price} dollars per kilogram.',
  ],
  [
    'Economists at {company} warned that a prolonged slowdown would hit carmakers first.',
    '{company} economists said vehicle producers were most exposed to the squeeze.',
    'The first casualties would be automotive suppliers, a briefing by {company} argued.',
  ],
  [
    'Mining companies elsewhere have raised money for new projects, encouraged by the high prices.',
    'Higher prices have helped junior miners abroad attract fresh investment.',
    'Investors have poured money into exploration outside the country since prices began to climb.',
  ],
  [
    'Across the first {months} months, shipments were about eighteen percent lower than a year earlier.',
    'The cumulative total since January is down roughly eighteen percent.',
    'Since the start of the year, volumes have trailed last year\'s by close to eighteen percent.',
  ],
  [
    'The bureau will release revised numbers alongside its quarterly report.',
    'Revisions, if any, will come with the quarterly release, the bureau said.',
    'Any corrections to the data are due with the next quarterly publication.',
  ],
  [
    'Lawmakers in {partner} are debating subsidies for domestic processing plants.',
    'A bill offering tax credits for local refining is before parliament in {partner}.',
    'Politicians in {partner} have proposed grants for companies that refine the material at home.',
  ],
];

/** Site furniture a template wraps around the body: newsletter boxes, related links, disclaimers. */
export const FURNITURE: readonly string[] = [
  'Sign up for our morning briefing to get the day\'s top stories in your inbox.',
  'Related coverage: markets, commodities and the global supply chain.',
  'Our journalism is supported by readers. Subscribe today.',
  'Follow our commodities desk for live updates throughout the day.',
  'This story has been updated with additional detail.',
  'Photo credit: staff photographer.',
];

/** An editor's preface a republishing site puts above the copy. */
export const INTROS: readonly string[] = [
  'Editor\'s note: we are republishing this report because of its relevance to manufacturers in our region, whose supply contracts are up for renewal this winter.',
  'Our readers have asked about the outlook for metal supplies. The following dispatch, which we carry under a content-sharing agreement, sets out the latest numbers.',
  'Ahead of next week\'s industry conference, here is the latest account of the export data that delegates are expected to discuss at length.',
  'The story below comes from our partner news service. We have added local context where it helps readers follow the wider debate about supply security.',
];

export const COUNTRIES = ['Norland', 'Estavia', 'Karsten', 'Velmora', 'Ostrava Republic', 'Duvania', 'Pellar', 'Quenland'];
export const PARTNERS = ['Tarsis', 'the Southern Union', 'Harrow', 'Lumen Isles', 'Cadria', 'Westmark'];
export const COMMODITIES = ['gallium', 'germanium', 'antimony', 'graphite', 'tungsten', 'rare earth magnets', 'cobalt', 'indium', 'bismuth', 'vanadium'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
export const OFFICIALS = ['Ana Velo', 'Piet Marren', 'Lio Santer', 'Maren Oduya', 'Teo Balint', 'Ines Korvel', 'Ravi Dunmore'];
export const CITIES = ['Port Sallow', 'Merrin', 'Kessby', 'Halvard', 'Orlo'];
export const COMPANIES = ['Brightline Research', 'Caldera Capital', 'Northstone Analytics', 'Fenwick Partners', 'Greyhaven Securities'];
export const AGENCIES_DEV = ['Meridian Wire', 'Polar News Agency', 'Capital Press Service'];
export const AGENCIES_HELD_OUT = ['Lantern Newswire', 'Delta Press', 'Orbit Agency'];
export const OUTLETS_DEV = ['Argus', 'The Harbour Times', 'Daily Ledger', 'Metals Weekly', 'Coastline Post', 'Northern Courier'];
export const OUTLETS_HELD_OUT = ['Beacon', 'The Valley Herald', 'Market Journal', 'Trade Observer', 'Summit Gazette', 'Riverside News'];
