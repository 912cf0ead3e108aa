/**
 * Companies often named without a legal form in critical-minerals and industry news, lower-case name ->
 * canonical name. A short list of well-known names; anything else needs a suffix or a context.
 */
export const KNOWN_COMPANY_NAMES: readonly string[] = [
  'Lynas', 'Lynas Rare Earths', 'MP Materials', 'Iluka Resources', 'Arafura Rare Earths', 'Energy Fuels', 'USA Rare Earth',
  'Neo Performance Materials', 'China Northern Rare Earth', 'China Rare Earth Group', 'Shenghe Resources', 'JL Mag',
  'Ningbo Yunsheng', 'Vacuumschmelze', 'Proterial', 'Hitachi Metals', 'Shin-Etsu', 'TDK', 'Solvay', 'Noveon Magnetics',
  'Niron Magnetics', 'Ucore', 'Rio Tinto', 'BHP', 'Glencore', 'Vale', 'Anglo American', 'Albemarle', 'SQM', 'Ganfeng Lithium',
  'Tianqi Lithium', 'Pilbara Minerals', 'Umicore', 'CATL', 'BYD', 'LG Energy Solution', 'Panasonic', 'Samsung', 'Tesla', 'Ford',
  'General Motors', 'GM', 'Toyota', 'Volkswagen', 'BMW', 'Mercedes-Benz', 'Stellantis', 'Hyundai', 'Nissan', 'Honda', 'Apple',
  'Microsoft', 'Nvidia', 'Intel', 'TSMC', 'Huawei', 'Bosch', 'Siemens', 'General Electric', 'GE', 'Lockheed Martin', 'Raytheon',
  'Boeing', 'Airbus', 'Freeport-McMoRan', 'Zijin Mining', 'CMOC', 'Chinalco', 'Minmetals', 'Sinosteel', 'Baowu', 'Nyrstar',
  'Korea Zinc', 'Teck', 'Codelco', 'Nornickel', 'Eramet', 'Trafigura', 'Mitsubishi', 'Sojitz', 'JPMorgan Chase', 'JPMorgan',
  'Goldman Sachs', 'Morgan Stanley', 'Citigroup', 'Citi', 'Bank of America', 'HSBC', 'UBS', 'Barclays', 'BlackRock', 'Vanguard',
  'Macquarie', 'Nomura', 'Deutsche Bank', 'BNP Paribas', 'Standard Chartered', 'Glencore', 'Mitsui', 'Itochu', 'Marubeni',
  'Sumitomo', 'Hitachi', 'Denso', 'Bosch', 'Continental', 'ZF', 'Nidec', 'Vale', 'Alcoa', 'Rusal', 'Chalco', 'Arcadium Lithium',
  'Rio Tinto', 'Fortescue', 'Hastings Technology Metals', 'Australian Strategic Materials', 'Mkango', 'Rainbow Rare Earths',
];
