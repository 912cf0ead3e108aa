/**
 * Sentences in the style of trade and commodity reports (metals, grains, coal, oil, shipping), written
 * for these tests, each with the facts a reader following FACT-CONVENTIONS.md would record. `want`
 * lists facts that must be there (matched by type and surface text), `none` facts that must not be,
 * `within` bounds a vague phrase that may or may not be read.
 */

export type ProbeKind = 'tonnage' | 'date' | 'percentage';

export interface WantFact {
  type: 'tonnage' | 'date' | 'percentage';
  text: string;
  value: number | string;
  unit?: string;
  range?: { min: number; max: number } | null;
  qualifier?: string | null;
  direction?: 'up' | 'down' | null;
  kind?: 'share' | 'change' | 'level' | null;
}

export interface Probe {
  kind: ProbeKind;
  text: string;
  published?: string;
  want?: WantFact[];
  /** No fact of this type whose surface text contains the string. */
  none?: Array<{ type: WantFact['type'] | 'money'; text: string }>;
  /** Optional readings: any fact of this type in the text must have a value between min and max. */
  within?: { type: 'tonnage'; min: number; max: number };
  /** Dates that may be read (vague) but, when read, must have this value. */
  optionalDate?: { text: string; values: string[] };
}

const t = (text: string, value: number, more: Partial<WantFact> = {}): WantFact => ({ type: 'tonnage', text, value, unit: 't', ...more });
const d = (text: string, value: string): WantFact => ({ type: 'date', text, value });
const p = (text: string, value: number, more: Partial<WantFact> = {}): WantFact => ({ type: 'percentage', text, value, ...more });

