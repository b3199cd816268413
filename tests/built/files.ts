/**
 * The built site as files: its pages, its sitemap and what a path resolves to. Shared by the Node
 * checks over dist/ (tests/built/) and the browser tests (tests/e2e/support.ts re-exports them). Reads
 * only; `npm run build` must have run.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

function requireBuild(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error('dist/ holds no built site: run `npm run build` first.');
  }
}

/** Every page path listed in the built sitemap, e.g. "/articles/front-office/". */
export function sitemapPaths(): string[] {
  requireBuild();
  const files = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((file) =>
    [...readFileSync(join(distDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
  if (paths.length === 0) throw new Error('The sitemap lists no page: run `npm run build` first.');
  return paths.sort();
}

/** Every HTML file of dist/, as [site path, file path]. */
export function htmlFiles(dir = distDir): Array<[string, string]> {
  if (dir === distDir) requireBuild();
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    if (!entry.name.endsWith('.html')) return [];
    const sitePath = '/' + relative(distDir, full).replace(/index\.html$/, '');
    return [[sitePath, full] as [string, string]];
  });
}

/** Every file of dist/ whose name ends with `extension` (".css"), as file paths. */
export function distFiles(extension: string, dir = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return distFiles(extension, full);
    return entry.name.endsWith(extension) ? [full] : [];
  });
}

/** Whether a site path (without query or fragment) is served by a file of dist/. */
export function resolvesInDist(path: string): boolean {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, join(clean, 'index.html')];
  return candidates.some((candidate) => existsSync(join(distDir, candidate)));
}

/**
 * Role pages are all built from one template (`src/pages/metiers/[slug].astro`); their slug ends with the
 * ROME code (`comptable-m1203`), which tells them from the explorer's other pages (`/metiers/perimetre/`).
 */
export function isRolePage(path: string): boolean {
  return /^\/metiers\/[^/]+-[a-n]\d{4}\/$/.test(path);
}
