/**
 * UI strings for islands, without shipping the whole dictionary to the browser.
 *
 * An island that imports `t` carries every string of every feature in its first-load JavaScript (the
 * dictionary is one object), which alone outgrows a page's budget as features are added. Instead, the
 * page picks the keys its island uses, at build time, with `pickStrings` (by key prefix), and passes
 * them as a prop; the island words them with `formatString` (./format-string), which fills the same
 * `{name}` placeholders as `t`. The strings still live only in the dictionary, with its French fallback.
 *
 * Server side only (pages): this module imports the dictionary. Browser code imports nothing but the
 * types from here, and `formatString` from ./format-string, which imports nothing.
 */
import { fr } from './fr';
import { t, type Locale, type UIKey } from './index';

/** The dictionary keys that start with one of the prefixes, e.g. `'quiz.answer.'`. */
export type KeysWithPrefix<Prefix extends string> = Extract<UIKey, `${Prefix}${string}`>;

/** The strings an island received, by key, placeholders left in. */
export type IslandStrings<Key extends UIKey> = Readonly<Record<Key, string>>;

/** The strings of `locale` whose keys start with one of `prefixes` (a whole key is its own prefix). */
export function pickStrings<const Prefix extends string>(
  locale: Locale,
  prefixes: readonly Prefix[],
): IslandStrings<KeysWithPrefix<Prefix>> {
  // French is the reference: every key exists there, other dictionaries fall back to it.
  const picked = (Object.keys(fr) as UIKey[]).filter((key) =>
    prefixes.some((prefix) => key.startsWith(prefix)),
  );
  // t() without params leaves every `{name}` in place, for formatString to fill in the browser.
  return Object.fromEntries(picked.map((key) => [key, t(locale, key)])) as IslandStrings<
    KeysWithPrefix<Prefix>
  >;
}
