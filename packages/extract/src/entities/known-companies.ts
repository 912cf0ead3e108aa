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
  // short forms trade news uses for the largest Chinese producers, and state groups of metals, energy, food and shipping
  'Ganfeng', 'Tianqi', 'Zijin', 'Huayou', 'Huayou Cobalt', 'Northern Rare Earth', 'China Minmetals', 'China Baowu', 'Ansteel',
  'HBIS', 'Hesteel', 'Shougang', 'Shagang', 'China Molybdenum', 'China Hongqiao', 'Jinchuan', 'Tsingshan', 'Tongling Nonferrous',
  'Yunnan Tin', 'CNPC', 'COFCO', 'China Shenhua', 'CNNC', 'CSSC', 'Sinotrans', 'CRRC', 'Goldwind', 'LONGi', 'Tongwei',
  'Trina Solar', 'JA Solar', 'Canadian Solar', 'Zeekr', 'Leapmotor',
  // battery makers
  'Samsung SDI', 'SK On', 'Northvolt', 'AESC', 'Envision AESC', 'Farasis', 'Gotion', 'Gotion High-Tech', 'CALB', 'Sunwoda', 'SVOLT',
  // miners and refiners
  'Polyus', 'Livent', 'Lithium Americas', 'Liontown', 'Ivanhoe Mines', 'Kinross', 'Agnico Eagle', 'Gold Fields', 'AngloGold Ashanti',
  'Sibanye-Stillwater', 'Impala Platinum', 'Implats', 'Kazatomprom', 'Cameco', 'Orano', 'Hindalco', 'Hindustan Zinc', 'NMDC', 'Adaro',
  'Boliden', 'Hudbay', 'Norsk Hydro', 'Century Aluminum', 'Emirates Global Aluminium', 'Jervois', 'MMG', 'Iluka', 'Pensana',
  // commodity traders, steelmakers, chemical makers, shipping lines and farm-goods groups
  'Vitol', 'Gunvor', 'Mercuria', 'Viterra', 'Cleveland-Cliffs', 'SSAB', 'Voestalpine', 'Gerdau', 'Severstal', 'NLMK', 'Evraz',
  'Outokumpu', 'Aperam', 'Ternium', 'Erdemir', 'Ineos', 'INEOS', 'Formosa Plastics', 'Arkema', 'Clariant', 'Chemours', 'Uralkali',
  'Evergreen Marine', 'Euronav', 'Star Bulk', 'Clarksons', 'CNH Industrial', 'AGCO', 'Marfrig', 'Fonterra',
];
