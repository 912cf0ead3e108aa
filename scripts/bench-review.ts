// pnpm bench:review — latency of "next item" in the review queue with 10,000 pending facts.
// Builds a temp store through the real store functions, starts the real HTTP server on 127.0.0.1,
// and times POST /api/review/next as several reviewers work the queue at once (leases held,
// decisions made between requests), plus the same with filters: one reviewer alone (the latency a
// reviewer feels), then N at once with no think time (queueing in one process). Prints p50/p95/max in ms.
// Options: --pending N (default 10000), --requests N (default 600), --reviewers N (default 8).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { asServerDb, createUser, startServer } from '../packages/server/src/index.ts';
import { openDb, saveArticleResult } from '../packages/store/src/index.ts';
import { articleResult, type SeedArticle } from '../packages/server/test/helpers/seed.ts';

const args = process.argv.slice(2);
const arg = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const PENDING = arg('--pending', 10_000);
const REQUESTS = arg('--requests', 600);
const REVIEWERS = arg('--reviewers', 8);
const PER_ARTICLE = 5;
const COUNTRIES = ['China', 'Japan', 'Germany', 'the United States', 'South Korea', 'Vietnam', 'India'];

function article(i: number): SeedArticle {
  const sentences = Array.from({ length: PER_ARTICLE }, (_, k) => {
    const t = 50 + ((i * PER_ARTICLE + k) % 5000);
    return `Shipments of item ${k} to ${COUNTRIES[(i + k) % COUNTRIES.length]} reached ${t} tonnes in report ${i}.`;
  });
  return {
    url: `https://bench.example/a/${i}`,
    title: `Bench article ${i}`,
    paragraphs: [sentences.slice(0, 2).join(' '), sentences.slice(2).join(' ')],
    facts: sentences.map((s, k) => ({
      text: /\d+ tonnes/.exec(s)![0],
      sentence: s,
      value: Number(/(\d+) tonnes/.exec(s)![1]),
      confidence: ((i * 7919 + k * 104729) % 790) / 1000 + 0.001,
      subject: k === 0 ? 'CN' : null,
    })),
  };
}

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${pct(s, 50).toFixed(1)} ms  p95 ${pct(s, 95).toFixed(1)} ms  max ${s.at(-1)!.toFixed(1)} ms  (n=${s.length})`;
};

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-bench-review-'));
const store = await openDb(join(dir, 'bench.db'));
try {
  const t0 = performance.now();
  for (let i = 0; i < Math.ceil(PENDING / PER_ARTICLE); i++) await saveArticleResult(store.db, articleResult(article(i)), { reviewThreshold: 0.8 });
  const pending = await store.db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
  console.log(`seeded ${pending.n} pending facts in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  const db = asServerDb(store.db);
  const tokens: string[] = [];
  for (let r = 0; r < REVIEWERS; r++) tokens.push((await createUser(db, `bench-reviewer-${r}`, 'reviewer')).token);
  const server = await startServer({ db: store.db, queues: null, port: 0 });
  const post = async (token: string, path: string, body: unknown) => {
    const res = await fetch(server.url + path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path} -> ${res.status}`);
    const store = /store;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
    return { ...((await res.json()) as { items?: { id: number }[] }), storeMs: store ? Number(store[1]) : null };
  };

  const run = async (label: string, body: object, reviewers: number) => {
    const times: number[] = [];
    const storeTimes: number[] = [];
    let decided = 0;
    // Reviewers work in parallel with no think time; every other request also decides the head
    // item, so the queue moves and leases churn as they do in real use.
    const perReviewer = Math.ceil(REQUESTS / reviewers);
    await Promise.all(
      tokens.slice(0, reviewers).map(async (token) => {
        for (let i = 0; i < perReviewer; i++) {
          const t = performance.now();
          const { items = [], storeMs } = await post(token, '/api/review/next', body);
          times.push(performance.now() - t);
          if (storeMs !== null) storeTimes.push(storeMs);
          if (i % 2 === 0 && items[0]) {
            await post(token, `/api/review/${items[0].id}/decision`, { action: i % 4 === 0 ? 'approve' : 'reject' });
            decided++;
          }
        }
      }),
    );
    console.log(`${`${label}, ${reviewers} reviewer(s)`.padEnd(48)} ${fmt(times)}  decisions ${decided}`);
    console.log(`${'  of which in the store (Server-Timing)'.padEnd(48)} ${fmt(storeTimes)}`);
  };

  // Warm-up (JIT, SQLite page cache), not counted.
  await post(tokens[0]!, '/api/review/next', { limit: 10 });
  for (const reviewers of [...new Set([1, REVIEWERS])]) {
    await run('next (limit 10), no filter', { limit: 10 }, reviewers);
    await run('next (limit 10), country=CN', { limit: 10, filters: { country: 'CN' } }, reviewers);
    await run('next (limit 1), type=tonnage', { limit: 1, filters: { type: 'tonnage' } }, reviewers);
  }
  const left = await store.db.selectFrom('facts').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'pending').executeTakeFirstOrThrow();
  console.log(`pending at the end: ${left.n} (load average ${(await import('node:os')).loadavg()[0]!.toFixed(2)} on ${(await import('node:os')).cpus().length} cores)`);
  await server.close();
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
