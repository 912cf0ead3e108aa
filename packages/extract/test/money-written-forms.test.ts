import { describe, expect, it } from 'vitest';
import { recognizeMoney } from '../src/index.ts';

/** [value, currency, per-unit] of every money mention, in order (values to 12 digits). */
const m = (text: string) => recognizeMoney(text).map((x) => [Number(x.value.toPrecision(12)), x.currency, x.perUnit]);

describe('money: currency marks written in house styles', () => {
  it('reads country letters glued after the dollar sign', () => {
    expect(m('Canberra will lend $US750 million to the port and spend $A2.1bn on rail.')).toEqual([[750e6, 'USD', null], [2.1e9, 'AUD', null]]);
    expect(m('The dairy exporter raised $NZ65m and its rival $C12 million.')).toEqual([[65e6, 'NZD', null], [12e6, 'CAD', null]]);
  });

  it('does not read a lower-case word after the dollar sign as a currency', () => {
    expect(m('The fund returned $us to a new level, then paid $40 to each member.')).toEqual([[40, 'USD', null]]);
  });

  it('reads a "P" or "Php" peso only in a story about the Philippines', () => {
    expect(m('The Manila lender set aside P3.4 billion for bad loans and Php 120 million for branches.')).toEqual([
      [3.4e9, 'PHP', null], [120e6, 'PHP', null],
    ]);
    expect(m('The P3.4 billion figure is a code name in this story.')).toEqual([]);
    expect(m('The P90 index in Manila rose.')).toEqual([]);
  });

  it('reads "cr" after a rupee figure as crore', () => {
    expect(m('The Pune carmaker posted a profit of Rs 84 cr, against Rs1,450cr a year ago.')).toEqual([[84e7, 'INR', null], [1450e7, 'INR', null]]);
    expect(m('The board cleared a Rs 60-cr expansion.')).toEqual([[60e7, 'INR', null]]);
    expect(m('Entry costs Rs 60 and the show runs for two hours.')).toEqual([[60, 'INR', null]]);
  });
});

describe('money: price units of grain, livestock and freight quotes', () => {
  it('reads bushels, hundredweights and containers after a slash', () => {
    expect(m('Oats settled at $3.88/bu while feeder cattle fetched $241.50/cwt.')).toEqual([[3.88, 'USD', 'bushel'], [241.5, 'USD', 'cwt']]);
    expect(m('Box rates to Rotterdam eased to $3,050/FEU, or $1,600 per TEU.')).toEqual([[3050, 'USD', 'FEU'], [1600, 'USD', 'TEU']]);
  });
});

describe('money: prices on pages in other languages', () => {
  it('reads the unit a price is quoted per', () => {
    expect(m("Les cours du colza ont grimpé à 475 euros la tonne, et le groupe versera 3 euros par action à ses actionnaires.")).toEqual([
      [475, 'EUR', 't'], [3, 'EUR', 'share'],
    ]);
    expect(m('La cooperativa vendió el café a 310 dólares por saco y el aceite a 4,10 euros el kilo en los mercados del país.')).toEqual([
      [310, 'USD', null], [4.1, 'EUR', 'kg'],
    ]);
    expect(m('Ячмень на юге подорожал до 14 тыс. рублей за тонну, а расходы хозяйства составят 80 млн рублей в год.')).toEqual([
      [14000, 'RUB', 't'], [80e6, 'RUB', 'year'],
    ]);
  });

  it('leaves "last year" after an amount alone', () => {
    expect(m("Le chiffre d'affaires du groupe a atteint 840 M€ l'an dernier, selon la direction de la société.")).toEqual([[840e6, 'EUR', null]]);
    expect(m('La empresa ganó 95 millones de euros el año pasado, según los datos de la compañía.')).toEqual([[95e6, 'EUR', null]]);
  });

  it('reads the rupiah sign glued to a figure with points of thousands', () => {
    expect(m('Harga cabai di pasar naik menjadi Rp48.500 per kilogram, dan pemerintah akan menyalurkan bantuan kepada petani.')).toEqual([
      [48500, 'IDR', 'kg'],
    ]);
  });

  it('reads the abbreviated rouble and dollar of the Russian press', () => {
    expect(m('Как сообщили в компании, выручка составила 41,7 млрд руб., а экспорт достиг 1,3 млрд долл. по итогам года, и это было больше, чем ожидали.')).toEqual([
      [41.7e9, 'RUB', null], [1.3e9, 'USD', null],
    ]);
  });
});

