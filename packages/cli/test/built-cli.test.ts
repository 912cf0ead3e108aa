import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { openDb, saveArticleResult } from '@newsfacts/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/command-table.ts';
import { buildProgram } from '../src/program.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/newsfacts.js');

/** A store holding one fact, written by the store package as the pipeline would. */
async function storeWithOneFact(path: string): Promise<void> {
  const store = await openDb(path);
  const body = 'Smelters shipped 480 tonnes of alloy in June 2025.';
  await saveArticleResult(
    store.db,
    {
      url: 'https://alloy.example/june', finalUrl: 'https://alloy.example/june', canonicalUrl: 'https://alloy.example/june', feedId: null, guid: null, itemTitle: 'Alloy', itemPublished: '2025-07-01',
      fetch: { url: 'https://alloy.example/june', kind: 'article', feedId: null, status: 200, bytes: 100, ms: 3, fromCache: false, error: null, fetchedAt: '2025-07-01T08:00:00Z' },
      html: `<p>${body}</p>`,
      doc: { url: 'https://alloy.example/june', title: 'Alloy', published: '2025-07-01', canonicalUrl: null, lang: 'en', bodyText: body, captions: [], isArticle: true, notArticleReason: null, boilerplateVersion: 'bp',
        metadata: { title: null, published: null, modified: null, author: null, canonicalUrl: null, siteName: null, lang: null, leadImage: null } },
      facts: [{ type: 'tonnage', value: 480, unit: 't', qualifier: null, direction: null, kind: null, range: null, measurement: { metric: 'shipments', subject: null, partner: null, period: '2025-06' },
        text: '480 tonnes', sentence: body, start: 17, end: 27, confidence: 0.95, reasons: [], extractorVersion: 'x' }],
      extractorVersion: 'x',
    },
    { reviewThreshold: 0.8 },
  );
  await store.close();
}

/** The built CLI, as `pnpm install` (its prepare script) leaves it: the bin a global install links. */
describe('the built newsfacts command', () => {
  let dir: string;
  beforeAll(async () => {
    // Tests run after `pnpm install`, which builds; a stale or missing build is rebuilt here.
    await run(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT });
    dir = mkdtempSync(join(tmpdir(), 'newsfacts-built-'));
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the same command list as commander's own help", async () => {
    const { stdout } = await run(process.execPath, [BIN, '--help']);
    const program = await buildProgram(['node', 'newsfacts']);
    expect(stdout).toBe(program.helpInformation());
  }, 60_000);

  it("runs each command from its own bundle, with the same help as the whole program's", async () => {
    for (const name of Object.keys(COMMANDS)) {
      expect(existsSync(join(ROOT, `packages/cli/dist/command-${name}.js`))).toBe(true);
      const { stdout } = await run(process.execPath, [BIN, name, '--help']);
      const [command] = (await buildProgram(['node', 'newsfacts', name])).commands;
      expect(stdout).toBe(command!.helpInformation());
    }
  }, 120_000);

  it('queries a store read-only: the file is byte for byte the same afterwards', async () => {
    const path = join(dir, 'store.db');
    await storeWithOneFact(path);
    const digest = () => createHash('sha256').update(readFileSync(path)).digest('hex');
    const before = digest();
    const env = { ...process.env, NEWSFACTS_DB: path, NEWSFACTS_LOG_LEVEL: 'silent' };
    const { stdout } = await run(process.execPath, [BIN, 'facts', '--limit', '10', '--metric', 'shipments', '--format', 'ndjson'], { env });
    const rows = stdout.trim().split('\n').map((line) => JSON.parse(line) as { text: string; value: number; start: number });
    expect(rows).toEqual([expect.objectContaining({ text: '480 tonnes', value: 480, start: 17 })]);
    expect(digest()).toBe(before);

    const missing = await run(process.execPath, [BIN, 'facts'], { env: { ...env, NEWSFACTS_DB: join(dir, 'none.db') } }).catch((e: { code: number; stderr: string }) => e);
    expect(missing).toMatchObject({ code: 1 });
    expect((missing as { stderr: string }).stderr).toContain(`no fact store at ${join(dir, 'none.db')}`);
    expect(existsSync(join(dir, 'none.db'))).toBe(false);
  }, 60_000);

  it('answers a query alike from its classic script with the code cache missing, just written or corrupt, and from its ES module', async () => {
    const path = join(dir, 'cached.db');
    await storeWithOneFact(path);
    const env = { ...process.env, NEWSFACTS_DB: path, NEWSFACTS_LOG_LEVEL: 'silent' };
    const args = ['facts', '--limit', '10', '--format', 'ndjson'];
    const cacheDir = join(ROOT, 'packages/cli/node_modules/.cache/newsfacts');
    const caches = () => (existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.startsWith('command-facts.script-') && name.endsWith('.v8')) : []);
    for (const name of caches()) rmSync(join(cacheDir, name));

    const fromModule = (await run(process.execPath, [join(ROOT, 'packages/cli/dist/command-facts.js'), ...args], { env })).stdout;
    expect(fromModule).toContain('"text":"480 tonnes"');
    expect((await run(process.execPath, [BIN, ...args], { env })).stdout).toBe(fromModule);
    const [written] = caches();
    expect(written).toBeDefined();
    expect((await run(process.execPath, [BIN, ...args], { env })).stdout).toBe(fromModule);

    const garbage = Buffer.alloc(4096, 7);
    writeFileSync(join(cacheDir, written!), garbage);
    const corrupt = await run(process.execPath, [BIN, ...args], { env });
    expect(corrupt).toEqual({ stdout: fromModule, stderr: '' });
    expect(readFileSync(join(cacheDir, written!)).equals(garbage)).toBe(false);
  }, 60_000);
});
