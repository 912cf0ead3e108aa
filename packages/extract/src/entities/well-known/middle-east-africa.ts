/**
 * Large companies of the Gulf states, the wider Middle East, North Africa and Sub-Saharan Africa as news
 * names them. `AMBIGUOUS` holds names that are also words, places or people's names: they are companies
 * only where the text gives a cue of its own.
 */
export const NAMES: readonly string[] = [
  // Saudi Arabia
  "Ma'aden", 'Maaden', 'Saudi Arabian Mining Company', 'Saudi Electricity', 'Saudi Electricity Company', 'Saudi Telecom', 'Saudi Telecom Company',
  'Mobily', 'Zain Group', 'Al Rajhi Bank', 'Saudi National Bank', 'Riyad Bank', 'Banque Saudi Fransi', 'Saudi British Bank', 'SABB', 'Alinma Bank',
  'Arab National Bank', 'Samba Financial', 'ACWA Power', 'Almarai', 'Savola', 'Savola Group', 'Bahri', 'Saudia', 'Saudi Arabian Airlines',
  'Flynas', 'flynas', 'Flyadeal', 'Riyadh Air', 'Red Sea Global', 'ROSHN', 'Saudi Binladin Group', 'Binladin Group', 'Kingdom Holding',
  'Kingdom Holding Company', 'Savvy Games', 'Savvy Games Group', 'Saudi Basic Industries', 'Saudi Basic Industries Corporation', 'Petro Rabigh',
  'Sipchem', 'Tasnee', 'Saudi Aramco Base Oil', 'Luberef', 'Americana Restaurants', 'Saudi Arabian Military Industries',
  // United Arab Emirates
  'Alshaya', 'Alshaya Group', 'Majid Al Futtaim', 'Al-Futtaim', 'Al Futtaim', 'Emaar Properties', 'Damac', 'DAMAC', 'Damac Properties', 'Aldar',
  'Aldar Properties', 'Nakheel', 'Meraas', 'Dubai Holding', 'Dubai World', 'Emirates NBD', 'First Abu Dhabi Bank', 'Abu Dhabi Commercial Bank', 'ADCB',
  'Dubai Islamic Bank', 'Mashreq', 'Mashreqbank', 'Abu Dhabi Islamic Bank', 'Emirates Islamic', 'Etisalat', 'Etisalat Group', 'Emirates Telecommunications',
  'Emirates Integrated Telecommunications', 'Emirates Airline', 'Emirates Group', 'Etihad Airways', 'flydubai', 'Flydubai', 'Air Arabia', 'dnata', 'Dnata',
  'Dubai Duty Free', 'AD Ports', 'AD Ports Group', 'Abu Dhabi Ports', 'Mubadala Investment Company', 'ADQ', 'Abu Dhabi Investment Authority', 'ADIA',
  'International Holding Company', 'G42', 'Masdar', 'TAQA', 'Abu Dhabi National Energy Company', 'ENEC', 'Emirates Nuclear Energy Corporation',
  'ADNOC Distribution', 'ADNOC Gas', 'ADNOC Drilling', 'Borouge', 'Fertiglobe', 'EGA', 'Dubal', 'Emirates Steel', 'Noon.com', 'Careem', 'Talabat',
  'Tabby', 'Kitopi', 'Anghami', 'Property Finder', 'Lulu Group', 'LuLu Hypermarket', 'Landmark Group', 'Jumeirah Group', 'Rotana', 'EDGE Group',
  'Edge Group', 'Tawazun', 'Arabtec', 'NMC Health', 'Abraaj', 'Abraaj Group', 'Dragon Oil', 'Crescent Petroleum', 'Dana Gas', 'Emirates National Oil Company',
  'ENOC', 'Gulftainer', 'Aramex PJSC', 'Air Arabia Group', 'Emirates SkyCargo', 'Dubai Aluminium', 'Mubadala Capital', 'Lunate', 'MGX',
  // Qatar, Kuwait, Bahrain, Oman
  'Qatar National Bank', 'QNB', 'QNB Group', 'Ooredoo', 'Qatar Investment Authority', 'Qatari Diar', 'Industries Qatar', 'Qatargas', 'RasGas',
  'Nakilat', 'Qatar Navigation', 'Milaha', 'Barwa', 'Ezdan', 'Commercial Bank of Qatar', 'Masraf Al Rayan', 'Doha Bank', 'beIN Media Group', 'beIN',
  'beIN Sports', 'Kuwait Petroleum Corporation', 'KPC', 'Kuwait Oil Company', 'National Bank of Kuwait', 'NBK', 'Kuwait Finance House', 'KFH',
  'Agility Logistics', 'Agility Public Warehousing', 'Kuwait Airways', 'Jazeera Airways', 'Alghanim Industries', 'Kuwait Investment Authority',
  'Bapco', 'Bapco Energies', 'Aluminium Bahrain', 'Gulf Air', 'Batelco', 'Ahli United Bank', 'Gulf International Bank', 'Arcapita', 'Investcorp',
  'OQ', 'Oman Oil', 'Petroleum Development Oman', 'Omantel', 'Bank Muscat', 'Oman Air', 'SalamAir', 'Oman LNG', 'Ooredoo Qatar',
  // Israel
  'Elbit Systems', 'Rafael Advanced Defense Systems', 'Israel Aerospace Industries', 'IAI', 'Israel Military Industries', 'IMI Systems', 'Bank Leumi',
  'Leumi', 'Bank Hapoalim', 'Hapoalim', 'Israel Discount Bank', 'Mizrahi Tefahot', 'First International Bank of Israel', 'ICL Group', 'Israel Chemicals',
  'Bezeq', 'Cellcom Israel', 'Partner Communications', 'El Al', 'El Al Israel Airlines', 'Israir', 'Arkia', 'Strauss Group', 'Osem', 'Tnuva',
  'Delek Group', 'Delek Drilling', 'NewMed Energy', 'Energean', 'Ratio Oil', 'Isramco', 'NICE Ltd', 'Nice Ltd', 'Amdocs', 'Monday.com', 'monday.com',
  'CyberArk', 'Taboola', 'Outbrain', 'ironSource', 'Playtika', 'Via Transportation', 'Gett', 'NSO Group', 'Candiru', 'Cellebrite', 'Black Cube',
  'Snyk', 'Armis', 'Orca Security', 'Cato Networks', 'Lightricks', 'Similarweb', 'Tower Semiconductor', 'Nova Measuring', 'Camtek', 'Elron',
  'Shikun & Binui', 'Azrieli Group', 'Africa Israel', 'Harel Insurance', 'Migdal Insurance', 'Clal Insurance', 'Super-Pharm', 'Shufersal', 'SodaStream',
  'Israel Electric Corporation', 'Mekorot', 'Egged', 'Teva Pharmaceutical Industries Ltd', 'Check Point Software Technologies', 'Wix.com Ltd',
  // Iran, Iraq, Levant, Egypt, North Africa
  'National Iranian Oil Company', 'NIOC', 'Iran Air', 'Mahan Air', 'Iran Khodro', 'SAIPA', 'MTN Irancell', 'Mobarakeh Steel', 'Iraqi Airways', 'SOMO',
  'Basra Oil Company', 'North Oil Company', 'EgyptAir', 'Commercial International Bank', 'Banque Misr', 'National Bank of Egypt',
  'Orascom', 'Orascom Construction', 'Orascom Telecom', 'Telecom Egypt', 'Elsewedy Electric', 'Talaat Moustafa', 'Talaat Moustafa Group',
  'Egyptian General Petroleum Corporation', 'EGPC', 'EGAS', 'Eastern Company', 'Juhayna', 'Edita', 'Fawry', 'Swvl', 'Ezz Steel', 'Palm Hills',
  'SODIC', 'Hassan Allam', 'Arab Contractors', 'Royal Jordanian', 'Arab Potash', 'Jordan Phosphate Mines', 'Arab Bank', 'Aramex', 'Middle East Airlines',
  'Bank Audi', 'BLOM Bank', 'Byblos Bank', 'OCP Group', 'Office Chérifien des Phosphates', 'Attijariwafa Bank', 'Attijariwafa', 'BMCE', 'Bank of Africa',
  'Banque Centrale Populaire', 'Maroc Telecom', 'Royal Air Maroc', 'Managem', 'Marsa Maroc', 'Akwa Group', 'Afriquia', 'Cosumar', 'Lesieur Cristal',
  'Sonatrach', 'Sonelgaz', 'Air Algérie', 'Air Algerie', 'Cevital', 'Tunisair', 'Poulina', 'Libyan National Oil Corporation',
  // Sub-Saharan Africa
  'MTN Group', 'Vodacom', 'Vodacom Group', 'Telkom SA', 'Cell C', 'Standard Bank', 'Standard Bank Group', 'FirstRand', 'First National Bank', 'Absa',
  'Absa Group', 'Nedbank', 'Capitec', 'Capitec Bank', 'Discovery Limited', 'Old Mutual', 'Sanlam', 'Liberty Holdings', 'Santam', 'Eskom', 'Transnet',
  'Denel', 'South African Airways', 'Airlink', 'FlySafair', 'Comair', 'Kulula', 'Mango Airlines', 'Anglo American Platinum', 'Amplats',
  'Valterra Platinum', 'Kumba Iron Ore', 'Exxaro', 'Exxaro Resources', 'Harmony Gold', 'Sibanye Stillwater', 'Sibanye', 'Northam Platinum',
  'African Rainbow Minerals', 'Assore', 'Seriti Resources', 'Thungela', 'Thungela Resources', 'ArcelorMittal South Africa', 'Highveld Steel',
  'Shoprite', 'Shoprite Holdings', 'Pick n Pay', 'Woolworths Holdings', 'Spar Group', 'Massmart', 'Mr Price', 'Truworths', 'The Foschini Group',
  'Pepkor', 'Steinhoff', 'Steinhoff International', 'Clicks Group', 'Dis-Chem', 'Tiger Brands', 'Pioneer Foods', 'RCL Foods', 'Astral Foods',
  'Distell', 'South African Breweries', 'SABMiller', 'Remgro', 'Bidvest', 'Barloworld', 'Imperial Logistics', 'Aspen Pharmacare', 'Netcare',
  'Mediclinic', 'Life Healthcare', 'MultiChoice', 'DStv', 'Showmax', 'Media24', 'Sun International', 'Tsogo Sun', 'City Lodge', 'Growthpoint',
  'Redefine Properties', 'Murray & Roberts', 'Aveng', 'WBHO', 'Raubex', 'PPC Ltd', 'Sappi', 'Omnia Holdings', 'AECI', 'Sasol Ltd', 'DRDGold',
  'Pan African Resources', 'Royal Bafokeng Platinum', 'Sylvania Platinum', 'Tharisa', 'Takealot', 'Yoco', 'TymeBank', 'Jumia', 'Interswitch',
  'Flutterwave', 'Paystack', 'OPay', 'Opay', 'PalmPay', 'Moniepoint', 'Andela', 'Chipper Cash', 'Safaricom', 'Equity Bank', 'Equity Group',
  'KCB Group', 'Kenya Commercial Bank', 'Co-operative Bank of Kenya', 'East African Breweries', 'EABL', 'Kenya Airways', 'Kenya Power', 'KenGen',
  'Bamburi Cement', 'Twiga Foods', 'M-Kopa', 'Dangote Group', 'Dangote Cement', 'Dangote Refinery', 'Dangote Industries', 'BUA Group', 'NNPC',
  'NNPC Ltd', 'Nigerian National Petroleum Corporation', 'Nigerian National Petroleum Company', 'Seplat', 'Seplat Energy', 'Oando', 'Aiteo',
  'Heirs Holdings', 'Transcorp', 'Zenith Bank', 'Access Bank', 'Access Holdings', 'GTBank', 'Guaranty Trust Bank', 'GTCO', 'First Bank of Nigeria',
  'FirstBank', 'United Bank for Africa', 'UBA', 'Ecobank', 'Stanbic IBTC', 'Airtel Africa', 'Globacom', '9mobile', 'Nigerian Breweries',
  'Guinness Nigeria', 'Flour Mills of Nigeria', 'Air Peace', 'Arik Air', 'Dana Air', 'Ibom Air', 'Ethiopian Airlines', 'Ethio Telecom',
  'Ethiopian Electric Power', 'RwandAir', 'Uganda Airlines', 'Ghana National Petroleum Corporation', 'GNPC', 'Asante Gold', 'Air Tanzania',
  'ZCCM', 'Zambia Consolidated Copper Mines', 'Konkola Copper Mines', 'Mopani Copper Mines', 'Gécamines', 'Gecamines', 'Kamoto Copper',
  'Kamoto Copper Company', 'Sonangol', 'Endiama', 'TAAG Angola Airlines', 'Air Mauritius', 'Mauritius Commercial Bank', 'Air Seychelles',
  'Air Namibia', 'Namdeb', 'Debswana', 'Okavango Diamond Company', 'Air Zimbabwe', 'Econet Wireless', 'Zimplats', 'Air Senegal', 'Sonatel',
  'Sifca', 'Kenmare Resources', 'Base Resources', 'Resolute Mining', 'Sierra Rutile', 'Randgold', 'Randgold Resources', 'Acacia Mining',
  'Lucara Diamond', 'Gem Diamonds', 'Firestone Diamonds', 'Winning Consortium Simandou', 'Société Minière de Boké', 'Compagnie des Bauxites de Guinée',
  'Petra Diamonds Ltd', 'Anglo American Platinum Ltd', 'Naspers Ltd', 'MTN Nigeria', 'Safaricom PLC', 'Ethiopian Airlines Group',
];

export const AMBIGUOUS: readonly string[] = [
  'STC', 'Al Rajhi', 'Noon', 'IHC', 'Agility', 'Alba', 'Alghanim', 'Americana', 'Wiz', 'Migdal',
  'Clal', 'CIB', 'OCP', 'Telkom', 'SAA', 'Kumba', 'Aspen', 'SAB', 'M-Pesa', 'Dangote', 'BUA', 'Glo', 'Econet', 'Stanbic',
  'Kuda', 'Unitel', 'Omnia', 'Edita', 'Gett', 'Egged', 'Bahri', 'Absa',
  // written as a word, a place or a person's name too
  'Mashreq', 'Tabby', 'beIN', 'OQ', 'EGA',
  // common phrases as well as names
  'International Holding Company', 'Eastern Company',
];
