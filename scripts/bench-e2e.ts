/**
 * `pnpm bench:e2e`: N synthetic fixture articles (default 1,000, `--articles N`) from a loopback
 * server, through the real queues (BullMQ on REDIS_URL, own prefix) into a temp SQLite file, run by
 * real `newsfacts` processes in three layouts:
 *   - one `run` process holding every role;
 *   - a store process beside the database plus 1 `worker --role fetch,extract` process;
 *   - the same with 2 fetch/extract processes.
 * Prints articles/s, facts/s, feed-item-to-fact latency (p50/p95), peak RSS per process, and the
 * queue cost: the CPU per article the pipeline spends beyond doing the same stages directly (same
 * pages, in this process), against that direct processing and against cleaning + extraction alone.
 * `--repeat N` runs each layout N times and reports the median (a 2-core machine varies by ±10%).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { schedulePolls } from '../packages/cli/src/index.ts';
import { startSyntheticSite, type SyntheticSite } from '../packages/cli/src/demo/synthetic-site.ts';
import { buildArticleResult } from '../workers/extract/src/index.ts';
import { blobKey, contracts, createRedis, enqueue, enqueueBulk, type ExtractArticlePayload, type FetchArticlePayload, getBlob, getBlobGzipped, obliterateQueues, openQueues, putBlob, queueCounts, retireBlobs, sha256, startWorker, type StoreArticlePayload } from '../packages/queues/src/index.ts';
import { decodeResultBlob, encodeResultBlob } from '../packages/core/src/index.ts';
import { addFeed, openDb, saveArticleResult } from '../packages/store/src/index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ARTICLES = arg('articles', 1000);
const FEEDS = arg('feeds', 10);
// Each process compiles its hot paths per isolate (the main one and every extraction thread); it
// takes a couple of thousand pages before they stop recompiling, as in any long-running deployment.
const WARMUP_ARTICLES = arg('warmup', 2000);
const CLOCK_TICKS = 100; // USER_HZ on Linux

interface Layout {
  name: string;
  processes: string[][];
}

const LAYOUTS: Layout[] = [
  { name: '1 process (run: all roles)', processes: [['run']] },
  { name: 'store + 1 fetch/extract worker', processes: [['worker', '--role', 'store'], ['worker', '--role', 'fetch,extract']] },
  { name: 'store + 2 fetch/extract workers', processes: [['worker', '--role', 'store'], ['worker', '--role', 'fetch,extract'], ['worker', '--role', 'fetch,extract']] },
];

interface Proc {
  args: string[];
  child: ChildProcess;
  log: string;
}

function startProcess(args: string[], env: Record<string, string>): Proc {
  const child = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []), '--import', 'tsx', `${ROOT}packages/cli/src/main.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const proc: Proc = { args, child, log: '' };
  child.stderr?.on('data', (d) => (proc.log = (proc.log + d).slice(-20_000)));
  return proc;
}

/** Resident-set high-water mark and CPU seconds of a live process, from /proc. */
function processStats(pid: number): { peakRssMb: number; cpuSeconds: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const hwm = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  return { peakRssMb: hwm / 1024, cpuSeconds: ticks / CLOCK_TICKS };
}

type Redis = ReturnType<typeof createRedis>;

/** CPU seconds of a process's threads grouped by thread name (main loop, worker threads, GC helpers, libuv). */
function threadCpu(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = tid === String(pid) ? 'main' : `${stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))}#${tid}`;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byName.set(name, (byName.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    } catch {
      // the thread ended while we looked
    }
  }
  return byName;
}

function threadCpuDelta(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([name, s]) => [name, s - (before.get(name) ?? 0)] as const)
    .filter(([, s]) => s >= 0.1)
    .sort((a, b) => b[1] - a[1])
    .map(([name, s]) => `${name} ${s.toFixed(1)}`)
    .join(', ');
}

