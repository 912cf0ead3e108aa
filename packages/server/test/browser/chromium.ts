import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';

/** Debian's chromium, driven by playwright-core (never `playwright install`). */
export function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
    return found || null;
  } catch {
    return null;
  }
}

const INSTALL_HINT = 'apt-get install -y --no-install-recommends chromium';
// CI must never go green without a browser having run: there a missing Chromium fails the suite.
if (!chromiumPath() && process.env.CI) throw new Error(`browser tests need Chromium in CI and none is on PATH (${INSTALL_HINT})`);

export const CHROMIUM = chromiumPath();
if (!CHROMIUM) {
  process.stderr.write(`browser tests skipped: no chromium on PATH (${INSTALL_HINT})\n`);
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** test-artifacts/ at the repository root (gitignored); CI keeps it. */
export const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '../../../../test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const shot = (name: string) => join(ARTIFACTS, name);
