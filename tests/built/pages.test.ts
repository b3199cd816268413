/**
 * What every built page must carry, checked on the files of dist/ in Node (no browser: these are
 * facts of the HTML, the same for every visitor): description, canonical URL and Open Graph tags, a
 * strict Content-Security-Policy, internal links that resolve, nothing loaded from another origin, and
 * articles that ship no JavaScript.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, distFiles, htmlFiles, resolvesInDist, sitemapPaths } from './files';

const pages = htmlFiles().map(([path, file]) => ({ path, html: readFileSync(file, 'utf8') }));
const sitemap = new Set(sitemapPaths());
const listedPages = pages.filter((page) => sitemap.has(page.path));

/** The attributes of every `<name …>` start tag of `html`, as maps (values as written, unescaped &amp;). */
function tags(html: string, name: string): Array<Map<string, string>> {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'g'))].map(
    (match) =>
      new Map(
        [...(match[1] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map(
          (attribute) => [attribute[1] ?? '', (attribute[2] ?? '').replaceAll('&amp;', '&')] as const,
        ),
      ),
  );
}

function meta(html: string, attribute: 'name' | 'property' | 'http-equiv', value: string): string[] {
  return tags(html, 'meta')
    .filter((tag) => tag.get(attribute) === value)
    .map((tag) => tag.get('content') ?? '');
}

describe('every page of the sitemap', () => {
  it('is built', () => {
    expect(listedPages.map((page) => page.path).sort()).toEqual([...sitemap].sort());
  });

  it.each(['description', 'og:title', 'og:description'])('has one meaningful %s', (name) => {
    const attribute = name.startsWith('og:') ? 'property' : 'name';
    const wrong = listedPages
      .filter((page) => {
        const values = meta(page.html, attribute, name);
        return values.length !== 1 || !/\S{3,}/.test(values[0] ?? '');
      })
      .map((page) => page.path);
    expect(wrong).toEqual([]);
  });

  it('has a description of at least a short sentence', () => {
    const short = listedPages
      .filter((page) => (meta(page.html, 'name', 'description')[0] ?? '').length < 40)
      .map((page) => page.path);
    expect(short).toEqual([]);
  });

  it('names itself as canonical URL', () => {
    const wrong = listedPages
      .filter((page) => {
        const canonical = tags(page.html, 'link').filter((tag) => tag.get('rel') === 'canonical');
        return (
          canonical.length !== 1 || new URL(canonical[0]?.get('href') ?? '', 'x:/').pathname !== page.path
        );
      })
      .map((page) => page.path);
    expect(wrong).toEqual([]);
  });
});

describe('every built page', () => {
  it("carries a CSP that refuses by default and allows no 'unsafe-inline'", () => {
    const wrong = pages
      .filter((page) => {
        const [policy = '', ...others] = meta(page.html, 'http-equiv', 'content-security-policy');
        return (
          others.length > 0 ||
          !/(^|;)\s*default-src 'none'/.test(policy) ||
          !/script-src 'self'/.test(policy) ||
          /unsafe-inline|unsafe-eval|\*/.test(policy)
        );
      })
      .map((page) => page.path);
    expect(wrong).toEqual([]);
  });

  it('links only to files that exist (internal links and assets)', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const match of page.html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const target = match[1] ?? '';
        if (!target.startsWith('/') || target.startsWith('//')) continue;
        const path = target.split(/[?#]/)[0] ?? '';
        if (!resolvesInDist(path)) broken.push(`${page.path} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads no script, style, font, image or frame from another origin', () => {
    const external: string[] = [];
    for (const page of pages) {
      for (const match of page.html.matchAll(
        /<(?:script|link|img|source|iframe|video|audio|embed|object)\b[^>]*\s(?:src|href|srcset|data)="(?:https?:)?\/\/[^"]*"/g,
      )) {
        const tag = match[0];
        // Canonical and sitemap links name the site itself; they load nothing.
        if (/rel="(canonical|sitemap)"/.test(tag)) continue;
        external.push(`${page.path}: ${tag}`);
      }
      for (const match of page.html.matchAll(/url\(\s*['"]?(?:https?:)?\/\/[^)]*\)/g)) {
        external.push(`${page.path}: ${match[0]}`);
      }
    }
    for (const file of distFiles('.css')) {
      for (const match of readFileSync(file, 'utf8').matchAll(
        /(?:url\(\s*['"]?|@import\s+['"])(?:https?:)?\/\//g,
      )) {
        external.push(`${relative(distDir, file)}: ${match[0]}`);
      }
    }
    expect(external).toEqual([]);
  });
});

describe('articles', () => {
  const articles = listedPages.filter((page) => /^\/articles\/[^/]+\/$/.test(page.path));

  it('there are at least seven', () => {
    expect(articles.length).toBeGreaterThanOrEqual(7);
  });

  it.each(articles.map((page) => [page.path, page.html] as const))(
    '%s has one h1, at least two h2 and no JavaScript but the site shell',
    (_path, html) => {
      expect(html.match(/<h1\b/g)?.length ?? 0).toBe(1);
      expect(html.match(/<h2\b/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
      // JSON-LD is data, not a script. The only JavaScript an article may load is the site shell: the
      // header's « Ma sélection » count (SiteHeader's module) and the inline service-worker registration
      // (their bytes are budgeted in scripts/check-budgets.ts). No island, no preload.
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
        .filter((match) => !/type="application\/ld\+json"/.test(match[1] ?? ''))
        .filter(
          (match) =>
            !/src="\/_astro\/SiteHeader\.astro_astro_type_script_index_0_lang\.[\w-]+\.js"/.test(
              match[1] ?? '',
            ),
        )
        .filter(
          (match) => !(/src=/.test(match[1] ?? '') === false && (match[2] ?? '').includes('serviceWorker')),
        )
        .map((match) => match[0].slice(0, 120));
      expect(scripts).toEqual([]);
      expect(html).not.toMatch(/rel="modulepreload"/);
    },
  );
});
