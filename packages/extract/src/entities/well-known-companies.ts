/**
 * Large companies that general news names without a legal form, written from general knowledge (the
 * biggest listed firms and best-known brands by sector). A name here is still dropped where the text
 * says otherwise (a place, a person, a common word at the start of a sentence).
 */
const BY_SECTOR = [
  // technology, internet, media
  'Google', 'Alphabet', 'Amazon', 'Facebook', 'Meta', 'Microsoft', 'Apple', 'Netflix', 'IBM', 'Oracle', 'Cisco', 'Dell', 'HP',
  'Hewlett-Packard', 'Lenovo', 'Xiaomi', 'Oppo', 'Vivo', 'Sony', 'LG', 'Nokia', 'Ericsson', 'Qualcomm', 'AMD', 'Broadcom',
  'Micron', 'Texas Instruments', 'SK Hynix', 'ASML', 'Arm', 'Salesforce', 'SAP', 'Adobe', 'PayPal', 'eBay', 'Alibaba', 'Tencent',
  'Baidu', 'JD.com', 'ByteDance', 'TikTok', 'Twitter', 'Snap', 'Pinterest', 'LinkedIn', 'Spotify', 'Uber', 'Lyft', 'Airbnb',
  'DoorDash', 'Instacart', 'Shopify', 'Zoom', 'Slack', 'Dropbox', 'Yahoo', 'AOL', 'Intel', 'Nvidia', 'OpenAI', 'Anthropic',
  'SpaceX', 'Blue Origin', 'Palantir', 'Snowflake', 'Stripe', 'Square', 'Block', 'Coinbase', 'Robinhood', 'WeWork', 'Disney',
  'Walt Disney', 'Comcast', 'NBCUniversal', 'Warner Bros', 'WarnerMedia', 'Time Warner', 'ViacomCBS', 'Paramount', 'Viacom',
  'HBO', 'Hulu', 'NBC', 'ABC', 'CBS', 'Fox', 'News Corp', 'Vodafone', 'Verizon', 'AT&T', 'T-Mobile', 'Sprint', 'Deutsche Telekom',
  'Orange', 'Telefonica', 'BT', 'China Mobile', 'Nintendo', 'Electronic Arts', 'Activision Blizzard', 'Ubisoft', 'Valve',
  'Epic Games', 'Foxconn', 'Pegatron', 'Samsung Electronics', 'Canon', 'Nikon', 'Fujitsu', 'NEC', 'Toshiba', 'Sharp',
  'Philips', 'Western Digital', 'Seagate', 'Logitech', 'GoPro', 'Fitbit', 'Garmin', 'Tesla', 'Rivian', 'Lucid',
  // retail, consumer goods, food
  'Walmart', 'Target', 'Costco', 'Kroger', 'Home Depot', "Lowe's", 'Best Buy', "Macy's", 'Nordstrom', 'Kohl’s', 'Gap', 'Zara',
  'Inditex', 'H&M', 'Ikea', 'Tesco', 'Sainsbury', "Sainsbury's", 'Carrefour', 'Aldi', 'Lidl', 'Ahold Delhaize', 'Nike', 'Adidas',
  'Puma', 'Under Armour', 'Starbucks', "McDonald's", 'Burger King', 'KFC', 'Subway', 'Domino’s', 'Coca-Cola', 'PepsiCo', 'Pepsi',
  'Nestlé', 'Nestle', 'Unilever', 'Procter & Gamble', 'P&G', 'Johnson & Johnson', 'Colgate-Palmolive', "L'Oréal", 'Danone',
  'Kraft Heinz', 'Mondelez', "Kellogg's", 'Kellogg', 'General Mills', 'Ferrero', 'Heineken', 'AB InBev',
  'Anheuser-Busch', 'Diageo', 'Carlsberg', 'Tyson Foods', 'Cargill', 'Walgreens', 'CVS', 'LVMH', 'Gucci', 'Kering', 'Hermès',
  'Prada', 'Burberry', 'Estée Lauder',
  // finance and professional services
  'Citibank', 'Wells Fargo', 'Charles Schwab', 'Fidelity', 'State Street', 'American Express', 'Visa', 'Mastercard',
  'Credit Suisse', 'Santander', 'Lloyds', 'NatWest', 'ING', 'Société Générale', 'Commerzbank', 'Mizuho', 'SoftBank', 'Berkshire Hathaway',
  'Blackstone', 'KKR', 'Carlyle', 'Carlyle Group', 'Apollo', 'Bridgewater', 'Citadel', 'Allianz', 'AXA', 'Prudential', 'MetLife',
  'AIG', 'Zurich', 'Moody’s', "Moody's", 'S&P Global', 'Fitch', 'MSCI', 'Nasdaq Inc', 'Deloitte', 'PwC', 'EY', 'Ernst & Young',
  'KPMG', 'McKinsey', 'Accenture', 'Boston Consulting Group', 'Bain', 'Gartner', 'Nielsen',
  // energy, industry, transport, health
  'ExxonMobil', 'Exxon', 'Chevron', 'Shell', 'BP', 'TotalEnergies', 'Total', 'Eni', 'Equinor', 'Saudi Aramco', 'Aramco',
  'Gazprom', 'Rosneft', 'Lukoil', 'Sinopec', 'PetroChina', 'CNOOC', 'Petrobras', 'ConocoPhillips', 'Occidental', 'Halliburton',
  'Schlumberger', 'Baker Hughes', 'Enel', 'Iberdrola', 'EDF', 'Engie', 'E.ON', 'RWE', 'Duke Energy', 'NextEra', 'ArcelorMittal',
  'Nippon Steel', 'POSCO', 'Tata Steel', 'Thyssenkrupp', 'US Steel', 'Nucor', 'JSW Steel', 'Honeywell', '3M', 'Caterpillar',
  'Deere', 'John Deere', 'Komatsu', 'ABB', 'Schneider Electric', 'Rolls-Royce', 'Safran', 'Embraer', 'Bombardier', 'Northrop Grumman',
  'General Dynamics', 'BAE Systems', 'Thales', 'Leonardo', 'Volvo', 'Renault', 'Peugeot', 'Fiat', 'Chrysler', 'Ferrari', 'Porsche',
  'Audi', 'Jaguar Land Rover', 'Kia', 'Mazda', 'Subaru', 'Suzuki', 'Mitsubishi Motors', 'Geely', 'Great Wall', 'Tata Motors',
  'Mahindra', 'Maruti Suzuki', 'FedEx', 'UPS', 'DHL', 'Maersk', 'Delta Air Lines', 'United Airlines', 'American Airlines',
  'Southwest Airlines', 'Lufthansa', 'Air France', 'KLM', 'British Airways', 'Ryanair', 'easyJet', 'Emirates', 'Qantas',
  'Pfizer', 'Moderna', 'AstraZeneca', 'Novartis', 'Roche', 'Sanofi', 'GlaxoSmithKline', 'GSK', 'Merck', 'Bayer', 'BASF', 'Dow',
  'DuPont', 'Eli Lilly', 'AbbVie', 'Bristol-Myers Squibb', 'Amgen', 'Gilead', 'Novo Nordisk', 'Medtronic', 'UnitedHealth',
  'Reliance Industries', 'Reliance', 'Tata', 'Infosys', 'Wipro', 'Adani', 'Hyundai Motor', 'Samsung Group',
];

/** Names that are also common words or places: only a company where it is not the first word of a sentence. */
export const AMBIGUOUS_NAMES = new Set(['apple', 'amazon', 'target', 'gap', 'shell', 'visa', 'oracle', 'fox', 'square', 'block',
  'orange', 'sprint', 'mars', 'total', 'delta', 'zoom', 'slack', 'arm', 'snap', 'valve', 'subway', 'reliance', 'apollo', 'zurich',
  'caterpillar', 'meta', 'dow', 'leonardo', 'bain', 'lucid', 'sharp', 'fidelity', 'citadel', 'mercury', 'puma', 'vivo', 'merck', 'tata']);

export const WELL_KNOWN_COMPANIES: readonly string[] = BY_SECTOR;
