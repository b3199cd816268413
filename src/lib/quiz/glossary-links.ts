/**
 * The glossary links of the quiz pages: the first use of each glossary term on a page links to its
 * entry on /glossaire/, every later use stays text (the rule the articles follow, src/lib/glossary.ts).
 * The quiz pages are built from dictionary strings, not Markdown, so they ask here, place by place, in
 * reading order: `segments(place, text)` cuts a string into text and links. A place keeps the terms it
 * claimed when it is drawn again (an island re-renders), so a link never moves nor doubles.
 *
 * Pure and browser-safe: the page passes the glossary's ids and forms (src/data/glossary-file.ts reads
 * the file at build). Never used inside a running quiz question (Quiz.svelte: no link in an answer).
 */
import { findTermUses, glossaryHref, termMatchers, type TermMatcher } from '../glossary';

/** What a page passes to its island: the glossary's ids and the forms that count as a use. */
export type GlossaryTerms = ReadonlyArray<{ id: string; forms: readonly string[] }>;

export interface GlossarySegment {
  text: string;
  /** Set on the first use of a term on the page: the glossary entry's address. */
  href?: string;
}

export class FirstUses {
  readonly #matchers: TermMatcher[];
  /** Term id → the place that links it. */
  readonly #claims = new Map<string, string>();

  constructor(terms: GlossaryTerms) {
    this.#matchers = termMatchers(terms.map(({ id, forms }) => ({ id, forms: [...forms] })));
  }

  /** `text` cut around the uses of terms no other place linked first. */
  segments(place: string, text: string): GlossarySegment[] {
    const out: GlossarySegment[] = [];
    let cursor = 0;
    // A term another place links is not looked for at all (no glossary form holds another term's form,
    // so leaving it out changes no overlap): after the first few places, most strings need no search.
    const open = this.#matchers.filter(({ id }) => (this.#claims.get(id) ?? place) === place);
    for (const use of findTermUses(text, open)) {
      if (!this.#claims.has(use.id)) this.#claims.set(use.id, place);
      // One link per term, even when the place names it twice.
      if (out.some(({ href }) => href === glossaryHref(use.id))) continue;
      if (use.index > cursor) out.push({ text: text.slice(cursor, use.index) });
      out.push({ text: use.text, href: glossaryHref(use.id) });
      cursor = use.index + use.text.length;
    }
    if (cursor < text.length) out.push({ text: text.slice(cursor) });
    return out;
  }
}
