import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writeRecords } from '../src/output/write-records.ts';

async function csvOf(rows: object[], columns: string[]): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d: Buffer) => (text += d.toString('utf8')));
  await writeRecords(rows, 'csv', columns, out);
  out.end();
  return text;
}

describe('CSV output', () => {
  it("prefixes text cells a spreadsheet would run as formulas with ', and leaves numbers alone", async () => {
    const text = await csvOf(
      [
        { sentence: '=HYPERLINK("http://evil.example","x")', value: -3.5 },
        { sentence: '@SUM(1+1) at 4 tonnes', value: 4 },
        { sentence: '+1 and -1', value: 0 },
        { sentence: 'Exports fell 3.5%.', value: -3.5 },
      ],
      ['sentence', 'value'],
    );
    expect(text.split('\n').filter(Boolean)).toEqual(['sentence,value', '"\'=HYPERLINK(""http://evil.example"",""x"")",-3.5', "'@SUM(1+1) at 4 tonnes,4", "'+1 and -1,0", 'Exports fell 3.5%.,-3.5']);
  });
});
