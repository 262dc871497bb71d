/** Renders scripts/icon.svg to the PNG sizes the manifest uses. Run: npx tsx scripts/icons.ts */
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('scripts/icon.svg', 'utf8');
for (const size of [16, 32, 48, 96, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(`public/icon/${size}.png`, png);
  console.log(`public/icon/${size}.png`);
}