export const TONNAGE_PROBES: Probe[] = [
  { kind: 'tonnage', text: 'Refined copper output reached 1.13 mln t in the quarter.', want: [t('1.13 mln t', 1_130_000)] },
  { kind: 'tonnage', text: 'Iron ore loadings at the terminal totalled 21.6 mn tonnes last month.', want: [t('21.6 mn tonnes', 21_600_000)] },
  { kind: 'tonnage', text: 'Domestic coal production topped 4.7 bln t last year.', want: [t('4.7 bln t', 4_700_000_000)] },
  { kind: 'tonnage', text: 'Wheat exports came to 845.3 thou. t in October.', want: [t('845.3 thou. t', 845_300)] },
  { kind: 'tonnage', text: "Urea imports stood at 412 '000 t over the period.", want: [t("412 '000 t", 412_000)] },
  { kind: 'tonnage', text: 'The smelter produced 38 kt of zinc in the third quarter.', want: [t('38 kt', 38_000)] },
  { kind: 'tonnage', text: 'Throughput at the coal port climbed to 95.4 Mt in the first half.', want: [t('95.4 Mt', 95_400_000)] },
  { kind: 'tonnage', text: 'India imported 12.5 MMT of edible oils during the season.', want: [t('12.5 MMT', 12_500_000)] },
  { kind: 'tonnage', text: 'Traders put soybean exports at 48.2 mmt for the marketing year.', want: [t('48.2 mmt', 48_200_000)] },
  { kind: 'tonnage', text: 'The liquefaction train adds 7.5 MMTPA of LNG capacity.', want: [t('7.5 MMTPA', 7_500_000)] },
  { kind: 'tonnage', text: 'The concentrator will treat 3,500 tonnes per day of ore.', want: [t('3,500 tonnes per day', 3_500)] },
  { kind: 'tonnage', text: 'The refinery is designed to make 250,000 tonnes per annum of cathode.', want: [t('250,000 tonnes per annum', 250_000)] },
  { kind: 'tonnage', text: 'The miner sold 1.8 million wmt of iron ore fines in the quarter.', want: [t('1.8 million wmt', 1_800_000)] },
  { kind: 'tonnage', text: 'A cargo of 160,000 dmt of bauxite left the jetty on Friday.', want: [t('160,000 dmt', 160_000)] },
  { kind: 'tonnage', text: 'Mills shipped 52,000 metric tons of raw sugar to buyers abroad.', want: [t('52,000 metric tons', 52_000)] },
  { kind: 'tonnage', text: 'The expansion adds 120,000 tonnes of copper equivalent a year.', want: [t('120,000 tonnes', 120_000)] },
  { kind: 'tonnage', text: 'The container terminal handled 4.2 million TEU last year.', none: [{ type: 'tonnage', text: 'TEU' }] },
  { kind: 'tonnage', text: 'Crude output averaged 1.1 million barrels per day in October.', none: [{ type: 'tonnage', text: 'barrels' }] },
  { kind: 'tonnage', text: 'Farmers harvested 4.3 billion bushels of corn this autumn.', none: [{ type: 'tonnage', text: 'bushels' }] },
  { kind: 'tonnage', text: "The mills' sugar output could reach 3.1 crore tonnes this season.", want: [t('3.1 crore tonnes', 31_000_000)] },
  { kind: 'tonnage', text: 'State agencies have procured 45 lakh tonnes of paddy so far.', want: [t('45 lakh tonnes', 4_500_000)] },
  { kind: 'tonnage', text: 'The state buyer purchased a million tonnes of wheat at the tender.', want: [t('a million tonnes', 1_000_000)] },
  { kind: 'tonnage', text: 'Dealers expect half a million tonnes of barley to be shipped before March.', want: [t('half a million tonnes', 500_000)] },
  { kind: 'tonnage', text: 'Tens of thousands of tonnes of scrap steel were stranded at the docks.', within: { type: 'tonnage', min: 10_000, max: 99_999 } },
  { kind: 'tonnage', text: 'Analysts see output at 1.2-1.5 million tonnes next year.', want: [t('1.2-1.5 million tonnes', 1_200_000, { range: { min: 1_200_000, max: 1_500_000 } })] },
  { kind: 'tonnage', text: 'The harvest is forecast at between 40,000 and 45,000 tonnes.', want: [t('between 40,000 and 45,000 tonnes', 40_000, { range: { min: 40_000, max: 45_000 } })] },
  { kind: 'tonnage', text: 'Nickel ore imports were up 12% to 4.1 million tonnes.', want: [t('4.1 million tonnes', 4_100_000), p('12%', 12, { unit: '%', direction: 'up' })] },
  {
    kind: 'tonnage', text: 'Rare earth exports by destination (tonnes)\n\nCountry | 2024 | 2025\n\nJapan | 1,200 | 1,450\n\nVietnam | 300 | 410',
    want: [t('1,450', 1_450), t('410', 410)],
  },
  {
    kind: 'tonnage', text: "Steel exports by grade, in '000 t\n\nGrade | Sept | Oct\n\nRebar | 820 | 905\n\nCoil | 1,100 | 1,240",
    want: [t('905', 905_000), t('1,240', 1_240_000)],
  },
  {
    kind: 'tonnage', text: 'Grain loadings\n\nPort | Wheat (tonnes) | Maize (tonnes)\n\nNorth | 61,000 | 12,500\n\nSouth | 44,300 | 9,800',
    want: [t('61,000', 61_000), t('9,800', 9_800)],
  },
  {
    kind: 'tonnage', text: 'Coal output by province\n\nProvince | Output (mln t) | Change, %\n\nShanxi | 1,032.4 | 3.1\n\nHebei | 45.5 | -0.6',
    want: [t('1,032.4', 1_032_400_000), t('45.5', 45_500_000), p('3.1', 3.1, { unit: '%', direction: 'up', kind: 'change' }), p('-0.6', 0.6, { unit: '%', direction: 'down', kind: 'change' })],
  },
  { kind: 'tonnage', text: 'A 100,000-tonne cargo of wheat is due at the port next week.', want: [t('100,000-tonne', 100_000)] },
  { kind: 'tonnage', text: 'The firm is building a 5,000 tpa plant for lithium hydroxide.', want: [t('5,000 tpa', 5_000)] },
  { kind: 'tonnage', text: 'The group commissioned a 200,000-tonne-a-year aluminium smelter.', want: [t('200,000-tonne-a-year', 200_000)] },
  { kind: 'tonnage', text: 'A 10-ton truck overturned on the coastal highway.', none: [{ type: 'tonnage', text: 'ton' }] },
  { kind: 'tonnage', text: 'There are tonnes of reasons to stay cautious on the market.', none: [{ type: 'tonnage', text: 'tonnes' }] },
  { kind: 'tonnage', text: 'A 180,000 dwt bulk carrier was fixed for the voyage.', none: [{ type: 'tonnage', text: 'dwt' }] },
  { kind: 'tonnage', text: 'Port stocks fell by 1.3 million tonnes over the week.', want: [t('1.3 million tonnes', 1_300_000, { direction: 'down' })] },
  { kind: 'tonnage', text: 'Buyers booked about 40 thousand tonnes of malting barley.', want: [t('about 40 thousand tonnes', 40_000, { qualifier: 'approx' })] },
  { kind: 'tonnage', text: 'Shipments totalled 620,000 t in October.', want: [t('620,000 t', 620_000)] },
  { kind: 'tonnage', text: 'The mine has a nameplate rate of 10 Mtpa of ore.', want: [t('10 Mtpa', 10_000_000)] },
  { kind: 'tonnage', text: 'The new kiln adds 30,000 t/y of clinker.', want: [t('30,000 t/y', 30_000)] },
  { kind: 'tonnage', text: 'The plant will turn out 1.5m tonnes of pellets a year.', want: [t('1.5m tonnes', 1_500_000)] },
  { kind: 'tonnage', text: 'World demand may rise to 2.1bn tonnes by 2030.', want: [t('2.1bn tonnes', 2_100_000_000)] },
  { kind: 'tonnage', text: 'Exporters sold 2.3 million mt of rice in the quarter.', want: [t('2.3 million mt', 2_300_000)] },
  { kind: 'tonnage', text: 'The utility bought 2,000 short tons of coal.', want: [t('2,000 short tons', 1_814.37)] },
  { kind: 'tonnage', text: 'Crude steel output was 77.4 Mln tonnes in September.', want: [t('77.4 Mln tonnes', 77_400_000)] },
  { kind: 'tonnage', text: 'Planned capacity is 300 ktpa of lithium carbonate.', want: [t('300 ktpa', 300_000)] },
  { kind: 'tonnage', text: 'The 40-tonne excavator was moved to the pit.', none: [{ type: 'tonnage', text: 'tonne' }] },
  { kind: 'tonnage', text: 'Copper stocks in warehouses rose to 152,775 mt on Tuesday.', want: [t('152,775 mt', 152_775)] },
  { kind: 'tonnage', text: 'Output rose 8% year-on-year to 2.6 million tonnes in October.', want: [t('2.6 million tonnes', 2_600_000), p('8%', 8, { direction: 'up' })], none: [{ type: 'date', text: 'year-on-year' }] },
  { kind: 'tonnage', text: 'Shipments were 1.35 Mt, down from 1.6 Mt a year earlier.', want: [t('1.35 Mt', 1_350_000), t('1.6 Mt', 1_600_000)] },
  { kind: 'tonnage', text: 'The miner cut its guidance to 430-450 kt of copper.', want: [t('430-450 kt', 430_000, { range: { min: 430_000, max: 450_000 } })] },
  { kind: 'tonnage', text: 'Between 5 and 10 million tonnes of grain could be lost.', want: [t('Between 5 and 10 million tonnes', 5_000_000, { range: { min: 5_000_000, max: 10_000_000 } })] },
  { kind: 'tonnage', text: 'Mills imported 25,000 tonnes per month of scrap.', want: [t('25,000 tonnes per month', 25_000)] },
  { kind: 'tonnage', text: 'The 2,000-tonne-per-day concentrator opened in May.', want: [t('2,000-tonne-per-day', 2_000)] },
  { kind: 'tonnage', text: 'The group plans a 1.8-million-tonne pellet plant.', want: [t('1.8-million-tonne', 1_800_000)] },
  { kind: 'tonnage', text: 'A 1.2 Mtpa pellet plant is due to start next year.', want: [t('1.2 Mtpa', 1_200_000)] },
  { kind: 'tonnage', text: 'Exports reached 450 thousand metric tons.', want: [t('450 thousand metric tons', 450_000)] },
  { kind: 'tonnage', text: 'Procurement of pulses reached 1.1 lakh tonnes.', want: [t('1.1 lakh tonnes', 110_000)] },
  { kind: 'tonnage', text: 'The mine can ship up to 500,000 t of ore a year.', want: [t('up to 500,000 t', 500_000, { qualifier: 'at_most' })] },
  { kind: 'tonnage', text: 'The iron ore miner sold 3.4 million wet metric tonnes.', want: [t('3.4 million wet metric tonnes', 3_400_000)] },
  { kind: 'tonnage', text: 'Wheat was quoted at $250 a tonne and coal at 1,200 yuan/t.', none: [{ type: 'tonnage', text: 'tonne' }, { type: 'tonnage', text: '/t' }] },
  { kind: 'tonnage', text: 'Europe imported 12 bcm of gas and 2.2 million bales of cotton.', none: [{ type: 'tonnage', text: 'bcm' }, { type: 'tonnage', text: 'bales' }] },
  { kind: 'tonnage', text: 'The 300-ton press was installed at the forge.', none: [{ type: 'tonnage', text: 'ton' }] },
  { kind: 'tonnage', text: 'Port stocks rose 40,000 tonnes to 250,000 tonnes in the week.', want: [t('40,000 tonnes', 40_000, { range: null, direction: 'up' }), t('250,000 tonnes', 250_000, { range: null })] },
  { kind: 'tonnage', text: 'A 200,000-tonne aluminium smelter opened in the north.', want: [t('200,000-tonne', 200_000)] },
  { kind: 'tonnage', text: 'A 35-tonne haul truck blocked the pit road.', none: [{ type: 'tonnage', text: 'tonne' }] },
  { kind: 'tonnage', text: 'A 100,000-tonne cargo ship docked at the quay.', none: [{ type: 'tonnage', text: 'tonne' }] },
  { kind: 'tonnage', text: 'Coal imports hit 45.9Mt while the vessel loaded 170kt of coking coal.', want: [t('45.9Mt', 45_900_000), t('170kt', 170_000)] },
  { kind: 'tonnage', text: 'Consumption is seen at 27.5 million tonnes (mt) this year, while output will be 26 mt.', want: [t('27.5 million tonnes', 27_500_000), t('26 mt', 26_000_000)] },
  { kind: 'tonnage', text: 'Traders booked nearly 1mn t of wheat.', want: [t('nearly 1mn t', 1_000_000, { qualifier: 'approx_below' })] },
  { kind: 'tonnage', text: 'The mine produced 1.2 million ounces of gold last year.', want: [t('1.2 million ounces', 37.324)] },
  { kind: 'tonnage', text: 'The miner poured 2.9 moz of gold in the year and 450 koz in the quarter.', want: [t('2.9 moz', 90.2), t('450 koz', 13.997)] },
  { kind: 'tonnage', text: 'Customs officers seized 30 grams of heroin at the border.', want: [t('30 grams', 0.00003)] },
  { kind: 'tonnage', text: 'Each bar holds 20 grams of protein.', none: [{ type: 'tonnage', text: 'grams' }] },
  { kind: 'tonnage', text: 'Analysts put sales at 1.2 to 1.5 million cars.', none: [{ type: 'date', text: '1.5' }, { type: 'tonnage', text: 'cars' }] },
];

