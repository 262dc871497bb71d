import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NONCHARACTER } from '../../lib/build/noncharacter-guard';

const OUTPUT = '.output';

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

const targets = ['chrome-mv3', 'firefox-mv3'];

describe('built bundles are clean UTF-8 without noncharacters (Chrome refuses the extension otherwise)', () => {
  for (const target of targets) {
    const files = jsFiles(join(OUTPUT, target));

    it(`${target} has bundles to check`, () => {
      expect(files.length).toBeGreaterThanOrEqual(4);
      expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
      expect(files.some((f) => f.includes('content-scripts'))).toBe(true);
    });

    for (const file of files) {
      it(file, () => {
        const bytes = readFileSync(file);
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // throws on invalid UTF-8
        const found = [...text.matchAll(NONCHARACTER)].map(
          (m) => `U+${m[0].codePointAt(0)!.toString(16).toUpperCase()} at ${m.index}`,
        );
        expect(found).toEqual([]);
      });
    }
  }
});
