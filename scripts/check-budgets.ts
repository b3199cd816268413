/**
 * Budget check on the built site (`dist/`): the JavaScript each kind of page loads on first paint,
 * and the size of lazily loaded data. Deterministic (bytes, not time). Exits 1 when a budget is
 * exceeded. `--write` also records the figures in BENCHMARKS.md.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFiles } from '../tests/e2e/support';
import { gzipSync } from 'node:zlib';
import { gzipSize, pageJs, scriptEntries } from './page-js';

const root = join(import.meta.dirname, '..');
const distDir = join(root, 'dist');

interface PageBudget {
  name: string;
  /** Which site paths this budget covers. */
  match: RegExp;
  /** Maximum first-load JavaScript, gzipped bytes. */
  maxGzip: number;
}

const kB = 1000;

/**
 * What every page loads from the shell (Base.astro): the header's « Ma sélection » count (a custom
 * element with the shortlist store, src/components/header/shortlist-count.ts) and the service worker's
 * registration (inline, src/components/offline/register-worker.ts). Pages without an island load only
 * this: no framework.
 */
const shellGzip = 3 * kB;

/** Page kinds, first match wins. */
const pageBudgets: PageBudget[] = [
  { name: 'Articles', match: /^\/articles\/[^/]+\/$/, maxGzip: shellGzip },
  { name: 'Article index', match: /^\/articles\/$/, maxGzip: shellGzip },
  { name: 'Home', match: /^\/$/, maxGzip: shellGzip },
  // The shortlist toggle (src/components/kit/shortlist-toggle.ts) is the only script a role page loads.
  { name: 'Role pages', match: /^\/metiers\/[^/]+\/$/, maxGzip: 6 * kB },
  { name: 'Explorer', match: /^\/metiers\/$/, maxGzip: 40 * kB },
  // 31.5 kB for the quiz itself (the confidence scored from family sums and the island in parts cost
  // 0.7 kB, the packed bank's chunk, src/lib/packed.ts, 0.1 kB: issue 13), plus the shell every page
  // now loads (issue 11).
  { name: 'Quiz', match: /^\/quiz\/$/, maxGzip: 31.5 * kB + shellGzip },
  // The QR code library is a lazy import() of the share component: not counted here.
  { name: 'Quiz result', match: /^\/quiz\/resultat\/$/, maxGzip: 40 * kB },
  { name: 'Quiz method', match: /^\/quiz\/methode\/$/, maxGzip: shellGzip },
  { name: 'Group summary', match: /^\/conseillers\/groupe\/$/, maxGzip: 40 * kB },
  { name: 'Offline page', match: /^\/hors-ligne\/$/, maxGzip: shellGzip },
  { name: 'Shortlist', match: /^\/ma-selection\/$/, maxGzip: 40 * kB },
  { name: 'Comparison', match: /^\/comparer\/$/, maxGzip: 40 * kB },
];

/** Lazily loaded files, gzipped bytes; `file` may name a folder and `match` its files (largest counts). */
const fileBudgets: Array<{ name: string; file: string; match?: RegExp; maxGzip: number }> = [
  { name: 'Search index (lazy)', file: 'metiers/index-recherche.json', maxGzip: 150 * kB },
  { name: 'Role summaries of the islands (lazy)', file: 'metiers/resume.json', maxGzip: 25 * kB },
  { name: 'One role to compare (lazy)', file: 'comparer/metiers', match: /\.json$/, maxGzip: 6 * kB },
  // Fetched by the browser after the page has loaded, never part of a page's first load.
  // Mostly its precache list (267 addresses with their revisions): it grows with the pages it keeps.
  { name: 'Service worker (once the page settles)', file: 'sw.js', maxGzip: 6 * kB },
  { name: 'Web app manifest', file: 'manifest.webmanifest', maxGzip: 1 * kB },
];

interface Row {
  name: string;
  pages: number;
  worstPath: string;
  worstGzip: number;
  maxGzip: number;
}

const pages = htmlFiles(distDir);
if (pages.length === 0) {
  console.error('dist/ has no page: run `npm run build` first.');
  process.exit(1);
}

