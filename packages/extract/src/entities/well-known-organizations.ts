/**
 * Bodies that news names without the noun that would give their kind away (no "Ministry", "Club",
 * "University"), written from general knowledge: agencies and regulators by their short names, sports
 * clubs whose names are not their towns', universities and research bodies, journals, charities, think
 * tanks, trade bodies, armed, criminal and hacking groups, movements and central banks. None is a company; like the company lists, not
 * exhaustive. Lower-case words, names separated by commas.
 */
const NAMES = `
dvla, dwp, defra, dfe, dvsa, ons, mod, fcdo, dhsc, ukhsa, mhra, acas, hse, cqc, iopc, obr, nca, sfo, cps, tfl, gchq, mi5, mi6,
ofqual, bbfc, ipso, hmcts, dcms, desnz, beis, mhclg, natural england, historic england, homes england, sport england,
arts council england, public health england, visitbritain, visit britain, visitscotland, network rail,
atf, dea, sba, ssa, ferc, nrc, usaid, hhs, cisa, odni, darpa, uscis, fincen, ofac, bls, fhfa,
echa, ema, efsa, ebrd, frontex, eurojust, ecj, echr, eurostat, destatis,
wfp, iom, ilo, fao, undp, unep, wmo, icao, iata, icj, osce, unctad, unido, ifad, unaids, ecowas, mercosur, cepi,
mossad, shin bet, irgc, fsb, gru, svr, kgb, stasi, houthis, wagner,
wagner group, lazarus group, equation group, sandworm, fancy bear, cozy bear, scattered spider, lockbit, blackcat, alphv,
darkside, revil, conti, clop, shinyhunters, lapsus$, hells angels, sinaloa cartel, jalisco cartel, tren de aragua, ndrangheta,
camorra, yakuza,
momentum, extinction rebellion, just stop oil, black lives matter,
uk finance, energy uk, water uk, offshore energies uk, renewableuk, make uk, techuk, universities uk, age uk,
cancer research uk, citizens advice, which, shelter, mencap, barnardo's, barnardos,
full fact, carbon brief, ember, global witness, clientearth, friends of the earth, resolution foundation, nesta,
policy exchange, ifs, rusi, iiss, sipri, chatham house,
yale, monash, karolinska, sorbonne, epfl, kaist, ucl, lse, kcl,
nature, the lancet, lancet, bmj, jama, nejm, pnas,
de nederlandsche bank, nederlandsche bank, banque de france, banca d'italia, banco de españa, banco de espana, banco de portugal,
sveriges riksbank, riksbank, norges bank, danmarks nationalbank, deutsche bundesbank, oesterreichische nationalbank,
narodowy bank polski, magyar nemzeti bank, bank indonesia, bank negara malaysia, bank negara, banxico, banco de méxico,
banco de mexico, banco central do brasil, schweizerische nationalbank, bank of thailand, bank of japan, bank of korea,
bank of israel, bank of canada, bank of england,
arsenal, everton, juventus, benfica, ajax, celtic, feyenoord, anderlecht, galatasaray, fenerbahce, besiktas, olympiacos,
panathinaikos, fiorentina, sampdoria, atalanta, lazio, boca juniors, river plate, flamengo, palmeiras, corinthians,
spurs, hibernian, crystal palace, aston villa, west ham, psv, psg, atletico, osasuna, villarreal
`;

const SET = new Set(NAMES.split(',').map((n) => n.trim().replace(/\s+/g, ' ')).filter(Boolean));

/** The lower-case words name a body of the list above: an organization, never a company. */
export function wellKnownOrganization(key: string): boolean {
  return SET.has(key);
}
