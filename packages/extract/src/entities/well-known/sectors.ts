/**
 * Companies that news names across borders, by sector rather than by country: shipping and logistics, chips,
 * defence, start-ups of the 2010s and 2020s, restaurant chains and consumer brands. `AMBIGUOUS` holds names
 * that are also words or people's names: they are companies only where the text gives a cue of its own.
 */
export const NAMES: readonly string[] = [
  // shipping lines, owners, brokers, analysts, ports and forwarders
  'Mediterranean Shipping Company', 'MSC Mediterranean Shipping', 'ZIM Integrated Shipping', 'SM Line', 'X-Press Feeders', 'Sea-Intelligence', 'Drewry',
  'Alphaliner', 'Xeneta', 'Vortexa', 'Kpler', 'MarineTraffic', 'Braemar', 'Simpson Spence Young', 'Gibson Shipbrokers', 'Poten & Partners', 'Teekay',
  'Teekay Tankers', 'Scorpio Tankers', 'Scorpio Bulkers', 'DHT Holdings', 'International Seaways', 'Genco Shipping', 'Eagle Bulk', 'Navios Maritime Partners',
  'Seaspan', 'Flex LNG', 'Golar LNG', 'Höegh LNG', 'Hoegh LNG', 'Crowley Maritime', 'Tote Maritime', 'Pasha Hawaii', 'Interlake Steamship',
  'American Commercial Barge Line', 'Ingram Barge', 'Stena Bulk', 'Frontline plc', 'Minerva Marine', 'Dynacom', 'Angelicoussis Shipping Group',
  'Maran Tankers', 'Thenamaris', 'Capital Ship Management', 'SFL Corp', 'Ship Finance International', 'Seacor', 'Tidewater', 'Solstad', 'Bumi Armada',
  'Yinson', 'MODEC', 'Modec', 'Allseas', 'Heerema', 'Great Lakes Dredge & Dock', 'Svitzer', 'APM Terminals', 'SSA Marine', 'Ports America',
  'DSV Panalpina', 'Panalpina', 'Kerry Logistics', 'CEVA Logistics', 'Yusen Logistics', 'Hellmann Worldwide Logistics', 'Rhenus', 'Dachser',
  'DHL Supply Chain', 'DHL Global Forwarding', 'Maersk Logistics', 'Echo Global Logistics', 'Coyote Logistics', 'Total Quality Logistics', 'Transplace',
  'project44', 'Project44', 'FourKites', 'Freightos', 'Forto', 'Sennder', 'Transfix', 'Loadsmart', 'Hapag', 'Evergreen Line', 'HMM Co',
  'Hyundai Merchant Marine Co', 'Yang Ming Marine Transport', 'Pacific Basin', 'Pacific Basin Shipping', 'Cosco Shipping Lines', 'China Shipping',
  'China COSCO Shipping', 'MSC Group', 'Grimaldi Lines', 'Wallenius', 'Wilhelmsen', 'NYK', 'Nippon Yusen Kaisha', 'MOL Group Japan',
  // semiconductors and electronics beyond the national lists
  'Arm Ltd', 'Qualcomm Technologies', 'Nuvia', 'Annapurna Labs', 'Tenstorrent', 'Lightmatter', 'Ayar Labs', 'Celestial AI', 'd-Matrix',
  'Untether AI', 'Rivos', 'Ampere Computing', 'Habana Labs', 'Altera', 'Mellanox', 'Nuvoton', 'Silicon Motion', 'Phison', 'X-Fab', 'Elmos Semiconductor',
  'Melexis', 'ams Osram', 'ams-OSRAM', 'Osram', 'IQE', 'Alphawave', 'Alphawave IP', 'Navitas', 'Navitas Semiconductor', 'Power Integrations', 'Vishay',
  'Diodes Inc', 'Allegro MicroSystems', 'Semtech', 'MaxLinear', 'Rambus', 'Credo Technology', 'Impinj', 'FormFactor', 'Photronics', 'Ultra Clean',
  'Ichor', 'Cohu', 'ACM Research', 'Veeco', 'Gigaphoton', 'Cymer', 'Tokyo Ohka Kogyo', 'Soulbrain', 'Wolfspeed Inc', 'Intel Foundry', 'Samsung Semiconductor',
  'Texas Instruments Inc', 'NXP Semiconductors NV', 'Infineon Technologies AG', 'STMicroelectronics NV', 'Renesas Electronics Corp', 
  'Analog Devices Inc', 'Marvell Technology', 'Broadcom Corp', 'Avago', 'Avago Technologies', 'Freescale', 'Fairchild Semiconductor', 'Spansion',
  'Cypress Semiconductor', 'Maxim Integrated', 'Linear Technology', 'Atmel', 'Intersil', 'Xilinx Inc', 'Micron Technology Inc',
  // defence, aerospace and security
  'General Atomics', 'Textron Systems', 'BAE Systems Inc', 'L3 Technologies', 'Harris Corp', 'Harris Corporation', 'Rockwell Collins', 'Milrem Robotics',
  'Rheinmetall AG', 'Hanwha Defense', 'Poongsan', 'Avibras', 'Kockums', 'Austal', 'Electric Boat', 'General Dynamics Electric Boat',
  'Newport News Shipbuilding', 'Bath Iron Works', 'Saronic', 'Helsing', 'Quantum Systems', 'Pindad', 'PT Pindad', 'FN Herstal', 'Česká zbrojovka',
  'Colt Canada', 'Kalashnikov Concern', 'Thales Alenia', 'Safran Aircraft Engines', 'Rolls-Royce Power Systems', 'GE Aerospace Inc', 'Embraer Defense',
  'Elbit America', 'Lockheed Martin Space', 'Boeing Defense', 'Boeing Commercial Airplanes', 'Airbus Helicopters', 'Airbus Defence and Space',
  'Leonardo Helicopters', 'AgustaWestland', 'Eurocopter', 'Sikorsky Aircraft', 'Bell Textron Inc', 'Pilatus', 'Pilatus Aircraft', 'ATR Aircraft',
  'De Havilland Canada', 'Viking Air', 'Comac', 'Mitsubishi SpaceJet', 'Irkut Corporation', 'Tupolev PJSC', 'Antonov Company',
  // start-ups and tech firms news named in the 2010s and 2020s
  'Jet.com', 'Blue Bottle Coffee', 'Casper Sleep', 'Rent the Runway', 'Houzz', 'Zapier', 'Calendly', 'Typeform', 'Rippling', 'Deel', 'TransferWise',
  'Rapyd', 'Bird Global', 'Offerpad', 'Divvy Homes', 'Vacasa', 'Skyscanner', 'Trivago', 'GetYourGuide', 'Klook', 'Wolt', 'Jokr', 'Depop', 'Vinted',
  'StockX', 'Mytheresa', 'Matchesfashion', 'Net-a-Porter', 'Yoox Net-a-Porter', 'Ssense', 'Gymshark', 'Away Travel', 'Strava', 'Headspace', 'Noom',
  'Flatiron Health', 'Ancestry.com', 'Recursion Pharmaceuticals', 'Insitro', 'Isomorphic Labs', 'Terraform Labs', 'Dapper Labs', 'Yuga Labs',
  'Sky Mavis', 'Solana Labs', 'Polygon Labs', 'Bitpanda', 'Blockchain.com', 'Bitso', 'Luno', 'WazirX', 'CoinDCX', 'CoinSwitch', 'BeReal', 'Parler',
  'Gettr', 'Trump Media & Technology Group', 'Trump Media', 'BigCommerce', 'Klaviyo', 'Gorgias', 'SumUp', 'Chargebee', 'Salesloft', 'ZoomInfo',
  'Apollo.io', 'Clearbit', 'Mixpanel', 'Pendo', 'FullStory', 'Hotjar', 'Optimizely', 'LaunchDarkly', 'PagerDuty', 'Vercel', 'Netlify', 'Supabase',
  'Replit', 'Anysphere', 'Cognition AI', 'Codeium', 'Tabnine', 'Sourcegraph', 'ClickUp', 'Smartsheet', 'Vonage', 'MessageBird', 'Auth0',
  'Ping Identity', 'SailPoint', '1Password', 'LastPass', 'Dashlane', 'NordVPN', 'Nord Security', 'ExpressVPN', 'Kape Technologies', 'Proton AG',
  'Fastly', 'DigitalOcean', 'Linode', 'Rackspace', 'OVHcloud', 'Hetzner', 'Scaleway', 'Lacework', 'Tanium', 'Illumio', 'Abnormal Security',
  'Arctic Wolf', 'Recorded Future', 'Dragos', 'Claroty', 'Axonius', 'Netskope', 'Sophos', 'ESET', 'Mistral AI SAS', 'Inflection AI', 
  'Reka AI', 'Aleph Alpha GmbH', 'Physical Intelligence', 'Skild AI', 'World Labs', 'Magic AI', 'Harvey AI', 
  'Jasper AI', 'Writer Inc', 'ElevenLabs', 'Suno', 'Pika Labs', 'Luma AI', 'Black Forest Labs', 'Ideogram', 'Synthesia Ltd', 
  'Kuaishou Technology', 'Zhipu', 'Rabbit Inc', 'Humane Inc', 'Nothing Technology', 'Fairphone', 'Framework Computer', 'Teenage Engineering',
  'Boston Dynamics Inc', 'Sarcos', 'Apptronik', '1X Technologies', 'Sanctuary AI', 'Agility Robotics Inc', 'ABL Space', 'Astranis',
  'Varda Space', 'Stoke Space', 'Impulse Space', 'Gilmour Space', 'Skyroot Aerospace', 'Agnikul', 'LandSpace', 'Galactic Energy',
  'iSpace', 'Space Pioneer', 'ispace', 'Kayhan Space', 'Exotrail', 'D-Orbit', 'ICEYE', 'Capella Space', 'HawkEye 360', 'Satellogic Inc',
  // restaurant chains and cafés beyond the national lists
  'Caffè Nero', 'Caffe Nero', 'Le Pain Quotidien', 'Vapiano', 'Itsu', 'Yo! Sushi', 'Pizza Express', 'PizzaExpress', 'Zizzi', 'Prezzo',
  "Frankie & Benny's", 'TGI Fridays', "TGI Friday's", 'Hooters', 'Benihana', "P.F. Chang's", 'Red Robin', 'Ruby Tuesday', "Cheddar's",
  'Golden Corral', 'Bob Evans', 'Waffle House', "Marie Callender's", 'Boston Market', 'Potbelly', "Jersey Mike's", "Jimmy John's", 'Firehouse Subs',
  'Blaze Pizza', 'MOD Pizza', "Marco's Pizza", 'Sbarro', "Auntie Anne's", 'Cinnabon', "Long John Silver's", "Captain D's", 'Del Taco', 'Taco Bueno',
  "Torchy's Tacos", "Freddy's Frozen Custard", "Portillo's", 'Smashburger', 'Habit Burger', 'Fatburger', 'Johnny Rockets', 'Sonic Drive-In',
  'Jamba Juice', 'Smoothie King', 'Tropical Smoothie Cafe', 'Cold Stone Creamery', 'Insomnia Cookies', 'Crumbl', 'Crumbl Cookies', "Peet's Coffee",
  'Caribou Coffee', 'Second Cup', "Gloria Jean's", 'Coffee Bean & Tea Leaf', 'Tous les Jours', 'Mos Burger', 'Yoshinoya', 'Sukiya', 'Zensho',
  'Matsuya Foods', 'Ichiran', 'Ippudo', 'Din Tai Fung', 'CoCo Ichibanya', 'Saizeriya', 'Skylark Holdings', 'Colowide', 'Kura Sushi', 'Sushiro',
  'Food & Life Companies', 'Xiabuxiabu', 'Chowking', 'Mang Inasal', 'Jollibee Foods Corp', 'Pollo Campero', 'Telepizza', 'Burger King Corp',
  "McDonald's Corporation", 'Starbucks Corporation', 'Subway Restaurants', "Domino's Pizza Inc", 'Pizza Hut LLC', 'KFC Corp',
  // consumer brands and makers beyond the national lists
  'Mars Incorporated', 'Mondelēz International', 'Kraft Heinz Company', 'Procter & Gamble Co', 'Unilever PLC', 'Nestlé Purina',
  
  'MAC Cosmetics', 
  'Fenty Beauty', 'Rare Beauty', 'Kylie Cosmetics', 'Huda Beauty', 'Charlotte Tilbury', 'Deciem', 'La Roche-Posay',
  'Olaplex', 'e.l.f. Beauty', 'elf Beauty', 'Elf Beauty', 'Bath & Body Works Inc', 'Hydro Flask Inc',
  'Lavazza Group', 'Heineken Group',
  'Carlsberg A/S', 'Asahi Group Holdings', 'Kirin Brewery', 'Suntory Beverage & Food', 
  'Bacardi Limited', 'Campari Group', 
  'Mark Anthony Brands', 'Athletic Brewing', 'Celsius Holdings', 'Prime Hydration', 
  'Innocent Drinks', 'Oatly', 'Alpro', 'Quorn', 'Eat Just', 'Upside Foods', 'Mosa Meat', 'Aleph Farms', 'Vital Farms', 'Cal-Maine',
  'Cal-Maine Foods', 'Beyond Meat Inc',
];

export const AMBIGUOUS: readonly string[] = [
  'Zim', 'ZIM', 'Agility', 'Glock', 'Beretta', 'Cree', 'Wiz', 'Vroom', 'Gorillas', 'Oura', 'Pret', 'Perkins', 'Suno', 'Luno',
  'Deel', 'Noom', 'Crumbl', 'Hooters', 'Pilatus', 'Drewry', 'Braemar', 'Seacor', 'Tidewater', 'Navitas', 'Wolt',
  // written as a word, a place or a person's name too
  'Ichor', 'Headspace', 'Potbelly', 'Parler',
  // common phrases as well as names
  'Pacific Basin', 'Physical Intelligence', 'Quantum Systems',
];