describe('money: codes that name other things', () => {
  it('reads "PHP" before a figure as the peso only in a story about the Philippines', () => {
    expect(m('Hosts moved their sites to PHP 8.4 before support for the old release ended.')).toEqual([]);
    expect(m('The Cebu developer booked sales of PHP 18.2 billion, the Philippine exchange said.')).toEqual([[18.2e9, 'PHP', null]]);
  });
});

describe('money: metals, coal and grain quoted without their tonne', () => {
  it('reads a tonne price from the commodity named in the clause', () => {
    expect(m('Zinc hovered near $2,870 while nickel slipped to $15,400 after the holiday.')).toEqual([[2870, 'USD', 't'], [15400, 'USD', 't']]);
    expect(m('Australian coking coal fell to $188 on weak demand from mills.')).toEqual([[188, 'USD', 't']]);
  });

  it('leaves figures too small for a tonne, and sums paid, without a unit', () => {
    expect(m('Comex copper rose to $4.72 in New York.')).toEqual([[4.72, 'USD', null]]);
    expect(m('Corn futures climbed to $4.31 in Chicago.')).toEqual([[4.31, 'USD', null]]);
    expect(m('The coal hauler paid $9,000 to settle the claim.')).toEqual([[9000, 'USD', null]]);
  });
});

describe('money: the cedi written with a cent sign', () => {
  it('reads "GH¢" before a figure as the cedi', () => {
    expect(m('The Accra council will spend GH¢12.5 million on drains.')).toEqual([[12.5e6, 'GHS', null]]);
  });
});

describe('money: the move of a price said with "up" or "down"', () => {
  it('gives the move the unit of the price it follows in the sentence', () => {
    expect(m('Malting barley was offered at $262 a tonne, down $5 from the previous tender.')).toEqual([[262, 'USD', 't'], [5, 'USD', 't']]);
    expect(m('Arabica settled at $3.41 a pound, up about 9 cents.')).toEqual([[3.41, 'USD', 'lb'], [0.09, 'USD', 'lb']]);
  });

  it('leaves amounts with a scale word, and moves in the next sentence, without the unit', () => {
    expect(m('Brent held at $79 a barrel, and the tanker fund was up $12 million.')).toEqual([[79, 'USD', 'bbl'], [12e6, 'USD', null]]);
  });
});

describe('money: a dividend written after its amount', () => {
  it('reads a small amount before "dividend" as paid per share', () => {
    expect(m('The insurer declared a $1.15 quarterly dividend and a 30-cent special dividend.')).toEqual([[1.15, 'USD', 'share'], [0.3, 'USD', 'share']]);
  });

  it('leaves a total payout an amount', () => {
    expect(m('The miner will return a $2 billion dividend to investors, and owners got $450 in dividends.')).toEqual([[2e9, 'USD', null], [450, 'USD', null]]);
  });
});

describe('money: the Indonesian "dolar AS"', () => {
  it('reads the qualified dollar and the unit after it', () => {
    expect(m('Menurut asosiasi yang mewakili petani di daerah itu, harga kopi robusta naik menjadi 4.300 dolar AS per ton, dan para eksportir meraih 120 juta dolar AS pada bulan lalu untuk pengiriman ke luar negeri.')).toEqual([
      [4300, 'USD', 't'], [120e6, 'USD', null],
    ]);
  });
});
