// Run as its own process: on a "lock" line on stdin, takes SQLite's write lock on a database and
// keeps it for a while, as a backup tool or an operator's `sqlite3` shell would. Started ahead of
// time so the lock is taken the moment the test asks, not after a process start-up.
import { createInterface } from 'node:readline';
import { openDb } from '@newsfacts/store';

const [path, holdMs] = process.argv.slice(2);
if (!path || !holdMs) throw new Error('usage: hold-write-lock <db> <ms>');
const store = await openDb(path, { migrate: false });
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'lock') continue;
  store.sqlite.exec('BEGIN IMMEDIATE');
  store.sqlite.prepare('UPDATE feeds SET title = title WHERE id = -1').run();
  process.stdout.write('locked\n');
  await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
  store.sqlite.exec('COMMIT');
  break;
}
await store.close();
process.stdout.write('released\n');
process.stdin.destroy(); // the test keeps its end of the pipe open
