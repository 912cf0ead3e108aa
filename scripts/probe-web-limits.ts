// pnpm probe:web-limits — what an oversized request costs the web app. Starts the real `newsfacts
// serve` (its own process, temp database), POSTs a 400 MB body to /sign-in and to /api/feeds as an
// attacker would (a declared Content-Length, then as fast as the socket takes it; and chunked, with no
// length to refuse by), and prints per request: the status, how many bytes the client got onto the
// socket before the server answered and before it hung up, and the server's resident memory (VmRSS)
// and peak (VmHWM, Linux) before and after.
// Options: --mb N (default 400).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const mbArg = args.indexOf('--mb');
const TOTAL = (mbArg >= 0 ? Number(args[mbArg + 1]) : 400) * 1024 * 1024;
const CHUNK = Buffer.alloc(1024 * 1024, 0x61);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

async function startServe(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'packages/cli/src/main.ts'), 'serve', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, NEWSFACTS_DB: join(dir, 'probe.db'), NEWSFACTS_QUEUE_PREFIX: 'probe-web-limits', NEWSFACTS_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (d: Buffer) => {
      seen += d.toString('utf8');
      const m = /serving on (http:\/\/\S+)/.exec(seen);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`newsfacts serve exited with ${code}: ${seen}`)));
  });
  return { child, url };
}

interface Outcome {
  status: number | string;
  sentAtAnswer: number;
  sentAtClose: number;
}

/** Streams up to TOTAL bytes; stops when the server answers and the socket closes, or when all is sent. */
function flood(url: string, path: string, headers: Record<string, string>, chunked: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    let status: number | string = 'no answer';
    let sentAtAnswer = -1;
    let offered = 0;
    const req = http.request(new URL(path, url), { method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': String(TOTAL) } });
    const written = () => req.socket?.bytesWritten ?? 0;
    const finish = () => resolve({ status, sentAtAnswer: sentAtAnswer < 0 ? written() : sentAtAnswer, sentAtClose: written() });
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      sentAtAnswer = written();
      res.resume();
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (status === 'no answer') status = e.code ?? e.message;
    });
    req.on('close', finish);
    const pump = () => {
      while (offered < TOTAL && !req.destroyed) {
        offered += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

const dir = mkdtempSync(join(tmpdir(), 'newsfacts-probe-'));
const { child, url } = await startServe(dir);
try {
  const before = memoryOf(child.pid!);
  console.log(`newsfacts serve at ${url}; server memory before: rss ${before.rssMb} MB, peak ${before.peakMb} MB; body ${mb(TOTAL)} MB per request`);
  const form = { 'content-type': 'application/x-www-form-urlencoded', origin: url };
  const json = { 'content-type': 'application/json', authorization: 'Bearer nf_probe-not-a-token' };
  const cases: [string, string, Record<string, string>, boolean][] = [
    ['POST /sign-in, Content-Length', '/sign-in', form, false],
    ['POST /sign-in, chunked', '/sign-in', form, true],
    ['POST /api/feeds, Content-Length', '/api/feeds', json, false],
    ['POST /api/feeds, chunked', '/api/feeds', json, true],
  ];
  for (const [label, path, headers, chunked] of cases) {
    const o = await flood(url, path, headers, chunked);
    const m = memoryOf(child.pid!);
    console.log(`${label.padEnd(34)} status ${o.status}  sent before answer ${mb(o.sentAtAnswer)} MB, before hang-up ${mb(o.sentAtClose)} MB  server rss ${m.rssMb} MB, peak ${m.peakMb} MB`);
  }
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
