/**
 * The article collection, read once per build and sorted in reading order (getCollection re-resolves
 * on every call, so pages share this memoised list).
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ArticleEntry = CollectionEntry<'articles'>;

let cached: Promise<ArticleEntry[]> | undefined;

export function getArticles(): Promise<ArticleEntry[]> {
  cached ??= getCollection('articles').then((entries) =>
    entries.toSorted((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
  );
  return cached;
}

export function articlePath(entry: ArticleEntry): string {
  return `/articles/${entry.id}/`;
}
