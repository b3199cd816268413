/**
 * Which files of dist/ the service worker stores at install, and the version that names its cache.
 * Pure: takes the file list and contents, never reads the disk (scripts/build-sw.ts does).
 *
 * What: every page except the generated role pages (363 of them, 13 MB: a phone on school Wi-Fi should
 * not fetch them all), so articles, the quiz and its result, the explorer, the shortlist, the comparison,
 * the counselors' pages, the group view and the offline page all open offline; the curated role pages
 * (the roles the quiz and the workshop lead to) and their comparison files; every hashed script and
 * style under /_astro/; the JSON the islands fetch (search index, quiz roles, kit roles); the manifest
 * and icons. Other role pages and comparison files are kept as they are visited (service-worker.js).
 * Never: the worker itself, sitemaps, robots.txt, _headers (host configuration), 404.html.
 */
import { createHash } from 'node:crypto';

const STORED_EXTENSIONS = /\.(html|js|css|json|svg|png|webmanifest|woff2)$/;
const NEVER = /^\/(sw\.js|404\.html|robots\.txt|_headers|sitemap[^/]*\.xml)$/;

/** The ROME code a role slug ends with (`comptable-m1203` → `M1203`), as src/lib/rome/slug.ts writes them. */
function codeOfSlug(slug: string): string {
  return (slug.split('-').at(-1) ?? '').toUpperCase();
}

/**
 * The URLs to precache, sorted, from the site paths of dist's files (`/articles/x/index.html`); pages
 * are given by their directory URL (`/articles/x/`), the way the site links to them.
 */
export function precacheUrls(files: readonly string[], curatedCodes: ReadonlySet<string>): string[] {
  const urls = files.flatMap((file) => {
    if (NEVER.test(file) || !STORED_EXTENSIONS.test(file)) return [];
    const role =
      /^\/metiers\/([^/]+)\/index\.html$/.exec(file) ?? /^\/comparer\/metiers\/([^/]+)\.json$/.exec(file);
    if (role && !curatedCodes.has(codeOfSlug(role[1] ?? ''))) return [];
    return [file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file];
  });
  return [...new Set(urls)].sort();
}

/** A short hash of every precached URL with its content: any change to any file changes it. */
export function precacheVersion(entries: ReadonlyArray<{ url: string; content: Buffer | string }>): string {
  const hash = createHash('sha256');
  for (const { url, content } of [...entries].sort((a, b) => (a.url < b.url ? -1 : 1))) {
    hash.update(url).update('\0').update(createHash('sha256').update(content).digest('hex')).update('\n');
  }
  return hash.digest('hex').slice(0, 16);
}
