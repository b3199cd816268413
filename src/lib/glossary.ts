/**
 * Links the first use of each glossary term in a page's Markdown to its entry on /glossaire/: one link
 * per term per page, never inside a heading, a link or code, so a reader meets each definition once
 * without a page full of links. `findTermUses` is shared with the check on dist/ that counts them.
 *
 * Pure: the caller passes the entries (src/data/glossary-file.ts reads and validates the file).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { GlossaryEntry } from '../schemas/glossary';

export const GLOSSARY_PATH = '/glossaire/';

export function glossaryHref(id: string): string {
  return `${GLOSSARY_PATH}#${id}`;
}

export interface TermMatcher {
  id: string;
  /** Compiled on first use: a Unicode pattern costs a phone milliseconds, and most terms never match. */
  readonly pattern: RegExp;
  /** The forms in `foldForSearch`'s form: a text that holds none of them is not searched. */
  needles: string[];
}

/** Lower case, with no-break spaces and hyphens as spaces: the cheap test before a term's pattern. */
function foldForSearch(text: string): string {
  return text.toLowerCase().replace(/[\u00a0-]/g, ' ');
}

/** The text as a literal inside a RegExp (the schema uses it too, to find a form inside another). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One matcher per entry: any of its forms as whole words; capitals-only forms stay case-sensitive. */
export function termMatchers(entries: readonly Pick<GlossaryEntry, 'id' | 'forms'>[]): TermMatcher[] {
  return entries.map(({ id, forms }) => {
    // Longest first, so « titres professionnels » wins over « titre ».
    const sorted = forms.toSorted((a, b) => b.length - a.length);
    let pattern: RegExp | undefined;
    return {
      id,
      get pattern() {
        return (pattern ??= termPattern(sorted));
      },
      needles: sorted.map(foldForSearch),
    };
  });
}

function termPattern(forms: readonly string[]): RegExp {
  const alternatives = forms.map((form) => {
    const body = escapeRegExp(form).replace(/[ -]/g, '[ \\u00a0-]');
    return form === form.toUpperCase() ? body : `(?i:${body})`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export interface TermUse {
  id: string;
  index: number;
  text: string;
}

/** Every use of every term in `text`, in order; overlapping uses keep the earliest, then the longest. */
export function findTermUses(text: string, matchers: readonly TermMatcher[]): TermUse[] {
  // A term's pattern runs only on a text that holds one of its forms: the quiz result asks for a few
  // hundred short strings, and twenty Unicode patterns on each cost a phone about a tenth of a second.
  const folded = foldForSearch(text);
  const uses = matchers
    .filter(({ needles }) => needles.some((needle) => folded.includes(needle)))
    .flatMap(({ id, pattern }) =>
      [...text.matchAll(pattern)].map((m) => ({ id, index: m.index, text: m[0] })),
    )
    .sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: TermUse[] = [];
  let end = 0;
  for (const use of uses) {
    if (use.index < end) continue;
    kept.push(use);
    end = use.index + use.text.length;
  }
  return kept;
}

/** Elements whose text never gets a glossary link. */
const SKIPPED = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'svg']);

type Parent = Root | Element;

function link(use: TermUse): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: glossaryHref(use.id), className: ['glossary-term'] },
    children: [{ type: 'text', value: use.text }],
  };
}

/** Splits one text node around the first uses of terms not linked yet; returns the new children. */
function linkText(node: Text, matchers: readonly TermMatcher[], linked: Set<string>): ElementContent[] {
  const out: ElementContent[] = [];
  let cursor = 0;
  for (const use of findTermUses(node.value, matchers)) {
    if (linked.has(use.id)) continue;
    linked.add(use.id);
    if (use.index > cursor) out.push({ type: 'text', value: node.value.slice(cursor, use.index) });
    out.push(link(use));
    cursor = use.index + use.text.length;
  }
  if (cursor === 0) return [node];
  if (cursor < node.value.length) out.push({ type: 'text', value: node.value.slice(cursor) });
  return out;
}

function walk(parent: Parent, matchers: readonly TermMatcher[], linked: Set<string>): void {
  const children: (RootContent | ElementContent)[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') {
      children.push(...linkText(child, matchers, linked));
      continue;
    }
    if (child.type === 'element' && !SKIPPED.has(child.tagName)) walk(child, matchers, linked);
    children.push(child);
  }
  parent.children = children as typeof parent.children;
}

/** Rehype plugin: `rehypePlugins: [[rehypeGlossary, { entries }]]`. */
export function rehypeGlossary(options: { entries: readonly Pick<GlossaryEntry, 'id' | 'forms'>[] }) {
  const matchers = termMatchers(options.entries);
  return (tree: Root): void => walk(tree, matchers, new Set());
}
