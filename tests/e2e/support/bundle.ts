/** One module bundled by Vite into an IIFE that defines `name` on the page (bench and parity). */
import { build } from 'vite';

export async function bundleIife(entry: string, name: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, formats: ['iife'], name } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error(`no bundle for ${entry}`);
  return chunk.code;
}
