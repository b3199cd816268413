import { describe, expect, it } from 'vitest';
import { scriptEntries, staticImports } from './page-js';

describe('scriptEntries', () => {
  it('finds external scripts, island modules and inline code, but not JSON data', () => {
    const html = `
      <script type="module" src="/_astro/page.js"></script>
      <astro-island component-url="/_astro/Explorer.js" renderer-url="/_astro/client.svelte.js"></astro-island>
      <script type="application/ld+json">{"@type":"Occupation"}</script>
      <script>console.log(1)</script>`;
    expect(scriptEntries(html)).toEqual({
      entries: ['/_astro/page.js', '/_astro/Explorer.js', '/_astro/client.svelte.js'],
      inline: ['console.log(1)'],
    });
  });

  it('finds nothing on a page without script', () => {
    expect(scriptEntries('<main><h1>Front office</h1></main>')).toEqual({ entries: [], inline: [] });
  });
});

describe('staticImports', () => {
  it.each([
    ['import{a as b}from"./chunk.js";', ['/_astro/chunk.js']],
    ['import "./side-effect.js";', ['/_astro/side-effect.js']],
    ['export*from"./re.js"', ['/_astro/re.js']],
    ['const m = import("./lazy.js");', []],
    ['import x from "fuse.js";', []],
  ])('%s', (code, expected) => {
    expect(staticImports(code, '/_astro/entry.js')).toEqual(expected);
  });
});
