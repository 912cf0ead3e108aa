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
CI|Ivory Coast,Cote d'Ivoire,Côte d'Ivoire|Ivorian|Abidjan
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
AD|Andorra|Andorran|Andorra la Vella
AG|Antigua and Barbuda,Antigua|Antiguan|
BS|Bahamas,The Bahamas|Bahamian|
BB|Barbados|Barbadian,Bajan|Bridgetown
BZ|Belize|Belizean|Belmopan
BT|Bhutan|Bhutanese|Thimphu
CV|Cape Verde,Cabo Verde|Cape Verdean|
DJ|Djibouti|Djiboutian|
DM|Dominica||
ER|Eritrea|Eritrean|Asmara
FJ|Fiji|Fijian|Suva
FM|Micronesia,Federated States of Micronesia|Micronesian|
GM|Gambia,The Gambia|Gambian|Banjul
GD|Grenada|Grenadian|
GQ|Equatorial Guinea|Equatoguinean|Malabo
GW|Guinea-Bissau|Bissau-Guinean|
KI|Kiribati||
KM|Comoros|Comorian|
KN|Saint Kitts and Nevis,St. Kitts and Nevis,St Kitts and Nevis||
LC|Saint Lucia,St. Lucia,St Lucia|Saint Lucian|
LI|Liechtenstein|Liechtensteiner|Vaduz
LR|Liberia|Liberian|Monrovia
LS|Lesotho|Basotho|Maseru
MC|Monaco|Monegasque|
MH|Marshall Islands|Marshallese|
MU|Mauritius|Mauritian|
MV|Maldives|Maldivian|
NR|Nauru|Nauruan|
VU|Vanuatu|Ni-Vanuatu|
PW|Palau|Palauan|
SB|Solomon Islands||Honiara
SC|Seychelles|Seychellois|
SM|San Marino|Sammarinese|
ST|Sao Tome and Principe,São Tomé and Príncipe||
SZ|Eswatini,Swaziland|Swazi|Mbabane
TL|Timor-Leste,East Timor|Timorese|Dili
TO|Tonga|Tongan|
TT|Trinidad and Tobago,Trinidad|Trinidadian|
TV|Tuvalu|Tuvaluan|
VA|Vatican,Holy See||
VC|Saint Vincent and the Grenadines,St. Vincent and the Grenadines||
WS|Samoa|Samoan|
AS|American Samoa||
XK|Kosovo|Kosovar,Kosovan|Pristina
PR|Puerto Rico|Puerto Rican|
PS|Palestine,Palestinian Territories,State of Palestine|Palestinian|
MO|Macau,Macao|Macanese|
BM|Bermuda|Bermudian|
KY|Cayman Islands||
GI|Gibraltar||
EH|Western Sahara|Sahrawi|
FK|Falkland Islands,Falklands||
FO|Faroe Islands,Faroes|Faroese|
GU|Guam||
NC|New Caledonia||
VG|British Virgin Islands||
IM|Isle of Man||
AW|Aruba||
CW|Curaçao,Curacao||
GF|French Guiana||
RE|Réunion,Reunion||
EU|European Union,EU,E.U.||Brussels
`;
