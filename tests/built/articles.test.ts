/**
 * Checks on the built articles, role pages and glossary (dist/), in Node: no browser needed. They read what a
 * reader would follow: the links in each article's text, the glossary links the Markdown plugin wrote
 * (src/lib/glossary.ts), and the pages and anchors those links point to.
 */
import { readFileSync } from 'node:fs';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { expect, it } from 'vitest';
import { glossaryEntries } from '../../src/data/glossary-file';
import { findTermUses, GLOSSARY_PATH, termMatchers } from '../../src/lib/glossary';
import { htmlFiles, resolvesInDist } from './files';

type Node = Root | RootContent | ElementContent;

const pages = new Map(htmlFiles().map(([path, file]) => [path, file]));

function parse(path: string): Root {
  const file = pages.get(path);
  if (!file) throw new Error(`${path} n’est pas dans dist/ : lancez npm run build`);
  return fromHtml(readFileSync(file, 'utf8'));
}

// Only the pages links point to are kept in memory: the sweeps over all pages parse and drop each one.
const targets = new Map<string, Root>();

function tree(path: string): Root {
  let parsed = targets.get(path);
  if (!parsed) {
    parsed = parse(path);
    targets.set(path, parsed);
  }
  return parsed;
}

function isElement(node: Node): node is Element {
  return node.type === 'element';
}

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function findAll(node: Node, match: (element: Element) => boolean): Element[] {
  if (!('children' in node)) return [];
  return node.children.flatMap((child) => [
    ...(isElement(child) && match(child) ? [child] : []),
    ...findAll(child, match),
  ]);
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** How a title compares: apostrophes, spaces and the case of the first letter do not count. */
function normalise(title: string): string {
  return title.replace(/['’]/g, '’').replace(/\s+/g, ' ').trim().toLowerCase();
}

function href(element: Element): string {
  return String(element.properties['href'] ?? '');
}

/** The part of a page written in Markdown: the article body, or a curated role's text. */
function proseOf(root: Root): Element | undefined {
  return findAll(root, (element) => classes(element).includes('prose'))[0];
}

const articlePaths = [...pages.keys()].filter((path) => /^\/articles\/[^/]+\/$/.test(path)).sort();
const rolePath = /^\/metiers\/[a-z0-9-]+\/$/;

it('the build has the eight articles and the glossary', () => {
  expect(articlePaths).toHaveLength(8);
  expect(pages.has(GLOSSARY_PATH)).toBe(true);
});

for (const path of articlePaths) {
  it(`${path} links to at least three role pages, named as they are, and to the quiz or the explorer`, () => {
    const prose = proseOf(parse(path));
    expect(prose, 'corps de l’article introuvable').toBeDefined();
    const links = findAll(prose as Element, (element) => element.tagName === 'a');
    const roleLinks = links.filter((link) => rolePath.test(href(link)));
    expect(new Set(roleLinks.map(href)).size).toBeGreaterThanOrEqual(3);
    for (const link of roleLinks) {
      expect(resolvesInDist(href(link)), `${href(link)} n’existe pas`).toBe(true);
      const heading = findAll(tree(href(link)), (element) => element.tagName === 'h1')[0];
      expect(heading, `${href(link)} n’a pas de titre`).toBeDefined();
      expect(normalise(textOf(link)), `lien vers ${href(link)}`).toBe(normalise(textOf(heading as Element)));
    }
    expect(links.some((link) => href(link) === '/quiz/' || href(link).startsWith('/metiers/?'))).toBe(true);
  });
}

it('every glossary term used in an article or a role text is linked exactly once on the page', () => {
  const matchers = termMatchers(glossaryEntries());
  const problems: string[] = [];
  const skipped = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg']);
  /** The text a reader could see a term in, where a link is possible (glossary links included). */
  const linkableText = (node: Node): string => {
    if (node.type === 'text') return node.value;
    if (isElement(node) && skipped.has(node.tagName) && !classes(node).includes('glossary-term')) return ' ';
    return 'children' in node ? node.children.map(linkableText).join('') : '';
  };
  const checked = [...pages.keys()].filter((path) => articlePaths.includes(path) || rolePath.test(path));
  for (const path of checked) {
    const prose = proseOf(parse(path));
    if (!prose) continue;
    const used = new Set(findTermUses(linkableText(prose), matchers).map((use) => use.id));
    const linked = findAll(prose, (element) => classes(element).includes('glossary-term')).map((link) =>
      href(link).replace(`${GLOSSARY_PATH}#`, ''),
    );
    for (const { id } of matchers) {
      const count = linked.filter((target) => target === id).length;
      const expected = used.has(id) ? 1 : 0;
      if (count !== expected) problems.push(`${path} : ${id} relié ${count} fois (attendu ${expected})`);
    }
  }
  expect(problems).toEqual([]);
});

it('every link to an anchor lands on an element with that id', () => {
  const broken: string[] = [];
  // How many elements carry each id, per linked page: counted once, not once per link.
  const idCounts = new Map<string, Map<string, number>>();
  const idsOf = (page: string): Map<string, number> => {
    let counts = idCounts.get(page);
    if (!counts) {
      counts = new Map();
      for (const element of findAll(tree(page), (candidate) => candidate.properties['id'] !== undefined)) {
        const id = String(element.properties['id']);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      idCounts.set(page, counts);
    }
    return counts;
  };
  for (const path of pages.keys()) {
    for (const link of findAll(parse(path), (element) => element.tagName === 'a')) {
      const [target = '', fragment] = href(link).split('#');
      if (!fragment || !target.startsWith('/')) continue;
      const page = target.split('?')[0] ?? '';
      if (!pages.has(page)) {
        broken.push(`${path} → ${href(link)} (page absente)`);
        continue;
      }
      if (idsOf(page).get(fragment) !== 1) {
        broken.push(`${path} → ${href(link)}`);
      }
    }
  }
  expect(broken).toEqual([]);
});

it('the glossary page defines every term under its anchor', () => {
  const ids = findAll(tree(GLOSSARY_PATH), (element) => element.tagName === 'dt').map((dt) =>
    String(dt.properties['id']),
  );
  expect(ids.toSorted()).toEqual(
    glossaryEntries()
      .map((entry) => entry.id)
      .toSorted(),
  );
});
