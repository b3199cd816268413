/**
 * What JavaScript a built page loads on first paint: its <script> tags (inline and external), the
 * component and renderer modules of its Astro islands, and everything those import statically.
 * Dynamic `import()` targets are lazy and not counted. Reads files; never writes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

export interface PageJs {
  /** Site paths of the modules loaded, sorted. */
  modules: string[];
  /** Bytes of inline script. */
  inlineBytes: number;
  /** Gzipped bytes of everything (inline scripts gzipped together, each module on its own). */
  gzipBytes: number;
}

/** The entry modules and inline scripts of an HTML page. */
export function scriptEntries(html: string): { entries: string[]; inline: string[] } {
  const entries = new Set<string>();
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    const src = /\ssrc="([^"]+)"/.exec(attributes)?.[1];
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue; // data, not code
    if (src) entries.add(src);
    else if ((match[2] ?? '').trim()) inline.push(match[2] ?? '');
  }
  for (const match of html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)) {
    if (match[1]) entries.add(match[1]);
  }
  return { entries: [...entries], inline };
}

/** Static imports of a module (`import x from "./a.js"`, `import "./b.js"`, `export * from`), resolved. */
export function staticImports(code: string, fromPath: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[1] ?? '';
    if (specifier.startsWith('.') || specifier.startsWith('/')) {
      found.add(specifier.startsWith('/') ? specifier : posix.join(posix.dirname(fromPath), specifier));
    }
  }
  return [...found];
}

/** The first-load JavaScript of one built HTML file. */
export function pageJs(distDir: string, htmlFile: string): PageJs {
  const { entries, inline } = scriptEntries(readFileSync(htmlFile, 'utf8'));
  const seen = new Set<string>();
  const queue = entries.filter((entry) => entry.startsWith('/'));
  let gzipBytes = inline.length ? gzipSync(inline.join('\n')).length : 0;
  while (queue.length) {
    const path = queue.shift() ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const code = readFileSync(join(distDir, path));
    gzipBytes += gzipSync(code).length;
    queue.push(...staticImports(code.toString('utf8'), path));
  }
  return {
    modules: [...seen].sort(),
    inlineBytes: inline.reduce((sum, script) => sum + Buffer.byteLength(script), 0),
    gzipBytes,
  };
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}
