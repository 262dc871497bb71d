import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = resolve('.output/firefox-mv3');
export const GECKO_ID = 'zhuji@zhuji.example';
/** Fixed internal UUID, so tests can open moz-extension:// pages (Firefox refuses them otherwise). */
export const FIREFOX_UUID = '7a1c0c1e-2b9d-4c39-9a55-5a0f1e2d3c4b';

export interface FirefoxSession {
  browser: Browser;
  base: string;
  profile: string;
  close(keepProfile?: boolean): Promise<void>;
}

export async function launchFirefox(
  opts: { profile?: string; build?: string } = {},
): Promise<FirefoxSession> {
  const build = resolve(opts.build ?? FIREFOX_BUILD);
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
  if (!existsSync(join(build, 'manifest.json'))) throw new Error('No build: run `npm run build` first');
  const profile = opts.profile ?? mkdtempSync(join(tmpdir(), 'zhuji-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Lets automation open moz-extension:// pages (the popup and options pages) in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Keep Firefox off the network this machine does not have.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  await browser.installExtension(build);
  return {
    browser,
    base: `moz-extension://${FIREFOX_UUID}`,
    profile,
    async close(keepProfile = false) {
      await browser.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page (popup.html, options.html) in a new tab. Firefox swaps the tab into
 * the extension process, and puppeteer loses the navigation (goto never settles), so the
 * navigation is fired and the page is awaited by its own location instead.
 */
export async function openExtensionPage(session: FirefoxSession, path: string) {
  const page = await session.browser.newPage();
  const url = `${session.base}/${path}`;
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href === url) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not open (at ${href || 'nothing'})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
