import { describe, expect, it } from 'vitest';
import { extractFacts, recognizeCountries, recognizeDates, recognizeMoney } from '../src/index.ts';
import { pageLanguage } from '../src/text/page-language.ts';
import { tokenize } from '../src/text/tokenize.ts';

const dates = (text: string, ref = '2021-06-15') => recognizeDates(text, ref).map((d) => [d.text, d.value]);
const countries = (text: string) => recognizeCountries(text).map((m) => [m.text, m.code]);
const money = (text: string) => recognizeMoney(text).map((m) => [m.text, m.value, m.currency]);

describe('page language', () => {
  it('tells the languages apart by their function words', () => {
    const lang = (text: string) => pageLanguage(tokenize(text));
    expect(lang('Der Hafen ist seit dem Frühjahr nicht mehr in Betrieb, und die Stadt sucht nach einem Käufer.')).toBe('de');
    expect(lang('A prefeitura não quis comentar o caso, que foi levado para a justiça pelos moradores da região.')).toBe('pt');
    expect(lang('Вчера в городе открыли новый мост, и это было важно для жителей, так как старый закрыт.')).toBe('ru');
    expect(lang('The port has been closed since spring, and the city is looking for a buyer that would keep it.')).toBe('en');
  });

  it('keeps English prices English: "per", "as" and "no" are English words too', () => {
    expect(pageLanguage(tokenize('Gas sold at $3.20 per MMBtu, power at $41 per MWh and gold at $2,050 per ounce, no more.'))).not.toBe('it');
  });

  it('keeps a page English when it quotes a few foreign words', () => {
    const text = 'The minister said that the plan, known locally as "el plan de la costa", was not ready and would be delayed for a year.';
    expect(pageLanguage(tokenize(text))).toBe('en');
  });
});

describe('dates in other languages', () => {
  it('reads day, month and year with the month names of each language', () => {
    expect(dates('Die neue Linie wurde am 3. Februar 2020 eröffnet, und sie ist auch bei den Pendlern beliebt.')).toEqual([['3. Februar 2020', '2020-02-03']]);
    expect(dates('A fábrica foi inaugurada em 21 de outubro de 2019 e não tem sido fácil para os donos.')).toEqual([['21 de outubro de 2019', '2019-10-21']]);
    expect(dates('Le pont a été fermé le 7 avril 2018 et les travaux ne sont pas terminés pour les habitants.')).toEqual([['7 avril 2018', '2018-04-07']]);
    expect(dates('Rząd przyjął ustawę 9 listopada 2017 i nie jest to jak dotąd koniec sporu, który trwa od lat.')).toEqual([['9 listopada 2017', '2017-11-09']]);
  });

  it('reads the genitive of Slavic months and the locative after a preposition', () => {
    // a day without a year is the nearest such day, like an English one in a sentence without tense
    expect(dates('Выставка будет открыта до 20 июня, и это не так уж долго для тех, кто не успел.')).toEqual([['20 июня', '2021-06-20']]);
    expect(dates('Мост откроют в сентябре, как и было обещано, но это не точно для тех, кто ждёт.', '2021-08-01')).toEqual([['сентябре', '2021-09']]);
  });

  it('reads a month with its year, and a month after a preposition', () => {
    expect(dates('El proyecto se presentó en febrero de 2016 y no fue aprobado por los que votaron en contra.')).toEqual([['febrero de 2016', '2016-02']]);
    expect(dates('Die Wahl findet im Oktober statt, und die Parteien sind nicht auf einen Termin mit dem Gericht eingestellt.', '2021-09-01')).toEqual([['Oktober', '2021-10']]);
  });

  it('reads two days of one month as a span', () => {
    const [d] = recognizeDates('Die Konferenz findet vom 14. bis 16. Mai 2022 in Leipzig statt, und sie ist nicht die erste mit dem Thema.', '2022-01-10');
    expect(d).toMatchObject({ text: '14. bis 16. Mai 2022', value: '2022-05-14/2022-05-16' });
  });

  it('reads a span of months', () => {
    const [d] = recognizeDates('Die Brücke bleibt von Juni bis August 2023 gesperrt, und die Umleitung ist nicht ausgeschildert.', '2023-01-10');
    expect(d).toMatchObject({ text: 'Juni bis August 2023', value: '2023-06-01/2023-08-31' });
    expect(d!.parts.map((p) => [p.role, p.date.value])).toEqual([['from', '2023-06'], ['until', '2023-08']]);
  });

  it('reads numeric dates day first', () => {
    expect(dates('Die Sitzung fand am 05.03.2020 statt, und sie war nicht die erste mit dem Thema.')).toEqual([['05.03.2020', '2020-03-05']]);
    expect(dates('A audiência foi marcada para 09/11/2020 e não tem sido fácil para os advogados.')).toEqual([['09/11/2020', '2020-11-09']]);
  });

  it('reads a year after a preposition or a word for year', () => {
    expect(dates('A empresa foi fundada em 1998 e não tem dívidas com os bancos da cidade.')).toEqual([['1998', '1998']]);
    expect(dates('Die Firma wurde im Jahr 2005 gegründet, und sie ist nicht mehr mit dem alten Namen bekannt.')).toEqual([['2005', '2005']]);
  });

  it('reads a weekday alone as the most recent one', () => {
    // 2021-06-16 was a Wednesday
    expect(dates('Der Minister hat am Montag mit den Gewerkschaften gesprochen, und es ist nicht das erste Mal.', '2021-06-16')).toEqual([['Montag', '2021-06-14']]);
    expect(dates('Президент встретился с министром в пятницу, и это было не так важно для тех, кто ждал.', '2021-06-16')).toEqual([['пятницу', '2021-06-11']]);
    expect(dates('O presidente viajou na segunda-feira para o Rio e não falou com a imprensa.', '2021-06-16')).toEqual([['segunda-feira', '2021-06-14']]);
  });

  it('leaves English pages to the English reading', () => {
    // "mars" is a French month but an English planet
    expect(dates('The probe reached Mars in 2021 and the team said it was working as planned for the mission.')).toEqual([['2021', '2021']]);
  });
});