async function redisCpuSeconds(redis: Redis): Promise<number> {
  const info = await redis.info('cpu');
  const read = (k: string) => Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return read('used_cpu_user') + read('used_cpu_sys');
}

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
};
const pct = (ratio: number): string => `${(ratio * 100).toFixed(0)}%`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForLog(proc: Proc, text: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!proc.log.includes(text)) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.args.join(' ')} exited: ${proc.log.slice(-2000)}`);
    if (Date.now() > deadline) throw new Error(`${proc.args.join(' ')} not ready in ${timeoutMs} ms`);
    await sleep(100);
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : Number.NaN;
}

interface PureWork {
  /** Clean + extract in one thread: the rate the issue compares against. */
  pagesPerSecond: number;
  /** CPU seconds per article of each stage done directly, without queues. */
  fetchCpu: number;
  extractCpu: number;
  storeCpu: number;
  facts: number;
  pages: [string, string][];
  serialized: string[];
}

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

/** The same work as the pipeline, stage by stage in this process: fetch, clean + extract, store. */
async function pureWork(site: SyntheticSite, dir: string): Promise<PureWork> {
  let cpu = process.cpuUsage();
  const pages: [string, string][] = [];
  for (let i = 0; i < ARTICLES; i += 16) {
    const batch = Array.from({ length: Math.min(16, ARTICLES - i) }, (_, k) => site.articleUrl(i + k));
    pages.push(...(await Promise.all(batch.map(async (url) => [url, await (await fetch(url)).text()] as [string, string]))));
  }
  // Includes the loopback server's side of each request: an upper bound on fetching.
  const fetchCpu = cpuSeconds(cpu) / ARTICLES;
  const results = () => pages.map(([url, html]) => buildArticleResult({ url, finalUrl: url, feedId: null, guid: `bench-${url}`, itemTitle: null, itemPublished: null, pageBlob: 'bench', pageHash: 'bench', fetch: { status: 200, bytes: html.length, ms: 1, fetchedAt: new Date().toISOString() } }, html));
  results(); // warm-up: JIT and the extractor's tables
  cpu = process.cpuUsage();
  const start = performance.now();
  const built = results();
  const seconds = (performance.now() - start) / 1000;
  const extractCpu = cpuSeconds(cpu) / ARTICLES;
  const store = await openDb(join(dir, 'pure.db'));
  try {
    cpu = process.cpuUsage();
    // The page snapshot compressed as the pipeline does it once (fetch stage, fastest level).
    for (const { html, ...result } of built) await saveArticleResult(store.db, { ...result, snapshot: { gz: gzipSync(html, { level: 1 }), hash: sha256(html) } }, { reviewThreshold: 0.8 });
    const storeCpu = cpuSeconds(cpu) / ARTICLES;
    const serialized = built.map((r) => encodeResultBlob(r, sha256(r.html)));
    return { pagesPerSecond: ARTICLES / seconds, fetchCpu, extractCpu, storeCpu, facts: built.reduce((sum, r) => sum + r.facts.length, 0), pages, serialized };
  } finally {
    await store.close();
  }
}

/**
 * The queues alone: the same three jobs per article (fetch → extract → store) through the real
 * contracts, worker runtime and Redis blobs, carrying the real page and result, with processors that
 * only hand over (no HTTP, no cleaning, no SQLite). CPU per article of this process and Redis.
 */
async function queueOnlyCost(pages: [string, string][], results: string[], redis: Redis, blobs = true): Promise<{ cpuPerArticle: number; articlesPerSecond: number }> {
  const prefix = `nfbench-q-${randomUUID().slice(0, 8)}`;
  const connection = { url: REDIS_URL, maxRetriesPerRequest: null } as never;
  const queues = openQueues(connection, prefix);
  const log = { info() {}, warn() {}, error() {}, child() { return log; } };
  let stored = 0;
  const workers = [
    startWorker(contracts.fetchArticle, async (p: FetchArticlePayload) => {
      const index = Number(/(\d+)\.html$/.exec(p.url)?.[1]);
      const html = pages[index]?.[1] ?? '';
      const pageHash = sha256(html);
      const pageBlob = blobKey(prefix, 'page', pageHash);
      if (blobs) await putBlob(redis, pageBlob, html);
      await enqueue(queues, 'extractArticle', { ...p, finalUrl: p.url, pageBlob, pageHash, fetch: { status: 200, bytes: html.length, ms: 1, fetchedAt: new Date().toISOString() } });
    }, { connection, prefix, concurrency: 8, log }),
    startWorker(contracts.extractArticle, async (p: ExtractArticlePayload) => {
      if (blobs) await getBlob(redis, p.pageBlob);
      const serialized = results[Number(/(\d+)\.html$/.exec(p.url)?.[1])] ?? '{}';
      const resultHash = sha256(serialized);
      const resultBlob = blobKey(prefix, 'result', resultHash);
      if (blobs) await putBlob(redis, resultBlob, serialized, { compress: false });
      await enqueue(queues, 'storeArticle', { url: p.url, resultBlob, resultHash, pageBlob: p.pageBlob });
    }, { connection, prefix, concurrency: 2, log }),
    startWorker(contracts.storeArticle, async (p: StoreArticlePayload) => {
      if (blobs) {
        decodeResultBlob((await getBlob(redis, p.resultBlob)) ?? '{}');
        await getBlobGzipped(redis, p.pageBlob ?? '');
      }
      if (blobs) await retireBlobs(redis, p.resultBlob, ...(p.pageBlob ? [p.pageBlob] : []));
      stored += 1;
    }, { connection, prefix, concurrency: 1, log }),
  ];
  try {
    const payloads = pages.map(([url]) => ({ url, feedId: null, guid: url, itemTitle: null, itemPublished: null }));
    const cpu = process.cpuUsage();
    const redisBefore = await redisCpuSeconds(redis);
    const start = performance.now();
    await enqueueBulk(queues, 'fetchArticle', payloads);
    while (stored < pages.length) await sleep(20);
    const seconds = (performance.now() - start) / 1000;
    const total = cpuSeconds(cpu) + (await redisCpuSeconds(redis)) - redisBefore;
    return { cpuPerArticle: total / pages.length, articlesPerSecond: pages.length / seconds };
  } finally {
    await Promise.all(workers.map((w) => w.close()));
    await obliterateQueues(queues);
    await queues.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
  }
}

interface LayoutResult {
  layout: string;
  seconds: number;
  articles: number;
  facts: number;
  p50: number;
  p95: number;
  rss: string;
  cpu: string;
  cpuSeconds: number;
}

async function runLayout(layout: Layout, site: SyntheticSite, warmup: SyntheticSite, redis: Redis): Promise<LayoutResult> {
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-e2e-'));
  const prefix = `nfbench-${randomUUID().slice(0, 8)}`;
  const dbPath = join(dir, 'facts.db');
  const env = {
    REDIS_URL,
    NEWSFACTS_QUEUE_PREFIX: prefix,
    NEWSFACTS_DB: dbPath,
    NEWSFACTS_ALLOW_PRIVATE_NETWORKS: '1',
    NEWSFACTS_HOST_MIN_DELAY_MS: '0',
    NEWSFACTS_HOST_MAX_CONCURRENT: '16',
    NEWSFACTS_RESPECT_ROBOTS: '0',
    NEWSFACTS_METRICS_PORT: '0',
    NEWSFACTS_LOG_LEVEL: 'info',
  };
  const seed = await openDb(dbPath);
  const procs = layout.processes.map((args) => startProcess(args, env));
  const queues = openQueues({ url: REDIS_URL, maxRetriesPerRequest: null } as never, prefix);
  const count = (table: 'articles' | 'facts') => (seed.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  /** Adds the site's feeds, polls them now, and waits until `total` articles are stored and the queues are empty. */
  const ingest = async (feedUrls: string[], total: number, label: string) => {
    for (const url of feedUrls) await addFeed(seed.db, { url, intervalMinutes: 24 * 60 });
    await schedulePolls(seed, queues, { now: new Date(), force: `${label}-${prefix}` });
    for (;;) {
      if (count('articles') >= total) {
        const counts = await queueCounts(queues);
        const busy = Object.entries(counts)
          .filter(([name]) => !name.includes('schedule'))
          .reduce((sum, [, c]) => sum + (c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0), 0);
        if (busy === 0) return;
      }
      for (const proc of procs) if (proc.child.exitCode !== null) throw new Error(`${proc.args.join(' ')} died: ${proc.log.slice(-2000)}`);
      await sleep(100);
    }
  };
  try {
    for (const proc of procs) await waitForLog(proc, 'workers running', 60_000);
    // Long-running workers are measured warm: a first batch starts the extraction threads and
    // lets the JIT compile the hot paths, as the first minutes of any deployment would.
    await ingest(warmup.feedUrls, WARMUP_ARTICLES, 'warmup');
    const factsBefore = count('facts');
    const cpuBefore = procs.map((p) => processStats(p.child.pid as number).cpuSeconds);
    const threadsBefore = procs.map((p) => threadCpu(p.child.pid as number));
    const redisBefore = await redisCpuSeconds(redis);
    const start = performance.now();
    await ingest(site.feedUrls, WARMUP_ARTICLES + ARTICLES, 'bench');
    const stored = count('articles') - WARMUP_ARTICLES;
    const seconds = (performance.now() - start) / 1000;
    const stats = procs.map((p) => processStats(p.child.pid as number));
    if (process.argv.includes('--threads')) {
      procs.forEach((p, i) => process.stdout.write(`  threads of ${p.args.join(' ')}: ${threadCpuDelta(threadsBefore[i] ?? new Map(), threadCpu(p.child.pid as number))}\n`));
    }
    const redisCpu = (await redisCpuSeconds(redis)) - redisBefore;
    const facts = count('facts') - factsBefore;
    const latencies = (
      seed.sqlite
        .prepare(`SELECT (julianday(a.created_at) - julianday(fi.first_seen_at)) * 86400.0 AS s FROM feed_items fi JOIN articles a ON a.id = fi.article_id JOIN feeds f ON f.id = fi.feed_id WHERE f.url LIKE ? || '%'`)
        .all(site.baseUrl) as { s: number }[]
    )
      .map((r) => r.s)
      .sort((a, b) => a - b);
    return {
      layout: layout.name,
      seconds,
      articles: stored,
      facts,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      rss: procs.map((p, i) => `${p.args.at(-1)} ${stats[i]?.peakRssMb.toFixed(0)} MB`).join(', '),
      cpu: `${procs.map((p, i) => `${p.args.at(-1)} ${((stats[i]?.cpuSeconds ?? 0) - (cpuBefore[i] ?? 0)).toFixed(1)} s`).join(', ')}, redis ${redisCpu.toFixed(1)} s`,
      cpuSeconds: stats.reduce((sum, s, i) => sum + s.cpuSeconds - (cpuBefore[i] ?? 0), 0) + redisCpu,
    };
  } finally {
    for (const proc of procs) proc.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => (p.child.exitCode !== null ? null : new Promise((r) => p.child.once('exit', r)))));
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    await queues.close();
    await seed.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const redis = createRedis(REDIS_URL);
  const site = await startSyntheticSite({ articles: ARTICLES, feeds: FEEDS });
  const warmup = await startSyntheticSite({ articles: WARMUP_ARTICLES, feeds: 2, series: 'warm-up' });
  const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-pure-'));
  try {
    const pure = await pureWork(site, dir);
    const ms = (s: number) => `${(s * 1000).toFixed(2)} ms`;
    process.stdout.write(`bench:e2e — ${ARTICLES} articles in ${FEEDS} feeds, Redis ${REDIS_URL}\n`);
    process.stdout.write(`clean + extract alone (1 thread, in process): ${pure.pagesPerSecond.toFixed(1)} articles/s, ${pure.facts} facts\n`);
    process.stdout.write(`CPU per article done directly: fetch ${ms(pure.fetchCpu)}, clean + extract ${ms(pure.extractCpu)}, store ${ms(pure.storeCpu)}\n\n`);
    await queueOnlyCost(pure.pages.slice(0, 100), pure.serialized, redis); // warm-up
    const queue = await queueOnlyCost(pure.pages, pure.serialized, redis);
    process.stdout.write(
      `queues alone (3 jobs per article, real page and result blobs, no-op work): ${ms(queue.cpuPerArticle)} CPU per article = ${((queue.cpuPerArticle / pure.extractCpu) * 100).toFixed(0)}% of clean + extract; ${queue.articlesPerSecond.toFixed(0)} articles/s\n\n`,
    );
    if (process.argv.includes('--queue-only')) {
      const bare = await queueOnlyCost(pure.pages, pure.serialized, redis, false);
      process.stdout.write(`queues alone without blobs: ${ms(bare.cpuPerArticle)} CPU per article; ${bare.articlesPerSecond.toFixed(0)} articles/s\n`);
      return;
    }
    const rows: string[] = [];
    const summaries: string[] = [];
    const direct = pure.fetchCpu + pure.extractCpu + pure.storeCpu;
    const repeat = Math.max(1, arg('repeat', 1));
    const only = process.argv.indexOf('--layout');
    for (const layout of only > 0 ? LAYOUTS.slice(Number(process.argv[only + 1]), Number(process.argv[only + 1]) + 1) : LAYOUTS) {
      const costs: number[] = [];
      const rates: number[] = [];
      for (let run = 1; run <= repeat; run++) {
        const r = await runLayout(layout, site, warmup, redis);
        const rate = r.articles / r.seconds;
        const perArticle = r.cpuSeconds / r.articles;
        // What the queues add: the pipeline's CPU beyond doing the same stages directly.
        const queueCost = perArticle - direct;
        costs.push(queueCost);
        rates.push(rate);
        const label = repeat > 1 ? `${r.layout} (${run}/${repeat})` : r.layout;
        rows.push(
          `| ${label} | ${r.articles} | ${r.seconds.toFixed(1)} | ${rate.toFixed(1)} | ${(r.facts / r.seconds).toFixed(0)} | ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} | ${r.rss} | ${(rate / pure.pagesPerSecond).toFixed(2)} | ${ms(perArticle)} | ${ms(queueCost)} | ${pct(queueCost / direct)} | ${pct(queueCost / pure.extractCpu)} |`,
        );
        process.stdout.write(`${label}: ${rate.toFixed(1)} articles/s, ${r.facts} facts; CPU ${r.cpu}\n`);
      }
      const cost = median(costs);
      summaries.push(
        `${layout.name}: median ${median(rates).toFixed(1)} articles/s; queue cost ${ms(cost)} per article = ${pct(cost / direct)} of the direct processing (${ms(direct)})${repeat > 1 ? `, runs ${pct(Math.min(...costs) / direct)}–${pct(Math.max(...costs) / direct)}` : ''}`,
      );
    }
    process.stdout.write(
      `\n| layout | articles | seconds | articles/s | facts/s | item→fact p50 / p95 s | peak RSS per process | rate ÷ clean+extract rate | CPU per article | queue cost per article | queue cost ÷ direct processing | queue cost ÷ clean+extract |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n\n${summaries.join('\n')}\n`,
    );
    process.stdout.write(
      '\nCPU per article: all newsfacts processes (worker threads included) and Redis, from /proc and INFO. Direct processing: fetch + clean/extract + store done stage by stage in one process, without queues. Queue cost: CPU per article minus the direct processing.\n',
    );
  } finally {
    await site.close();
    await warmup.close();
    redis.disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
