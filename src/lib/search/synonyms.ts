/**
 * The search's equivalence groups, compiled from `content/search/synonyms.yaml` (validated by
 * `src/schemas/synonyms.ts`): each group is a list of phrases, each phrase its normalised content words
 * joined by one space ("ressources humaines"), the way the search reads a query. Pure.
 */
import { STOP_WORDS, tokenize } from './records';

/** A group of equivalent phrases, each normalised ("rh", "ressources humaines"). */
export type EquivalenceGroup = string[];

/** The content words of a phrase (stop words dropped, unless the phrase is nothing else). */
export function contentWords(text: string): string[] {
  const words = tokenize(text);
  const content = words.filter((word) => !STOP_WORDS.has(word));
  return content.length > 0 ? content : words;
}

/** The groups the search ships, from the file's entries; members that normalise alike are merged. */
export function equivalenceGroups(entries: readonly { words: readonly string[] }[]): EquivalenceGroup[] {
  return entries
    .map((entry) => [...new Set(entry.words.map((word) => contentWords(word).join(' ')))])
    .filter((group) => group.length > 1);
}
