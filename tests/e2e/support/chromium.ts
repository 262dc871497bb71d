import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_BUILD = resolve('.output/chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  close(keepProfile?: boolean): Promise<void>;
}

/** Launches Debian's Chromium with the built extension; resolves once its service worker runs. */
export async function launchChromium(
  opts: { profile?: string; headless?: boolean; build?: string } = {},
): Promise<ChromiumSession> {
  const build = resolve(opts.build ?? CHROME_BUILD);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  if (!existsSync(join(build, 'manifest.json'))) throw new Error('No build: run `npm run build` first');
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'zhuji-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    async close(keepProfile = false) {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}
