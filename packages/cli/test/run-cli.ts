import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `newsfacts` entry point in a child process, as a user would. */
export function runCli(args: string[], options: { env?: Record<string, string>; input?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // Node with tsx as a loader, as `pnpm newsfacts` runs it: one process, not the launcher's two.
    const child = spawn(process.execPath, ['--import', 'tsx', `${ROOT}packages/cli/src/main.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', NEWSFACTS_LOG_LEVEL: 'silent', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}
