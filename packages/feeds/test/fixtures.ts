import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../../fixtures/feeds/', import.meta.url));

export function fixture(name: string): string {
  return readFileSync(`${FIXTURES_DIR}${name}`, 'utf8');
}

/** Every `<case>.<ext>` that has a `<case>.expected.json` beside it. */
export function goldenCases(): { name: string; source: string; expectedFile: string }[] {
  const files = readdirSync(FIXTURES_DIR);
  return files
    .filter((f) => f.endsWith('.expected.json'))
    .map((expectedFile) => {
      const stem = expectedFile.slice(0, -'.expected.json'.length);
      const source = files.find((f) => f !== expectedFile && f.startsWith(`${stem}.`) && !f.endsWith('.expected.json'));
      if (!source) throw new Error(`no source file for ${expectedFile}`);
      return { name: stem, source, expectedFile };
    });
}
