/**
 * Words that name a people, a faith, a region's inhabitants or a part of the world, written with a
 * capital before a noun ("Kurdish workers", "Sikh-owned shops", "Gulf investors", "Black-owned
 * businesses"). They qualify the people who work, own or invest; they never name the firm.
 */
const GROUPS = new Set(`
kurd kurds kurdish uyghur uighur uyghurs basque catalan texan texans californian californians floridian ohioan virginian carolinian
alaskan hawaiian coloradan minnesotan michigander hoosier gulf sikh sikhs hindu hindus muslim muslims jewish jews christian
christians catholic catholics protestant evangelical mormon amish black white asian hispanic latino latina latinx latinos arab
arabs bedouin tamil punjabi bengali gujarati pashtun baloch hazara tibetan han hmong maori aboriginal indigenous native inuit roma
sami welsh scottish cornish irish english nordic scandinavian baltic balkan slavic bavarian flemish walloon sicilian corsican breton
andalusian galician yoruba igbo hausa zulu xhosa amhara oromo tigrayan somali rohingya druze alawite shia shiite sunni yazidi coptic
chechen tatar bosniak western eastern northern southern african caribbean latin celtic gaelic londoner londoners mancunian
glaswegian geordie scouse brummie cockney`.split(/\s+/).filter(Boolean));

/** "Kurdish", "Cornish", "Congolese": endings of adjectives of peoples and languages ("Starfish" and "Wish" are not). */
const PEOPLE_ENDING = /^(?:[a-z]{4,}(?<!f)ish|[a-z]{3,}ese)$/;

/** The one word (lower case) names a people, a faith or the inhabitants of a region: a qualifier, never a firm. */
export function groupAdjective(word: string): boolean {
  return GROUPS.has(word) || PEOPLE_ENDING.test(word);
}
