import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  /** Serve `html` at `path` instead of the file (null: the file again), to edit a page between loads. */
  override(path: string, html: string | null): void;
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at a free port. Files are sent as bytes; `.html` files whose
 * charset is not UTF-8 should declare it in <meta> (the browser then decodes them itself).
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const overrides = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const replaced = overrides.get(path);
    if (replaced !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(replaced);
      return;
    }
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': extname(file) === '.html' ? 'text/html' : type });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    override: (path, html) => (html === null ? overrides.delete(path) : overrides.set(path, html)),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
