import { describe, expect, it } from 'vitest';
import { extractFacts } from '../src/index.ts';
import * as probes from './fixtures/company-probes.ts';

/** The companies read from a text, by the surface form of each mention. */
const companies = (text: string) => [...new Set(extractFacts({ text, published: '2025-10-20' })
  .filter((f) => f.type === 'company').map((f) => String(f.text)))].sort();

const GROUPS: Record<string, readonly probes.Probe[]> = {
  'people, some with the names of firms': probes.PEOPLE,
  'places, streets and buildings': probes.PLACES,
  'public bodies': probes.PUBLIC_BODIES,
  'parties, unions and schools': probes.PARTIES_UNIONS_SCHOOLS,
  'teams and leagues': probes.SPORT,
  'events, awards and shows': probes.EVENTS_AWARDS_SHOWS,
  'products, diseases, laws and ships': probes.PRODUCTS_DISEASES_LAWS_SHIPS,
  'outlets cited as sources': probes.MEDIA_SOURCES,
  'titles, headings, capitals and sentence starts': probes.TITLES_HEADINGS_CAPITALS,
  'firms in the same shapes': probes.FIRMS_IN_SAME_SHAPES,
  'cues that people, bodies and teams take too': probes.SHARED_CUES,
  'camel case, capitals and industry-like phrases': probes.SPELLINGS,
  'namesakes of well-known firms': probes.NAMESAKES,
  'headings, units of firms and local life': probes.HEADINGS_AND_LOCAL_LIFE,
  'credits, clubs and owners': probes.CREDITS_CLUBS_AND_OWNERS,
  'mixed lists': probes.MIXED_LISTS,
  'more cues of business that others take': probes.MORE_SHARED_CUES,
};

// precision guard: sentences written for these tests, each with the only companies it names
describe('company probes: capitalized names that are not companies, and firms beside them', () => {
  for (const [group, cases] of Object.entries(GROUPS)) {
    it(group, () => {
      for (const [text, expected] of cases) expect(companies(text), text).toEqual([...expected].sort());
    });
  }
  for (const [text] of probes.KNOWN_GAPS) it.todo(`still wrong: ${text}`);
});