const rows: Row[] = pageBudgets.map((budget) => ({
  name: budget.name,
  pages: 0,
  worstPath: '',
  worstGzip: 0,
  maxGzip: budget.maxGzip,
}));
for (const [path, file] of pages) {
  const index = pageBudgets.findIndex((budget) => budget.match.test(path));
  const row = rows[index];
  if (!row) continue;
  const { gzipBytes } = pageJs(distDir, file);
  row.pages += 1;
  if (gzipBytes >= row.worstGzip) {
    row.worstGzip = gzipBytes;
    row.worstPath = path;
  }
}
for (const budget of fileBudgets) {
  const path = join(distDir, budget.file);
  if (!existsSync(path)) continue;
  const { match } = budget;
  const files = match
    ? readdirSync(path)
        .filter((name) => match.test(name))
        .map((name) => `${budget.file}/${name}`)
    : [budget.file];
  const sizes = files.map((file) => ({ file, gzip: gzipSize(join(distDir, file)) }));
  const worst = sizes.reduce((a, b) => (b.gzip > a.gzip ? b : a), { file: budget.file, gzip: 0 });
  rows.push({
    name: budget.name,
    pages: files.length,
    worstPath: `/${worst.file}`,
    worstGzip: worst.gzip,
    maxGzip: budget.maxGzip,
  });
}

// The registration is inlined by Astro in every page: its own row, measured on the home page.
const homeHtml = join(distDir, 'index.html');
const registration = existsSync(homeHtml)
  ? scriptEntries(readFileSync(homeHtml, 'utf8')).inline.find((code) => code.includes('serviceWorker'))
  : undefined;
if (registration !== undefined) {
  rows.push({
    name: 'Worker registration (inline, every page)',
    pages: pages.length,
    worstPath: '/',
    worstGzip: gzipSync(registration).length,
    maxGzip: 1 * kB,
  });
}
// What the worker stores at install, after the first load (scripts/offline/precache.ts), file by file gzipped.
const workerFile = join(distDir, 'sw.js');
const precache = existsSync(workerFile)
  ? (JSON.parse(/^const PRECACHE = (.*);$/m.exec(readFileSync(workerFile, 'utf8'))?.[1] ?? '[]') as string[])
  : [];
if (precache.length > 0) {
  rows.push({
    name: 'Offline precache (once the page settles)',
    pages: precache.length,
    worstPath: '/sw.js',
    worstGzip: precache.reduce(
      (sum, url) => sum + gzipSize(join(distDir, url.endsWith('/') ? `${url}index.html` : url)),
      0,
    ),
    // 103 curated role pages (the roles the quiz and the workshop lead to, 0.9 MB of it) and their
    // comparison files: fetched after the first page has loaded, never part of a page's first load.
    // 1,650 since the explorer's search moved to a worker (its own 20 kB bundle with Fuse and the
    // payload checks) and the islands share /metiers/resume.json.
    maxGzip: 1650 * kB,
  });
}

const present = rows.filter((row) => row.pages > 0);
const failures = present.filter((row) => row.worstGzip > row.maxGzip);
const table = [
  '| What | Pages | Largest (gzip) | Budget | Largest page |',
  '| --- | ---: | ---: | ---: | --- |',
  ...present.map(
    (row) =>
      `| ${row.name} | ${row.pages} | ${(row.worstGzip / kB).toFixed(1)} kB | ${(row.maxGzip / kB).toFixed(0)} kB | \`${row.worstPath}\` |`,
  ),
].join('\n');

console.log(table);
if (process.argv.includes('--write')) {
  const file = join(root, 'BENCHMARKS.md');
  const start = '<!-- budgets:start -->';
  const end = '<!-- budgets:end -->';
  const section = `${start}\n${table}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const next = current.includes(start)
    ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), section)
    : `${current.trimEnd()}\n\n## JavaScript and data budgets (dist/)\n\n${section}\n`;
  writeFileSync(file, next);
}
if (failures.length) {
  console.error(`\nOver budget: ${failures.map((row) => `${row.name} (${row.worstPath})`).join(', ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
