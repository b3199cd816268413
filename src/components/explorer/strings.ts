/**
 * The types of the explorer's words. The prefixes themselves (picked by the page) live in
 * Explorer.svelte's module script, composed from its children's, and must satisfy `ExplorerPrefix`.
 */
import type { IslandStrings, KeysWithPrefix } from '../../i18n/island-strings';

export type ExplorerPrefix =
  | 'explorer.'
  | 'office.'
  | 'family.'
  | 'level.'
  | 'riasec.'
  | 'kit.explorer.'
  | 'kit.toggle.'
  | 'kit.notice.reset-corrupt'
  | 'kit.storage.'
  | 'share.';

export type ExplorerKey = KeysWithPrefix<ExplorerPrefix>;
export type ExplorerStrings = IslandStrings<ExplorerKey>;
/** Words a key, filling its `{name}` placeholders. */
export type Translate = (key: ExplorerKey, params?: Record<string, string | number>) => string;
