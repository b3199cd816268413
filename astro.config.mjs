// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { rehypeTables } from './src/lib/rehype-tables.ts';
import { rehypeGlossary } from './src/lib/glossary.ts';
import { glossaryEntries } from './src/data/glossary-file.ts';

/** The public origin of the site: canonical URLs, Open Graph and the sitemap are built from it. */
const site = process.env.SITE_URL ?? 'https://orientoffice.fr';

export default defineConfig({
  site,
  trailingSlash: 'always',
  integrations: [mdx(), svelte(), sitemap()],
  build: { format: 'directory' },
  // Articles and role pages: accessible tables, and the first use of each glossary term linked to /glossaire/.
  // No article shows code: without a highlighter no inline style escapes the CSP (Shiki's would, and
  // Astro warns about it on every start).
  markdown: {
    processor: unified({ rehypePlugins: [rehypeTables, [rehypeGlossary, { entries: glossaryEntries() }]] }),
    syntaxHighlight: false,
  },
  devToolbar: { enabled: false },
  // The site makes no request to any other origin. Astro writes a CSP <meta> on every page with the
  // hashes of its own inline scripts and styles (island loaders included), so no 'unsafe-inline'.
  // Everything is refused unless named here (default-src 'none'): a kind of request the site does not
  // make today (frames, media, workers of another origin…) stays blocked until someone lists it.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
