// The extension reads a page as the CLI does: analyze() bundled into Chromium, on every page of
// ../shared/corpus and tests/fixtures (decoded as the CLI decodes them) gives the same JSON as the CLI's
// jsdom run. (jsdom and browsers differ in places, e.g. the order of a selector group's matches.)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBytes } from '../../cli/decode';
import { corpusPages, CORPUS_DIR } from '../../cli/eval-pages';
import { parseHtml } from '../../cli/load-page';
import { analyze } from '../../lib/analyze';
import { bundleIife } from './support/bundle';
import { CHROMIUM } from './support/chromium';
import { summarize } from './support/parity-entry';
import { serveStatic, type StaticServer } from './support/server';

// (heading-order.html: a headline in an <h5> that jsdom lists after a footer's <h3>.)
const files = [
  ...corpusPages().map((p) => p.file),
  ...readdirSync('tests/fixtures')
    .filter((f) => f.endsWith('.html'))
    .map((f) => resolve('tests/fixtures', f)),
];

describe.skipIf(!existsSync(`${CORPUS_DIR}/index.json`))('CLI and Chromium agree', () => {
  let server: StaticServer;
  let browser: Browser;
  let code = '';
  beforeAll(async () => {
    code = await bundleIife('tests/e2e/support/parity-entry.ts', 'zhujiParity');
    server = await serveStatic('tests/fixtures');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    `on ${files.length} pages: metadata, body text, figures, events and junk`,
    { timeout: 240_000 },
    async () => {
      // The page's own scripts off: what is compared is the saved HTML, as the CLI reads it.
      const context = await browser.newContext({ javaScriptEnabled: false });
      // Nothing leaves the test server. A page's <meta http-equiv="refresh"> to its live site gets
      // a 204, which keeps the page where it is (an aborted navigation would show an error page).
      await context.route(
        (url) => url.origin !== server.origin,
        (route) => (route.request().isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort()),
      );
      const differ: string[] = [];
      for (const [i, file] of files.entries()) {
        const html = decodeBytes(readFileSync(file)).text;
        const path = `/parity/${i}.html`;
        server.override(path, html);
        const url = `${server.origin}${path}`;
        // A page of its own for each file, so that no timer of the last page (a refresh) can
        // interrupt the next one's navigation.
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        const inBrowser = await page.evaluate<string>(`${code}; zhujiParity.summary(${JSON.stringify(url)})`);
        await page.close();
        const inCli = summarize(analyze(parseHtml(html, url).doc, { url }));
        if (inBrowser !== inCli) differ.push(file);
      }
      await context.close();
      expect(differ).toEqual([]);
    },
  );
});