export const DATE_PROBES: Probe[] = [
  { kind: 'date', text: 'Coal imports fell 9% in the January-September period.', want: [d('January-September', '2025-01/2025-09')] },
  { kind: 'date', text: 'Jan-Sept copper exports reached a record.', want: [d('Jan-Sept', '2025-01/2025-09')] },
  { kind: 'date', text: 'In Jan-Sep the mills shipped more coil than a year earlier.', want: [d('Jan-Sep', '2025-01/2025-09')] },
  { kind: 'date', text: 'Aluminium exports in January-September 2024 were flat.', want: [d('January-September 2024', '2024-01/2024-09')] },
  { kind: 'date', text: 'From January through October the country bought more soybeans.', want: [d('From January through October', '2025-01/2025-10')] },
  { kind: 'date', text: 'Steel output rose in the first nine months of 2025.', want: [d('first nine months of 2025', '2025-01/2025-09')] },
  { kind: 'date', text: 'Iron ore imports rose in the first 10 months of the year.', want: [d('first 10 months of the year', '2025-01/2025-10')] },
  { kind: 'date', text: 'Nickel output dropped in the first half, the company said.', want: [d('first half', '2025-H1')] },
  { kind: 'date', text: 'Profit doubled in H1 2025 on higher volumes.', want: [d('H1 2025', '2025-H1')] },
  { kind: 'date', text: 'Shipments recovered in 2H24 after a weak start.', want: [d('2H24', '2024-H2')] },
  { kind: 'date', text: 'Sales volumes improved in 1H25.', want: [d('1H25', '2025-H1')] },
  { kind: 'date', text: 'Margins narrowed in 3Q19 as prices fell.', want: [d('3Q19', '2019-Q3')] },
  { kind: 'date', text: 'The group reported a loss for Q3 2024.', want: [d('Q3 2024', '2024-Q3')] },
  { kind: 'date', text: 'Output rose 4% in the third quarter, the miner said.', want: [d('third quarter', '2025-Q3')] },
  { kind: 'date', text: 'Second-half 2024 deliveries were the weakest in years.', want: [d('Second-half 2024', '2024-H2')] },
  { kind: 'date', text: 'The first quarter of 2026 will see new quotas.', want: [d('first quarter of 2026', '2026-Q1')] },
  { kind: 'date', text: 'The agency sees exports of 55 million tonnes in marketing year 2024/25.', want: [d('marketing year 2024/25', 'MY2024-25')] },
  { kind: 'date', text: 'Sugar output for MY 2024-25 is seen lower.', want: [d('MY 2024-25', 'MY2024-25')] },
  { kind: 'date', text: 'Cotton acreage shrank in crop year 2023-24.', want: [d('crop year 2023-24', 'MY2023-24')] },
  { kind: 'date', text: 'Wheat exports in the 2024/25 season hit a record.', want: [d('2024/25 season', 'MY2024-25')] },
  { kind: 'date', text: 'The company posted revenue growth in fiscal 2024.', want: [d('fiscal 2024', 'FY2024')] },
  { kind: 'date', text: 'The board expects a dividend in FY2025-26.', want: [d('FY2025-26', 'FY2025-26')] },
  { kind: 'date', text: 'Imports over the 12 months to June rose 6%.', want: [d('12 months to June', '2024-07/2025-06')] },
  { kind: 'date', text: 'Prices rose 2% month-on-month and 5% year-on-year.', none: [{ type: 'date', text: 'month' }, { type: 'date', text: 'year' }] },
  { kind: 'date', text: 'Output rose 3% m/m and 7% y/y.', none: [{ type: 'date', text: 'm/m' }, { type: 'date', text: 'y/y' }] },
  { kind: 'date', text: 'Revenue rose in Q3 FY25 on strong demand.', want: [d('Q3 FY25', 'FY2025-Q3')] },
  { kind: 'date', text: 'Output rose in the 2023/24 fiscal year.', want: [d('2023/24 fiscal year', 'FY2023-24')] },
  { kind: 'date', text: 'Exports in Jan-Oct 2025 rose.', want: [d('Jan-Oct 2025', '2025-01/2025-10')] },
  { kind: 'date', text: 'Imports from January to October rose.', want: [d('from January to October', '2025-01/2025-10')] },
  { kind: 'date', text: 'Exports rose 5% in the first nine months.', want: [d('first nine months', '2025-01/2025-09')] },
  { kind: 'date', text: 'In the first six months after launch, users grew.', none: [{ type: 'date', text: 'six months' }] },
  { kind: 'date', text: 'Profit in the three months ended September 30 rose.', want: [d('three months ended September 30', '2025-Q3')] },
  { kind: 'date', text: 'Sales rose in the quarter ended Sept. 30.', want: [d('quarter ended Sept. 30', '2025-Q3')] },
  { kind: 'date', text: 'Profit rose in the half-year to June 30.', want: [d('half-year to June 30', '2025-H1')] },
  { kind: 'date', text: 'Sales in the year to March 2025 fell.', want: [d('year to March 2025', '2024-04/2025-03')] },
  { kind: 'date', text: 'The deadline was extended by three months to June.', none: [{ type: 'date', text: 'months to' }] },
  { kind: 'date', text: 'Output in 1Q 2025 rose.', want: [d('1Q 2025', '2025-Q1')] },
  { kind: 'date', text: 'The sugar mills crushed more cane in the 2023-24 season.', want: [d('2023-24 season', 'MY2023-24')] },
  { kind: 'date', text: 'The striker scored 20 goals in the 2024/25 season.', none: [{ type: 'date', text: 'season' }] },
  { kind: 'date', text: 'Rates rose in my 2024-25 plan.', none: [{ type: 'date', text: 'my 2024' }] },
  { kind: 'date', text: 'MY 2024-25 PLAN FOR THE FARM', none: [{ type: 'date', text: 'MY' }] },
  { kind: 'date', text: 'Green H2 output rose sharply.', none: [{ type: 'date', text: 'H2' }] },
  { kind: 'date', text: 'Revenue in 9M25 rose on higher volumes.', want: [d('9M25', '2025-01/2025-09')] },
  { kind: 'date', text: 'In the first three quarters of 2025, output rose.', want: [d('first three quarters of 2025', '2025-01/2025-09')] },
  { kind: 'date', text: 'Exports in Jan.-Sept. 2025 rose.', want: [d('Jan.-Sept. 2025', '2025-01/2025-09')] },
  { kind: 'date', text: 'Output in Jan–Oct fell.', want: [d('Jan–Oct', '2025-01/2025-10')] },
  { kind: 'date', text: 'Cement sales are up 4% year-to-date.', optionalDate: { text: 'year-to-date', values: ['2025', '2025-01/2025-11'] } },
];

