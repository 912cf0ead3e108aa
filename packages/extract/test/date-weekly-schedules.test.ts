import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';

/** Date facts of a text as "surface=value", published on Friday 14 June 2024. */
const dates = (text: string) =>
  extractFacts({ text, published: '2024-06-14' }).filter((f) => f.type === 'date').map((f) => `${f.text}=${f.value}`);

describe('a stretch of weekdays in opening hours or a timetable', () => {
  it('is not a date of the story', () => {
    expect(dates('The clinic sees patients Tue-Sat 8:30-16:00.')).toEqual([]);
    expect(dates('Visiting hours run Wednesday through Sunday.')).toEqual([]);
    expect(dates('The ferry sails Monday to Saturday, 7 a.m. to 9 p.m.')).toEqual([]);
  });

  it('stays a date when it names one week or an event', () => {
    expect(dates('The hearings run Monday through Wednesday next week.').length).toBeGreaterThan(0);
    expect(dates('The craft fair is open Friday to Sunday at the old mill.')).toEqual(['Friday to Sunday=2024-06-14/2024-06-16']);
  });
});