describe('countries in other languages', () => {
  it('reads the names the locale data gives, with case endings', () => {
    expect(countries('Die Exporte Russlands in die Vereinigten Staaten sind gesunken, und auch Deutschland ist nicht zufrieden.')).toEqual([
      ['Russlands', 'RU'], ['Vereinigten Staaten', 'US'], ['Deutschland', 'DE'],
    ]);
    expect(countries('Он долго жил в Германии, а потом уехал в Китай и оттуда во Францию, так как это было по работе.')).toEqual([
      ['Германии', 'DE'], ['Китай', 'CN'], ['Францию', 'FR'],
    ]);
    expect(countries('O acordo entre o Brasil e a Espanha não foi assinado pelos Estados Unidos, que também não comentaram.')).toEqual([
      ['Brasil', 'BR'], ['Espanha', 'ES'], ['Estados Unidos', 'US'],
    ]);
  });

  it('reads Polish names in their oblique cases', () => {
    expect(countries('Minister spotkał się z ambasadorem Francji, a potem poleciał do Kanady i do Stanów Zjednoczonych, gdzie jest teraz.')).toEqual([
      ['Francji', 'FR'], ['Kanady', 'CA'], ['Stanów Zjednoczonych', 'US'],
    ]);
  });

  it('does not read a capitalized common word opening a sentence as a short country name', () => {
    // "Того" is Togo, and also "of that"
    expect(countries('Того же мнения был и его брат, так как он не знал, что это было так.')).toEqual([]);
    // an abbreviation is no common word, even opening a sentence
    expect(countries('США ввели новые пошлины, и это было не так уж неожиданно для тех, кто следил.')).toEqual([['США', 'US']]);
  });

  it('does not read foreign names on an English page', () => {
    expect(countries('The Brasil café in the city and a shop called Alemania sell coffee, and that is all there is to it.')).toEqual([]);
  });
});

describe('money in other languages', () => {
  it('reads decimal commas, scale words and currency names by language', () => {
    expect(money('Das Land hat 2,4 Mrd. Euro für die Bahn ausgegeben, und es ist nicht genug für die Strecke.')).toEqual([['2,4 Mrd. Euro', 2.4e9, 'EUR']]);
    expect(money('A prefeitura gastou R$ 3,2 milhões na reforma, e não foi a primeira vez que isso aconteceu com a obra.')).toEqual([['R$ 3,2 milhões', 3.2e6, 'BRL']]);
    expect(money('El banco prestó 7 mil millones de dólares al gobierno, y no es la primera vez que lo hace para el país.')).toEqual([['7 mil millones de dólares', 7e9, 'USD']]);
    expect(money('Билет стоит 1 500 рублей, и это не так дорого, как было в прошлом году для тех, кто ездит.')).toEqual([['1 500 рублей', 1500, 'RUB']]);
  });

  it('reads "one" before a scale word and a hedge before the amount', () => {
    const [m] = recognizeMoney('Der Konzern will mehr als eine Milliarde Euro in neue Werke stecken, und das ist nicht wenig.');
    expect(m).toMatchObject({ value: 1e9, currency: 'EUR', qualifier: 'above' });
  });
});

describe('facts of a page in another language', () => {
  it('gives its dates, countries and money', () => {
    const text = 'O governo do Brasil anunciou em 12 de maio de 2020 que vai investir R$ 1,5 bilhão em estradas, e não foi a primeira vez que isso aconteceu com o setor.';
    const facts = extractFacts({ text, published: '2020-05-13' });
    const of = (type: string) => facts.filter((f) => f.type === type).map((f) => f.value);
    expect(of('country')).toEqual(['BR']);
    expect(of('date')).toEqual(['2020-05-12']);
    expect(of('money')).toEqual([1.5e9]);
  });
});
