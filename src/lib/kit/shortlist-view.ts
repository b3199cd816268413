/**
 * What « Ma sélection » shows, decided outside the island: which roles a shared link names (and which
 * it names that the site lacks), which roles are checked for the comparison, and the sentences that
 * count them. Pure: the island passes the roles it fetched and its translator; wording stays in the
 * dictionary (`kit.shortlist.*`, `kit.shared.*`).
 */
import type { UIKey } from '../../i18n';
import type { RoleSummary } from '../roles/summary';
import { COMPARE_MAX } from './compare';
import type { DecodedShortlistLink } from './shortlist-link';

type Translate<Prefix extends string> = (
  key: Extract<UIKey, `${Prefix}${string}`>,
  params?: Record<string, string | number>,
) => string;

/** A translator for every sentence of this module (the island's `tr` is one). */
export type ShortlistTranslate = Translate<'kit.shortlist.' | 'kit.shared.'>;

/** The roles of a shared link the site has, in link order, and the entries it could not place. */
export function sharedShortlistRoles<Role extends Pick<RoleSummary, 'code'>>(
  link: DecodedShortlistLink,
  roles: readonly Role[],
): { roles: Role[]; unknown: string[] } {
  if (!link.ok) return { roles: [], unknown: [] };
  const byCode = new Map(roles.map((role) => [role.code, role]));
  return {
    roles: link.codes.flatMap((code) => byCode.get(code) ?? []),
    unknown: [...link.codes.filter((code) => !byCode.has(code)), ...link.invalid],
  };
}

/**
 * The slugs checked for the comparison: what the person checked (still in the list), or, until they
 * change a box (`picked` null), the first COMPARE_MAX roles of the list.
 */
export function checkedForCompare(picked: readonly string[] | null, list: readonly string[]): string[] {
  return (picked ?? list.slice(0, COMPARE_MAX)).filter((slug) => list.includes(slug));
}

/** « 1 métier dans votre sélection », « 4 métiers dans votre sélection ». */
export function countText(count: number, tr: Translate<'kit.shortlist.'>): string {
  return count === 1 ? tr('kit.shortlist.count.one') : tr('kit.shortlist.count.many', { count });
}

/** What the « Comparer » boxes lead to: a hint, one more to check, ready, or too many. */
export function checkedText(count: number, tr: Translate<'kit.shortlist.'>): string {
  if (count === 0) return tr('kit.shortlist.compareHint');
  if (count === 1) return tr('kit.shortlist.compareChosen.one');
  if (count > COMPARE_MAX) return tr('kit.shortlist.compareChosen.tooMany', { count });
  return tr('kit.shortlist.compareChosen.ready', { count });
}

/** What « Ajouter à ma sélection » did with a shared list: how many were added, how many did not fit. */
export function sharedAddedText(
  { added, left }: { added: number; left: number },
  tr: Translate<'kit.shared.'>,
): string {
  const addedText =
    added === 0
      ? tr('kit.shared.added.none')
      : added === 1
        ? tr('kit.shared.added.one')
        : tr('kit.shared.added.many', { count: added });
  return left > 0 ? `${addedText} ${tr('kit.shared.left', { count: left })}` : addedText;
}
