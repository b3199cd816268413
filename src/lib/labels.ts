/**
 * How the site names a level, an office and a role's address, for pages and islands alike. Pure and
 * free of the dictionary: each function takes the translator of its caller (`t` bound to a locale on a
 * page, the picked strings' `tr` in an island), so both word a fact with the same keys.
 */
import type { Office } from '../schemas/taxonomy';

/** Dictionary keys of the levels: one per national level, "sans diplôme" for 0, `level.n` for any other. */
export type LevelKey = `level.${0 | 3 | 4 | 5 | 6 | 7 | 8 | 'n'}`;
export type OfficeKey = `office.${Office}` | `office.${Office}.short`;

/** The prefixes an island picks (src/i18n/island-strings.ts) to use these labels. */
export const labelPrefixes = ['level.', 'office.'] as const;

type Translate<Key extends string> = (key: Key, params?: Record<string, string | number>) => string;

const namedLevels: ReadonlySet<number> = new Set([0, 3, 4, 5, 6, 7, 8]);

/** "Sans diplôme" for 0, "Niveau 5 (Bac + 2)" for 5; any other number as "Niveau n". */
export function levelLabel(level: number, tr: Translate<LevelKey>): string {
  return namedLevels.has(level) ? tr(`level.${level}` as LevelKey) : tr('level.n', { level });
}

/** The office badge's words: « Front office », « Back office », « Front et back office ». */
export function officeLabel(office: Office, tr: Translate<OfficeKey>): string {
  return tr(`office.${office}`);
}

/** The badge's class: its colour follows the office (a role on both sides gets the neutral badge). */
export function officeBadgeClass(office: Office): string {
  return office === 'both' ? 'badge' : `badge badge--${office}`;
}

/** The address of a role page. */
export function rolePath(slug: string): string {
  return `/metiers/${slug}/`;
}
