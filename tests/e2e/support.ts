/** Helpers shared by the end-to-end tests: the built site's URLs and files. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { encodeAnswers } from '../../src/lib/quiz/share-link';

export const distDir = join(import.meta.dirname, '..', '..', 'dist');

/** Every page path listed in the built sitemap, e.g. "/articles/front-office/". */
export function sitemapPaths(): string[] {
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
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    if (!entry.name.endsWith('.html')) return [];
    const sitePath = '/' + relative(distDir, full).replace(/index\.html$/, '');
    return [[sitePath, full] as [string, string]];
  });
}

/** Whether a site path (without query or fragment) is served by a file of dist/. */
export function resolvesInDist(path: string): boolean {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/') ? [join(clean, 'index.html')] : [clean, join(clean, 'index.html')];
  return candidates.some((candidate) => existsSync(join(distDir, candidate)));
}

/** Role pages are built from one template: the browser tests visit a sample of them. */
export function isRolePage(path: string): boolean {
  return /^\/metiers\/[^/]+\/$/.test(path);
}

/**
 * Every sitemap page except role pages, plus a sample of role pages: the first few in the sitemap,
 * every twentieth after them, and the given must-haves.
 */
export function samplePaths(mustHave: readonly string[] = []): string[] {
  const all = sitemapPaths();
  const roles = all.filter(isRolePage);
  const sampled = roles.filter((_, index) => index < 3 || index % 20 === 0);
  return [...new Set([...all.filter((path) => !isRolePage(path)), ...sampled, ...mustHave])].sort();
}

interface BankItem {
  id: string;
  families: Record<string, number>;
}

/** The quiz item bank, as the tests build share links from it. */
export const quizBank = parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'content', 'quiz', 'items.yaml'), 'utf8'),
) as {
  version: number;
  items: BankItem[];
};

/** A result link for someone who loves the items of `family` and dislikes the others. */
export function quizResultPathFor(family: string): string {
  const answers = Object.fromEntries(
    quizBank.items.map((item) => [item.id, (item.families[family] ?? 0) > 0 ? 5 : 1] as const),
  );
  return `/quiz/resultat/#${encodeAnswers(quizBank, answers)}`;
}
