/**
 * pnpm probe:fact-bomb [--runs N] [--root DIR] [--max-wait S]
 *
 * Serves a feed on 127.0.0.1 that lists normal articles beside a 256 KB and a 2 MB fact bomb (one
 * figure-rich sentence repeated), then runs the real CLI, `newsfacts run --until-idle`, N times
 * (default 2) against a fresh SQLite file and a private prefix on REDIS_URL. Prints, per run, the
 * exit code, the process's peak resident memory (VmHWM from /proc, sampled until it exits), the time
 * taken and the requests each bomb drew; then the articles stored (with the facts the caps dropped)
 * and the articles quarantined. --root runs another checkout's CLI (say, one before the caps) on
 * the same pages, for a before/after comparison.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openDb } from '../packages/store/src/index.ts';
import { BOMB_SIZES, startFactBombSite } from '../packages/cli/test/faults/fact-bomb-site.ts';
import { clearPrefix } from '../packages/cli/test/faults/clear-prefix.ts';

const HERE = fileURLToPath(new URL('..', import.meta.url));

interface RunFigures {
  code: number | string;
  peakRssMb: number;
  seconds: number;
}

/** Peak resident set of a process (kB), or null once it is gone. */
function peakKb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function runCli(root: string, args: string[], env: Record<string, string>): Promise<RunFigures & { output: string }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'packages/cli/src/main.ts'), ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, peakKb(child.pid!) ?? 0)), 50);
    child.on('error', fail);
    child.on('exit', (code, signal) => {
      clearInterval(sampler);
      done({ code: code ?? signal ?? -1, peakRssMb: Math.round(peak / 1024), seconds: Math.round((performance.now() - started) / 100) / 10, output });
    });
  });
}

async function report(dbPath: string): Promise<void> {
  const store = await openDb(dbPath, { readonly: true, migrate: false });
  const db = store.sqlite;
  try {
    const columns = (db.prepare("SELECT name FROM pragma_table_info('articles')").all() as { name: string }[]).map((c) => c.name);
    const dropped = columns.includes('facts_dropped') ? 'a.facts_dropped, a.facts_dropped_reason' : "NULL AS facts_dropped, 'n/a' AS facts_dropped_reason";
    const articles = db.prepare(`SELECT a.url, length(a.body_text) AS body, (SELECT count(*) FROM facts f WHERE f.article_id = a.id) AS facts, ${dropped} FROM articles a ORDER BY a.id`).all() as Record<string, unknown>[];
    console.log(`articles stored: ${articles.length}`);
    for (const a of articles) console.log(`  ${a.url}  body ${a.body} chars, ${a.facts} facts, dropped ${a.facts_dropped ?? 'n/a'}${a.facts_dropped_reason ? ` (${a.facts_dropped_reason})` : ''}`);
    const hasQuarantine = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'quarantined_articles'").get();
    const quarantined = hasQuarantine ? (db.prepare('SELECT url, queue, failures, reason FROM quarantined_articles').all() as Record<string, unknown>[]) : [];
    console.log(`articles quarantined: ${hasQuarantine ? quarantined.length : 'n/a (no quarantine table)'}`);
    for (const q of quarantined) console.log(`  ${q.url}  ${q.queue} x${q.failures}: ${String(q.reason).slice(0, 160)}`);
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '2' }, root: { type: 'string' }, 'max-wait': { type: 'string', default: '600' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('usage: pnpm probe:fact-bomb [--runs N] [--root DIR] [--max-wait S]');
  const root = resolve(values.root ?? HERE);
  if (!existsSync(join(root, 'packages/cli/src/main.ts'))) throw new Error(`no newsfacts CLI under ${root}`);
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bomb-'));
  const prefix = `nfbomb-${process.pid}`;
  const env = {
    REDIS_URL: redisUrl,
    NEWSFACTS_QUEUE_PREFIX: prefix,
    NEWSFACTS_DB: join(dir, 'facts.db'),
    NEWSFACTS_ALLOW_PRIVATE_NETWORKS: '1',
    NEWSFACTS_HOST_MIN_DELAY_MS: '0',
    NEWSFACTS_METRICS_PORT: '0',
    NEWSFACTS_LOG_LEVEL: 'warn',
  };
  const site = await startFactBombSite();
  try {
    const added = await runCli(root, ['feeds', 'add', site.feedUrl, '--no-discover'], env);
    if (added.code !== 0) throw new Error(`feeds add failed: ${added.output}`);
    console.log(`CLI: ${root}\nbombs: ${Object.entries(BOMB_SIZES).map(([slug, bytes]) => `${slug} ${Math.round(bytes / 1024)} KB`).join(', ')}`);
    for (let run = 1; run <= runs; run++) {
      const before = Object.fromEntries(Object.keys(BOMB_SIZES).map((slug) => [slug, site.hits[site.pagePath(slug)] ?? 0]));
      const r = await runCli(root, ['run', '--until-idle', '--max-wait', values['max-wait']!], env);
      const fetched = Object.keys(BOMB_SIZES).map((slug) => `${slug} ${(site.hits[site.pagePath(slug)] ?? 0) - before[slug]!}`).join(', ');
      console.log(`run ${run}: exit ${r.code}, peak RSS ${r.peakRssMb} MB, ${r.seconds} s, bomb requests: ${fetched}`);
      if (r.code !== 0) console.log(r.output.split('\n').slice(-15).map((l) => `  | ${l}`).join('\n'));
    }
    await report(env.NEWSFACTS_DB);
  } finally {
    await site.close();
    await clearPrefix(redisUrl, prefix).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
