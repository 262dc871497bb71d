/**
 * `npx tsx cli/scramble-classes.ts SRC OUT`: a copy of a corpus (pages and truth files) with
 * every class and id value replaced by a meaningless token (the same word, the same token), so
 * that `npm run eval -- --corpus OUT` measures the extractor on pages whose markup names nothing:
 * what it reads from the text alone. The bytes are rewritten as they are (any encoding).
 */
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const token = (word: string): string =>
  `k${createHash('md5').update(word, 'latin1').digest('hex').slice(0, 6)}`;

/** The markup with each class and id word replaced by its token. */
export function scrambleClasses(html: Buffer): Buffer {
  // (latin1: one character a byte, so that the bytes of any encoding come back as they were.)
  const text = html
    .toString('latin1')
    .replace(
      /(\s(?:class|id)\s*=\s*)(["'])([\s\S]*?)\2/gi,
      (_, attr: string, quote: string, value: string) => {
        const words = value.replace(/[^\s]+/g, (w) => token(w));
        return `${attr}${quote}${words}${quote}`;
      },
    )
    .replace(
      /(\s(?:class|id)\s*=\s*)([^\s>"'=]+)/gi,
      (_, attr: string, value: string) => `${attr}${token(value)}`,
    );
  return Buffer.from(text, 'latin1');
}

function scrambleDir(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) n += scrambleDir(path);
    else if (/\.html?$/i.test(name)) {
      writeFileSync(path, scrambleClasses(readFileSync(path)));
      n++;
    }
  }
  return n;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [src, out] = process.argv.slice(2);
  if (!src || !out) {
    console.error('usage: npx tsx cli/scramble-classes.ts SRC OUT');
    process.exit(1);
  }
  cpSync(src, out, { recursive: true });
  console.log(`${scrambleDir(out)} pages scrambled in ${out}`);
}
