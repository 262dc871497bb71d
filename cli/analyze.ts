/**
 * `npm run --silent analyze -- --json FILE.html [FILE2.html …] [--url URL] [--seen-at TIME]`
 * Reads saved pages as raw bytes (BOM, <meta charset>, then sniffing GB18030/Big5/UTF-8),
 * parses them with jsdom, runs lib/analyze, prints one JSON object per file (one per line).
 */
import { analyze } from '../lib/analyze';
import { loadPage } from './load-page';

const HELP = `Usage: npm run --silent analyze -- --json FILE.html [FILE2.html …] [--url URL] [--seen-at TIME]

Analyze saved web pages with the same code the extension runs, and print one JSON object per
file (one per line): isArticle, confidence, metadata, text, figures, events, junk, glosses, garbled.

Options:
  --json       print JSON (the only output format; accepted for clarity)
  --url URL    the page's address (used for canonicalUrl and relative links); applies to every file
  --seen-at TIME  when the pages were saved (ISO 8601, e.g. 2019-12-29T22:31+08:00): times a page
               shows against that moment (发布时间：10-08, 昨天, 3小时前) are read against it;
               without it they give no published time
  --pretty     indent the JSON (one file only is then easier to read)
  -h, --help   show this help

Bytes are decoded by BOM, then the declared charset (<meta charset>) when it decodes cleanly,
else by sniffing UTF-8, GB18030 and Big5. Files over 50 MB are refused, and binary files (an
image's or an archive's opening bytes, or more than a few NUL bytes in the first 8 KB; a page's
stray NULs are dropped, as a browser drops them).
A file that cannot be read or parsed prints one line on stderr naming it; the other files are
still analyzed, and the exit status is 1.`;

interface Args {
  files: string[];
  url?: string;
  seenAt?: number;
  pretty: boolean;
  help: boolean;
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { files: [], pretty: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') continue;
    if (a === '--pretty') args.pretty = true;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a === '--url') args.url = argv[++i];
    else if (a.startsWith('--url=')) args.url = a.slice(6);
    else if (a === '--seen-at' || a.startsWith('--seen-at=')) {
      const v = a === '--seen-at' ? argv[++i] : a.slice('--seen-at='.length);
      const t = v ? Date.parse(v) : NaN;
      if (Number.isNaN(t))
        throw new Error(`--seen-at needs a date and time (ISO 8601), not ${v ?? 'nothing'}`);
      args.seenAt = t;
    } else if (a.startsWith('-') && a !== '-') throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

/**
 * A turn of the event loop: jsdom frees a closed window's document only after one, so a loop
 * that never yields keeps every page it read (432 pages filled a 4 GB heap).
 */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`analyze: ${(err as Error).message} (see --help)`);
    return 2;
  }
  if (args.help || !args.files.length) {
    (args.help ? console.log : console.error)(HELP);
    return args.help ? 0 : 2;
  }
  let status = 0;
  for (const file of args.files) {
    try {
      const { doc, window } = loadPage(file, args.url);
      const result = analyze(doc, { url: args.url, seenAt: args.seenAt });
      window.close();
      process.stdout.write(`${JSON.stringify(result, null, args.pretty ? 1 : undefined)}\n`);
      await nextTurn();
    } catch (err) {
      const msg = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
      process.stderr.write(`analyze: ${file}: ${msg.split('\n')[0]}\n`);
      status = 1;
    }
  }
  return status;
}

// A reader that stops early (`analyze … | head`) closes the pipe: that ends the output, not in
// an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main();
