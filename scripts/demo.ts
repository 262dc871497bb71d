/**
 * `npm run demo`: serves the bundled sample article on 127.0.0.1, opens it in Chromium with the
 * built extension loaded (a visible window when there is a display, headless otherwise), and
 * writes screenshots of the page and the popup to demo-output/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { launchChromium, CHROMIUM } from '../tests/e2e/support/chromium';
import { serveStatic } from '../tests/e2e/support/server';

const OUT = 'demo-output';

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(
      `Chromium was not found at ${CHROMIUM}.\n` +
        'Install it (Debian/Ubuntu): sudo apt-get install chromium fonts-wqy-microhei\n' +
        'or point CHROMIUM_PATH at a Chrome/Chromium binary: CHROMIUM_PATH=/path/to/chrome npm run demo',
    );
    process.exit(1);
  }
  const visible = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  mkdirSync(OUT, { recursive: true });
  const server = await serveStatic('tests/fixtures');
  const browser = await launchChromium({ headless: !visible });
  const url = `${server.origin}/seed.html`;
  console.log(`Serving the sample article at ${url}`);
  console.log(`Chromium ${visible ? 'window' : '(headless)'} with Zhuji ${browser.extensionId} loaded`);

  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(url);
  await page.waitForSelector('zhuji-ui', { state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(300); // let the notice and chips paint
  // hover a figure, as a reader would, so the screenshot shows its tooltip
  const point = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const range = [...(registry.get('zhuji-figure') ?? [])].find((r) => r.toString().includes('328.13'));
    const rect = range?.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  });
  if (point) {
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: `${OUT}/page.png` });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.waitForSelector('[data-testid=row]');
  await popup.screenshot({ path: `${OUT}/popup.png` });
  console.log(`Screenshots: ${OUT}/page.png, ${OUT}/popup.png`);

  if (visible) {
    await popup.close();
    await page.bringToFront();
    console.log('Close the Chromium window (or press Ctrl-C) to end the demo.');
    await new Promise<void>((done) => {
      browser.context.on('close', () => done());
      process.on('SIGINT', () => done());
    });
  }
  await browser.close().catch(() => undefined);
  await server.close();
}

main().catch((error: unknown) => {
  console.error('demo failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