export const PERCENT_PROBES: Probe[] = [
  { kind: 'percentage', text: 'Alumina exports were up 12% y/y in October.', want: [p('12%', 12, { unit: '%', direction: 'up', kind: 'change' })] },
  { kind: 'percentage', text: 'Steel prices were down 3.4% m/m.', want: [p('3.4%', 3.4, { unit: '%', direction: 'down', kind: 'change' })] },
  { kind: 'percentage', text: 'Washington imposed a 25% tariff on imported steel.', want: [p('25%', 25, { unit: '%', direction: null })] },
  { kind: 'percentage', text: 'The share of imports rose 2.5 percentage points.', want: [p('2.5 percentage points', 2.5, { unit: 'pp', direction: 'up' })] },
  { kind: 'percentage', text: 'Utilisation slipped 0.5 ppt to 78%.', want: [p('0.5 ppt', 0.5, { unit: 'pp', direction: 'down' })] },
  { kind: 'percentage', text: 'Copper output rose 5.2 per cent year on year.', want: [p('5.2 per cent', 5.2, { unit: '%', direction: 'up' })] },
  { kind: 'percentage', text: 'Exports fell 0.8 percent from a month earlier.', want: [p('0.8 percent', 0.8, { unit: '%', direction: 'down' })] },
  { kind: 'percentage', text: 'Tariffs of 10% to 25% apply to the goods.', want: [p('10% to 25%', 10, { unit: '%', range: { min: 10, max: 25 } })] },
  { kind: 'percentage', text: 'Its share of the seaborne market is 62%.', want: [p('62%', 62, { unit: '%' })] },
  { kind: 'percentage', text: 'Soybean imports surged 41.5% yoy in the month.', want: [p('41.5%', 41.5, { unit: '%', direction: 'up' })] },
  { kind: 'percentage', text: 'Ore arrivals rose 4 pct in the week.', want: [p('4 pct', 4, { unit: '%', direction: 'up' })] },
  { kind: 'percentage', text: 'Coal imports dropped 7.1% YoY to 38 million tonnes.', want: [p('7.1%', 7.1, { unit: '%', direction: 'down' }), t('38 million tonnes', 38_000_000)] },
  { kind: 'percentage', text: 'Output climbed 3.2% q/q in the quarter.', want: [p('3.2%', 3.2, { unit: '%', direction: 'up' })] },
  { kind: 'percentage', text: 'Nickel stocks were 6% lower on the month.', want: [p('6%', 6, { unit: '%', direction: 'down' })] },
  { kind: 'percentage', text: 'Imports were -3.2% y/y and exports +4.1% m/m.', want: [p('-3.2%', 3.2, { direction: 'down', kind: 'change' }), p('+4.1%', 4.1, { direction: 'up', kind: 'change' })] },
  { kind: 'percentage', text: 'The deposit rate stays at -0.5%.', want: [p('-0.5%', -0.5, { direction: null })] },
  { kind: 'percentage', text: 'A 50 per cent duty applies to the goods.', want: [p('50 per cent', 50, { unit: '%', direction: null })] },
  { kind: 'percentage', text: 'Mills ran at capacity utilisation of 78.5%.', want: [p('78.5%', 78.5, { unit: '%', direction: null })] },
  { kind: 'percentage', text: 'Sales fell 12.3 per cent on the year.', want: [p('12.3 per cent', 12.3, { unit: '%', direction: 'down', kind: 'change' })] },
  { kind: 'percentage', text: 'The jobless rate rose 0.2% to 4.1%.', want: [p('0.2%', 0.2, { range: null, direction: 'up' }), p('4.1%', 4.1, { range: null })] },
  { kind: 'percentage', text: 'Benchmark coal prices fell $3 to $112 a tonne.', none: [{ type: 'tonnage', text: 'tonne' }, { type: 'money', text: '$3 to' }] },
  { kind: 'percentage', text: 'The smelter expects output to rise by 5% to 8% next year.', want: [p('5% to 8%', 5, { range: { min: 5, max: 8 } })] },
  { kind: 'percentage', text: 'Yields were 10% to 15% higher this season.', want: [p('10% to 15%', 10, { range: { min: 10, max: 15 }, direction: 'up' })] },
  { kind: 'percentage', text: 'The share of imports rose by 3 pp.', want: [p('3 pp', 3, { unit: 'pp', direction: 'up', kind: 'change' })] },
  { kind: 'percentage', text: 'Its market share rose to 31% from 28%.', want: [p('31%', 31, { unit: '%' }), p('28%', 28, { unit: '%' })] },
];

export const ALL_PROBES: Probe[] = [...TONNAGE_PROBES, ...DATE_PROBES, ...PERCENT_PROBES];
