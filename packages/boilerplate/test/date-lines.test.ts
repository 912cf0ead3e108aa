import { describe, expect, it } from 'vitest';
import { copyrightYearIn, dateOfAge, datelinePart, dateSegments, monthDayInText } from '../src/metadata/date-lines.ts';
import { dateFromUrl, normalizeDate } from '../src/metadata/dates.ts';

describe('normalizeDate: the forms bylines and datelines use', () => {
  it.each([
    // weekday prefixes, US and UK orders, ordinals
    ['Wednesday, June 3, 2026', '2026-06-03'],
    ['Wed 3 June 2026', '2026-06-03'],
    ['3rd June, 2026', '2026-06-03'],
    ['the 3rd of June 2026', '2026-06-03'],
    ['Sept. 9, 2024', '2024-09-09'],
    // times and zones before or after the date
    ['Posted 14:02 GMT, 3 March 2015', '2015-03-03T14:02:00Z'],
    ['11:26 pm EST, Tuesday, November 19, 2024', '2024-11-19T23:26:00-05:00'],
    ['June 3, 2026 6:05 am ET', '2026-06-03T06:05:00-05:00'],
    ['3 June 2026 09:30 (IST)', '2026-06-03T09:30:00+05:30'],
    ['3 June 2026, 16:20 GMT+7', '2026-06-03T16:20:00+07:00'],
    // numeric forms
    ['03.06.2026', '2026-06-03'],
    ['2026/06/03 08:15', '2026-06-03T08:15:00'],
    ['On 6/13/26 at 4:00 PM', '2026-06-13T16:00:00'],
    // other languages
    ['publié le 4 mars 2025', '2025-03-04'],
    ['Aktualisiert am 4. März 2025, 10:15 Uhr', '2025-03-04T10:15:00'],
    ['4 de marzo de 2025', '2025-03-04'],
    ['4 maart 2025', '2025-03-04'],
    ['4 Maret 2025', '2025-03-04'],
    ['4 марта 2025', '2025-03-04'],
    ['4 października 2025', '2025-10-04'],
    ['4 Ekim 2025', '2025-10-04'],
    ['4 augusti 2025', '2025-08-04'],
    ['2025年3月4日 10:30', '2025-03-04T10:30:00'],
    ['2025년 3월 4일', '2025-03-04'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeDate(input)).toBe(expected);
  });

  it('reads an ambiguous numeric date in the order the caller gives', () => {
    expect(normalizeDate('03/06/2026')).toBe('2026-06-03');
    expect(normalizeDate('03/06/2026', { order: 'mdy' })).toBe('2026-03-06');
    expect(normalizeDate('13/06/2026', { order: 'mdy' })).toBe('2026-06-13');
  });

  it.each(['Rated 4 out of 5', 'Page 3 of 12, 2026 edition', 'version 1.2.26', '4 min read'])('finds no date in %j', (input) => {
    expect(normalizeDate(input)).toBeNull();
  });
});

describe('dateFromUrl: a slug that ends in its date', () => {
  it('reads the date at the end of a slug', () => {
    expect(dateFromUrl('https://a.example/world/ferry-route-saved-2026-06-03')).toBe('2026-06-03');
    expect(dateFromUrl('https://a.example/world/ferry-route-saved-2026-06-03.html')).toBe('2026-06-03');
  });

  it('leaves it out when asked to', () => {
    expect(dateFromUrl('https://a.example/world/ferry-route-saved-2026-06-03', { slugEnd: false })).toBeNull();
  });

  it('does not read a number in the middle of a slug', () => {
    expect(dateFromUrl('https://a.example/world/top-2026-06-03-picks-of-the-week')).toBeNull();
  });
});

describe('dateSegments', () => {
  it('cuts a byline before each label, keeping which date it names', () => {
    expect(dateSegments('By Ann Lee Posted: May 6, 2026 | Updated: 9:14 am, May 7, 2026')).toEqual([
      { text: 'By Ann Lee', label: null },
      { text: 'Posted: May 6, 2026 |', label: 'published' },
      { text: 'Updated: 9:14 am, May 7, 2026', label: 'updated' },
    ]);
  });

  it.each([
    ['First published on Tue 3 Jun 2026 08.00 BST', 'published'],
    ['Last modified on Wed 4 Jun 2026', 'updated'],
    ['Originally published June 3, 2026', 'published'],
    ['Mis à jour le 4 juin 2026', 'updated'],
    ['Veröffentlicht am 3. Juni 2026', 'published'],
    ['Atualizado em 04/06/2026', 'updated'],
  ])('%s is %s', (line, label) => {
    expect(dateSegments(line)[0]?.label).toBe(label);
  });
});

describe('monthDayInText', () => {
  it.each([
    ['Aug 4', 8, 4],
    ['Posted August 4th at 9:10 am', 8, 4],
    ['4 August', 8, 4],
    ['4. August', 8, 4],
  ])('%s', (text, month, day) => {
    expect(monthDayInText(text)).toMatchObject({ month, day });
  });

  it('puts the year after the day', () => {
    expect(normalizeDate(monthDayInText('Aug 4 (Agency)')?.withYear(2026))).toBe('2026-08-04');
    expect(normalizeDate(monthDayInText('Updated 4 August, 10:15')?.withYear(2026))).toBe('2026-08-04T10:15:00');
  });

  it.each(['4 out of 5 stars', '4 min read', 'Aug 4, 2026', '12 comments'])('finds no yearless date in %j', (text) => {
    expect(monthDayInText(text)).toBeNull();
  });
});

describe('datelinePart', () => {
  it.each([
    ['QUITO, Aug 4 (Wireline) - The central bank said', 'Aug 4'],
    ['GENEVA, March 4, 2025 – Talks resumed', 'March 4, 2025'],
    ['Lyon, France, 4 March 2025 — The city council', '4 March 2025'],
    ['NEW DELHI, Jan. 9 (Newsdesk) — Rice exports', 'Jan. 9'],
  ])('%s', (text, part) => {
    expect(datelinePart(text)).toBe(part);
  });

  it.each(['The council met on Monday, and members said - in a statement - that', 'QUITO (Wireline) - The central bank said'])('finds none in %j', (text) => {
    expect(datelinePart(text)).toBeNull();
  });
});

describe('copyrightYearIn', () => {
  it.each([
    ['© 2026 The Harbour Courier', 2026],
    ['Copyright 1998-2014 Millbrook Press', 2014],
    ['(c) 2019 Example Media Ltd', 2019],
    ['All rights reserved', null],
  ])('%s', (text, year) => {
    expect(copyrightYearIn(text)).toBe(year);
  });
});

describe('dateOfAge', () => {
  const fetched = '2025-06-04T15:30:00Z';
  it.each([
    ['Updated 3 hours ago', '2025-06-04T12:30:00Z'],
    ['45 mins ago', '2025-06-04T14:45:00Z'],
    ['2 days ago', '2025-06-02'],
    ['Yesterday 11:05 PM', '2025-06-03'],
    ['Today 9:12 AM', '2025-06-04'],
    ['Publicado ayer', '2025-06-03'],
  ])('%s', (text, expected) => {
    expect(dateOfAge(text, fetched)).toBe(expected);
  });

  it.each(['3 weeks ago', 'June 3, 2025', 'a while ago'])('dates no %j', (text) => {
    expect(dateOfAge(text, fetched)).toBeNull();
  });
});
