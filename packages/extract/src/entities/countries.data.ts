/**
 * Countries: ISO 3166-1 alpha-2 | names and short forms | demonyms | capital (read as the state only when
 * it acts: "Beijing's curbs", "Washington pushes"). Hand-compiled; names that are also common words or
 * given names are flagged in AMBIGUOUS (countries.ts).
 */
export const COUNTRY_TABLE = `
AF|Afghanistan|Afghan|Kabul
AL|Albania|Albanian|Tirana
DZ|Algeria|Algerian|Algiers
AO|Angola|Angolan|Luanda
AR|Argentina|Argentine,Argentinian|Buenos Aires
AM|Armenia|Armenian|Yerevan
AU|Australia|Australian|Canberra
AT|Austria|Austrian|Vienna
AZ|Azerbaijan|Azerbaijani,Azeri|Baku
BH|Bahrain|Bahraini|Manama
BD|Bangladesh|Bangladeshi|Dhaka
BY|Belarus|Belarusian|Minsk
BE|Belgium|Belgian|
BJ|Benin|Beninese|
BO|Bolivia|Bolivian|La Paz
BA|Bosnia and Herzegovina,Bosnia|Bosnian|Sarajevo
BW|Botswana|Botswanan|Gaborone
BR|Brazil|Brazilian|Brasilia
BN|Brunei|Bruneian|
BG|Bulgaria|Bulgarian|Sofia
BF|Burkina Faso|Burkinabe|Ouagadougou
BI|Burundi|Burundian|
KH|Cambodia|Cambodian|Phnom Penh
CM|Cameroon|Cameroonian|Yaounde
CA|Canada|Canadian|Ottawa
CF|Central African Republic|Central African|Bangui
TD|Chad|Chadian|N'Djamena
CL|Chile|Chilean|Santiago
CN|China,People's Republic of China,PRC,Mainland China|Chinese|Beijing
CO|Colombia|Colombian|Bogota
CD|Democratic Republic of the Congo,Democratic Republic of Congo,DR Congo,DRC,Congo-Kinshasa,Congo|Congolese|Kinshasa
CG|Republic of the Congo,Congo-Brazzaville||Brazzaville
CR|Costa Rica|Costa Rican|San Jose
CI|Ivory Coast,Cote d'Ivoire|Ivorian|Abidjan
HR|Croatia|Croatian|Zagreb
CU|Cuba|Cuban|Havana
CY|Cyprus|Cypriot|Nicosia
CZ|Czech Republic,Czechia|Czech|Prague
DK|Denmark|Danish|Copenhagen
DO|Dominican Republic|Dominican|Santo Domingo
EC|Ecuador|Ecuadorian|Quito
EG|Egypt|Egyptian|Cairo
SV|El Salvador|Salvadoran|San Salvador
EE|Estonia|Estonian|Tallinn
ET|Ethiopia|Ethiopian|Addis Ababa
FI|Finland|Finnish|Helsinki
FR|France|French|Paris
GA|Gabon|Gabonese|Libreville
GE|Georgia|Georgian|Tbilisi
DE|Germany|German|Berlin
GH|Ghana|Ghanaian|Accra
GR|Greece|Greek|Athens
GT|Guatemala|Guatemalan|
GN|Guinea|Guinean|Conakry
GY|Guyana|Guyanese|Georgetown
HT|Haiti|Haitian|Port-au-Prince
HN|Honduras|Honduran|Tegucigalpa
HK|Hong Kong||
HU|Hungary|Hungarian|Budapest
IS|Iceland|Icelandic|Reykjavik
IN|India|Indian|New Delhi
ID|Indonesia|Indonesian|Jakarta
IR|Iran|Iranian|Tehran
IQ|Iraq|Iraqi|Baghdad
IE|Ireland|Irish|Dublin
IL|Israel|Israeli|
IT|Italy|Italian|Rome
JM|Jamaica|Jamaican|Kingston
JP|Japan|Japanese|Tokyo
JO|Jordan|Jordanian|Amman
KZ|Kazakhstan|Kazakh,Kazakhstani|Astana
KE|Kenya|Kenyan|Nairobi
KP|North Korea,DPRK,Democratic People's Republic of Korea|North Korean|Pyongyang
KR|South Korea,Republic of Korea,ROK,Korea|South Korean,Korean|Seoul
KW|Kuwait|Kuwaiti|
KG|Kyrgyzstan|Kyrgyz|Bishkek
LA|Laos|Lao,Laotian|Vientiane
LV|Latvia|Latvian|Riga
LB|Lebanon|Lebanese|Beirut
LY|Libya|Libyan|Tripoli
LT|Lithuania|Lithuanian|Vilnius
LU|Luxembourg|Luxembourgish|
MG|Madagascar|Malagasy|Antananarivo
MW|Malawi|Malawian|Lilongwe
MY|Malaysia|Malaysian|Kuala Lumpur
ML|Mali|Malian|Bamako
MT|Malta|Maltese|Valletta
MR|Mauritania|Mauritanian|Nouakchott
MX|Mexico|Mexican|Mexico City
MD|Moldova|Moldovan|Chisinau
MN|Mongolia|Mongolian|Ulaanbaatar
ME|Montenegro|Montenegrin|Podgorica
MA|Morocco|Moroccan|Rabat
MZ|Mozambique|Mozambican|Maputo
MM|Myanmar,Burma|Myanmarese,Burmese|Naypyitaw
NA|Namibia|Namibian|Windhoek
NP|Nepal|Nepalese,Nepali|Kathmandu
NL|Netherlands,Holland|Dutch|Amsterdam,The Hague
NZ|New Zealand|New Zealander|Wellington
NI|Nicaragua|Nicaraguan|Managua
NE|Niger|Nigerien|Niamey
NG|Nigeria|Nigerian|Abuja
MK|North Macedonia,Macedonia|Macedonian|Skopje
NO|Norway|Norwegian|Oslo
OM|Oman|Omani|Muscat
PK|Pakistan|Pakistani|Islamabad
PA|Panama|Panamanian|
PG|Papua New Guinea|Papua New Guinean|Port Moresby
PY|Paraguay|Paraguayan|Asuncion
PE|Peru|Peruvian|Lima
PH|Philippines|Philippine,Filipino|Manila
PL|Poland|Polish|Warsaw
PT|Portugal|Portuguese|Lisbon
QA|Qatar|Qatari|Doha
RO|Romania|Romanian|Bucharest
RU|Russia,Russian Federation|Russian|Moscow,Kremlin
RW|Rwanda|Rwandan|Kigali
SA|Saudi Arabia|Saudi|Riyadh
SN|Senegal|Senegalese|Dakar
RS|Serbia|Serbian|Belgrade
SL|Sierra Leone|Sierra Leonean|Freetown
SG|Singapore|Singaporean|
SK|Slovakia|Slovak|Bratislava
SI|Slovenia|Slovenian|Ljubljana
SO|Somalia|Somali|Mogadishu
ZA|South Africa|South African|Pretoria
SS|South Sudan|South Sudanese|Juba
ES|Spain|Spanish|Madrid
LK|Sri Lanka|Sri Lankan|Colombo
SD|Sudan|Sudanese|Khartoum
SR|Suriname|Surinamese|Paramaribo
SE|Sweden|Swedish|Stockholm
CH|Switzerland|Swiss|Bern
SY|Syria|Syrian|Damascus
TW|Taiwan|Taiwanese|Taipei
TJ|Tajikistan|Tajik|Dushanbe
TZ|Tanzania|Tanzanian|Dodoma
TH|Thailand|Thai|Bangkok
TG|Togo|Togolese|Lome
TN|Tunisia|Tunisian|Tunis
TR|Turkey,Turkiye,Türkiye|Turkish|Ankara
TM|Turkmenistan|Turkmen|Ashgabat
UG|Uganda|Ugandan|Kampala
UA|Ukraine|Ukrainian|Kyiv,Kiev
AE|United Arab Emirates,UAE,U.A.E.|Emirati|Abu Dhabi
GB|United Kingdom,UK,U.K.,Britain,Great Britain|British|London,Downing Street,Whitehall
US|United States,United States of America,US,U.S.,USA,U.S.A.,America|American|Washington,White House
UY|Uruguay|Uruguayan|Montevideo
UZ|Uzbekistan|Uzbek|Tashkent
VE|Venezuela|Venezuelan|Caracas
VN|Vietnam,Viet Nam|Vietnamese|Hanoi
YE|Yemen|Yemeni|Sanaa
ZM|Zambia|Zambian|Lusaka
ZW|Zimbabwe|Zimbabwean|Harare
GL|Greenland|Greenlandic|Nuuk
EU|European Union,EU,E.U.||Brussels
`;
