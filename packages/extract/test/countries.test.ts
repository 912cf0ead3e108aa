import { describe, expect, it } from 'vitest';
import { recognizeCountries } from '../src/index.ts';

const c = (text: string) => recognizeCountries(text).map((m) => [m.text, m.code]);

describe('recognizeCountries', () => {
  it('reads names, short forms, abbreviations and demonyms as ISO codes', () => {
    expect(c('The U.S. and the United Kingdom urged Chinese officials, while America and the UK talked to Myanmar.')).toEqual([
      ['U.S.', 'US'], ['United Kingdom', 'GB'], ['Chinese', 'CN'], ['America', 'US'], ['UK', 'GB'], ['Myanmar', 'MM'],
    ]);
    expect(c('U.S.-bound cargo and a U.S.-China truce')).toEqual([['U.S.', 'US'], ['U.S.', 'US'], ['China', 'CN']]);
  });

  it('reads a capital as the state only when it acts', () => {
    expect(c("Beijing's curbs bit, and Washington pushed back.")).toEqual([['Beijing', 'CN'], ['Washington', 'US']]);
    expect(c('Talks were held in Beijing and London.')).toEqual([]);
  });

  it('does not read people, birds, US states or pronouns as countries', () => {
    expect(c('Michael Jordan and Chad Smith ate turkey in Atlanta, Georgia, and told us so.')).toEqual([]);
    expect(c('Latin America and South American buyers')).toEqual([]);
  });

  it('does not read a region, sea or city named after a country as that country', () => {
    expect(c('Smelters in Inner Mongolia and ranchers in New Mexico sold more to Mexico.')).toEqual([['Mexico', 'MX']]);
    expect(c('Tankers crossed the Gulf of Mexico; the office in Kuwait City and one in Northern Ireland stayed shut.')).toEqual([]);
    expect(c('A port in Papua New Guinea shipped nickel to Ireland.')).toEqual([['Papua New Guinea', 'PG'], ['Ireland', 'IE']]);
  });

  it('does not count a country word inside the name of an event, a school, a league or a newspaper', () => {
    expect(c('She won at the Australian Open and spoke at the American University of Rome, as USA Today and the Mid-American Conference noted.')).toEqual([]);
    expect(c('American buyers and Chinese President Xi met British officials.')).toEqual([['American', 'US'], ['Chinese', 'CN'], ['British', 'GB']]);
  });

  it('knows the small states and territories too', () => {
    expect(c('Liechtenstein beat Andorra, and Kosovo hosted Gibraltar; Eritrean and Puerto Rican buyers followed.').map(([, code]) => code))
      .toEqual(['LI', 'AD', 'XK', 'GI', 'ER', 'PR']);
  });

  it('reads Georgia as the state in the Caucasus when other states are listed beside it', () => {
    expect(c('The group draw put Georgia against Armenia, and Ukraine, Moldova and Georgia applied to join.').map(([, code]) => code))
      .toEqual(['GE', 'AM', 'UA', 'MD', 'GE']);
    expect(c('Voters in Georgia and Texas lined up; Georgia, the U.S. and Ohio were busy.').map(([, code]) => code)).toEqual(['US']);
  });

  it('lowers confidence for names that are often something else', () => {
    const [j] = recognizeCountries('Exports to Jordan rose.');
    expect(j).toMatchObject({ code: 'JO' });
    expect(j!.confidence).toBeLessThan(0.8);
    expect(j!.reasons.join(' ')).toMatch(/given name/);
  });

  it('reads no country in a unit, a dish or a set phrase that keeps a demonym', () => {
    expect(c('Gas fetched $3.10 per million British thermal units, and the diner sold French fries by the tonne.')).toEqual([]);
    expect(c('The bonds went to a Dutch auction; British buyers took most of them.')).toEqual([['British', 'GB']]);
  });

  it('reads a country from the noun for its people', () => {
    expect(c('Kenyans and Swedes bought the bonds; a Spaniard ran the sale.')).toEqual([['Kenyans', 'KE'], ['Swedes', 'SE'], ['Spaniard', 'ES']]);
    expect(c('Israelis, South Koreans and Britons were among the buyers.')).toEqual([['Israelis', 'IL'], ['South Koreans', 'KR'], ['Britons', 'GB']]);
  });

  it('reads no country from Native Americans, or from Georgians with nothing of the Caucasus around', () => {
    expect(c('Native Americans and Latin Americans voted early.')).toEqual([]);
    expect(c('Georgians in Atlanta lined up to vote.')).toEqual([]);
  });
});
