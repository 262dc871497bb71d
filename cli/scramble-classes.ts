/**
 * `npx tsx cli/scramble-classes.ts SRC OUT`: a copy of a corpus (pages and truth files) with
 * every class and id value replaced by a meaningless token (the same word, the same token), so
 * that `npm run eval -- --corpus OUT` measures the extractor on pages whose markup names nothing:
 * what it reads from the text alone. The bytes are rewritten as they are (any encoding).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Copies the corpus SRC to OUT, a path that must not exist yet, and scrambles the copy; returns
 * the count of pages. Links in SRC are copied as the files they point to: a page linked from
 * elsewhere is never written through its link.
 */
export function scrambleCorpus(src: string, out: string): number {
  if (!statSync(src, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${src}: not a directory`);
  if (existsSync(out)) throw new Error(`${out}: already exists (give a new path: nothing is overwritten)`);
  cpSync(src, out, { recursive: true, dereference: true });
  return scrambleDir(out);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [src, out] = process.argv.slice(2);
  if (!src || !out) {
    console.error('usage: npx tsx cli/scramble-classes.ts SRC OUT   (OUT must not exist yet)');
    process.exit(1);
  }
  try {
    console.log(`${scrambleCorpus(src, out)} pages scrambled in ${out}`);
  } catch (e) {
    console.error(`scramble-classes: ${(e as Error).message}`);
    process.exit(1);
  }
}
