/**
 * The comparison of 2 or 3 roles (`/comparer/?metiers=a,b,c`): reading the `metiers` parameter, sorting
 * its entries into shown, unknown and left-out roles, the address of a comparison, the skills the
 * compared roles share, and the table of criteria the page shows (`compareCriteria`: one row of cells
 * per criterion, each cell a few blocks of text the island renders with one snippet). Pure: the island
 * fetches the roles and renders; this module decides and words (through the island's translator).
 *
 * `readCompareParam` reads text anyone can type or change: it never throws, and returns the entries or
 * a typed error. Nothing read from the address is ever rendered as HTML (the island prints text).
 */
import type { UIKey } from '../../i18n';
import { levelLabel, officeBadgeClass, officeLabel, rolePath } from '../labels';
import type { RoleDetail } from '../roles/summary';

/** How many roles are compared side by side. */
export const COMPARE_MAX = 3;
export const COMPARE_PARAM = 'metiers';
/** Longest `metiers` value read; three slugs take about 300 characters. */
export const COMPARE_PARAM_MAX_LENGTH = 1000;
/** Unknown entries are named back to the person, cut to this length, at most this many. */
export const UNKNOWN_ENTRY_MAX_LENGTH = 60;
export const UNKNOWN_ENTRIES_MAX = 10;
/** How many of ROME's savoir-faire count as a role's key skills (after all its savoir-être). */
export const KEY_SAVOIR_FAIRE = 5;

export type CompareParamError = 'missing' | 'empty' | 'too-long';

export type CompareParam =
  | { ok: true; /** Non-empty entries, in order, without duplicates. */ entries: string[] }
  | { ok: false; error: CompareParamError };

/**
 * Reads `metiers` from a query string (`location.search`, with or without `?`). No parameter →
 * 'missing'; nothing but separators → 'empty'; longer than COMPARE_PARAM_MAX_LENGTH → 'too-long'.
 * Entries are separated by commas (or spaces, as a pasted list may have).
 */
export function readCompareParam(search: string): CompareParam {
  // URLSearchParams never throws: a broken %-escape is kept as text.
  const value = new URLSearchParams(search).get(COMPARE_PARAM);
  if (value === null) return { ok: false, error: 'missing' };
  if (value.length > COMPARE_PARAM_MAX_LENGTH) return { ok: false, error: 'too-long' };
  const entries = [...new Set(value.split(/[\s,]+/).filter((entry) => entry !== ''))];
  return entries.length ? { ok: true, entries } : { ok: false, error: 'empty' };
}

export interface CompareSelection {
  /** Known slugs to compare, at most COMPARE_MAX, in the order of the address. */
  shown: string[];
  /** Entries that name no role of the site, as written (cut), to report by name. */
  unknown: string[];
  /** Known slugs past COMPARE_MAX, left out of the comparison. */
  dropped: string[];
}

/** Sorts the entries of the address against the slugs the site knows (case does not matter). */
export function resolveCompareSelection(
  entries: readonly string[],
  known: ReadonlySet<string>,
): CompareSelection {
  const valid: string[] = [];
  const unknown: string[] = [];
  for (const entry of entries) {
    const slug = entry.toLowerCase();
    if (known.has(slug)) {
      if (!valid.includes(slug)) valid.push(slug);
    } else if (unknown.length < UNKNOWN_ENTRIES_MAX) {
      unknown.push(
        entry.length > UNKNOWN_ENTRY_MAX_LENGTH ? `${entry.slice(0, UNKNOWN_ENTRY_MAX_LENGTH)}…` : entry,
      );
    }
  }
  return { shown: valid.slice(0, COMPARE_MAX), unknown, dropped: valid.slice(COMPARE_MAX) };
}

/** The query string of a comparison (slugs are `[a-z0-9-]`, so they need no escaping). */
export function compareSearch(slugs: readonly string[]): string {
  return slugs.length ? `?${COMPARE_PARAM}=${slugs.join(',')}` : '';
}

/** The address of a comparison: `/comparer/?metiers=a,b`. */
export function compareHref(slugs: readonly string[]): string {
  return `/comparer/${compareSearch(slugs)}`;
}

/** Two skill labels are the same skill when they differ only in case or spacing. */
export function skillKey(label: string): string {
  return label.normalize('NFC').toLocaleLowerCase('fr').replace(/\s+/g, ' ').trim();
}

/** A role's key skills: all its savoir-être, then its first KEY_SAVOIR_FAIRE savoir-faire. */
export function keySkillsOf(role: Pick<RoleDetail, 'savoirEtre' | 'savoirFaire'>): string[] {
  return [...role.savoirEtre, ...role.savoirFaire.slice(0, KEY_SAVOIR_FAIRE)];
}

export interface SkillLine {
  label: string;
  /** Slugs of the other compared roles that list this skill too (in any position). */
  sharedWith: string[];
}

export interface SharedSkill {
  label: string;
  /** Slugs of the compared roles that list it, in comparison order (two or more). */
  slugs: string[];
}

type SkillRole = Pick<RoleDetail, 'slug' | 'savoirEtre' | 'savoirFaire'>;

/**
 * For each role, its key skills with the other roles that share each one; and every skill listed by at
 * least two of the roles (all their savoir-être and savoir-faire, not only the key ones), those shared
 * by the most roles first, then in the order the roles list them.
 */
export function compareSkills(roles: readonly SkillRole[]): {
  keySkills: Map<string, SkillLine[]>;
  shared: SharedSkill[];
} {
  const skillSets = new Map(
    roles.map((role) => [role.slug, new Set([...role.savoirEtre, ...role.savoirFaire].map(skillKey))]),
  );
  const othersWith = (slug: string, key: string) =>
    roles
      .filter((other) => other.slug !== slug && skillSets.get(other.slug)?.has(key))
      .map((other) => other.slug);

  const keySkills = new Map(
    roles.map((role) => [
      role.slug,
      keySkillsOf(role).map((label) => ({ label, sharedWith: othersWith(role.slug, skillKey(label)) })),
    ]),
  );

  const shared = new Map<string, SharedSkill>();
  for (const role of roles) {
    for (const label of [...role.savoirEtre, ...role.savoirFaire]) {
      const key = skillKey(label);
      if (shared.has(key)) continue;
      const slugs = roles.filter((other) => skillSets.get(other.slug)?.has(key)).map((other) => other.slug);
      if (slugs.length >= 2) shared.set(key, { label, slugs });
    }
  }
  // Array sort is stable: equal counts keep the order the roles list them in.
  return { keySkills, shared: [...shared.values()].sort((a, b) => b.slugs.length - a.slugs.length) };
}

/** Where-it-leads steps shown per role; the role page has the rest. */
export const LEADS_SHOWN = 5;

/** The keys the comparison's wording uses; the island's `tr` covers them. */
export type CompareKey = Extract<
  UIKey,
  | `kit.compare.${string}`
  | `office.${string}`
  | `family.${string}`
  | `riasec.${string}`
  | `level.${string}`
  | `conditions.${string}`
  | 'role.cadre'
>;
export type CompareTranslate = (key: CompareKey, params?: Record<string, string | number>) => string;

/** One line of a list in a cell: text, a link when the site has a page, a muted note, a shared tag. */
export interface CellItem {
  text: string;
  href?: string;
  note?: string;
  /** Visible words saying which other compared roles list it too (never colour alone). */
  shared?: string;
}

export type CellBlock =
  | { kind: 'badges'; badges: { text: string; className: string }[] }
  | { kind: 'text'; text: string }
  | { kind: 'list'; ordered: boolean; items: CellItem[] }
  | { kind: 'more'; text: string; href: string };

export interface Criterion {
  id: 'office' | 'access' | 'conditions' | 'skills' | 'riasec' | 'leads';
  heading: string;
  /** A line under the heading. */
  intro?: string;
  /** A line under the cells (the source of the facts). */
  note?: string;
  /** One cell per compared role, in comparison order. */
  cells: { slug: string; title: string; blocks: CellBlock[] }[];
}

type Cells = (role: RoleDetail) => CellBlock[];

/**
 * The comparison as a table: for each criterion, one cell per role. `list` joins names as the page's
 * language does (an `Intl.ListFormat`).
 */
export function compareCriteria(
  roles: readonly RoleDetail[],
  tr: CompareTranslate,
  list: (items: readonly string[]) => string,
): Criterion[] {
  const text = (value: string): CellBlock => ({ kind: 'text', text: value });
  const level = (value: number) => levelLabel(value, tr);
  const titles = (slugs: readonly string[]) =>
    list(slugs.map((slug) => roles.find((role) => role.slug === slug)?.title ?? slug));
  const { keySkills } = compareSkills(roles);

  const office: Cells = (role) => [
    {
      kind: 'badges',
      badges: [
        { text: officeLabel(role.office, tr), className: officeBadgeClass(role.office) },
        { text: tr(`family.${role.family}`), className: 'badge' },
        ...(role.cadre ? [{ text: tr('role.cadre'), className: 'badge' }] : []),
      ],
    },
  ];

  const access: Cells = (role) => {
    const levels = [...(role.accessWithoutDiploma ? [0] : []), ...role.accessLevels].map(level);
    return [
      ...(role.entryLevel === null
        ? []
        : [text(tr('kit.compare.entryLevel', { level: level(role.entryLevel) }))]),
      text(levels.length ? tr('kit.compare.levels', { levels: list(levels) }) : tr('kit.compare.noLevel')),
      ...(role.diplomas.length === 0
        ? []
        : [
            text(tr('kit.compare.diplomas')),
            {
              kind: 'list' as const,
              ordered: false,
              items: role.diplomas.map((diploma) => ({
                text: tr('kit.compare.diploma', { name: diploma.name, level: level(diploma.level) }),
              })),
            },
          ]),
    ];
  };

  const conditions: Cells = (role) =>
    role.conditions.length === 0
      ? [text(tr('kit.compare.noConditions'))]
      : [
          {
            kind: 'list',
            ordered: false,
            items: role.conditions.map((flag) => ({ text: tr(`conditions.${flag}`) })),
          },
        ];

  const skills: Cells = (role) => [
    {
      kind: 'list',
      ordered: false,
      items: (keySkills.get(role.slug) ?? []).map((line) =>
        line.sharedWith.length > 0
          ? { text: line.label, shared: tr('kit.compare.sharedWith', { titles: titles(line.sharedWith) }) }
          : { text: line.label },
      ),
    },
  ];

  const riasec: Cells = ({ riasec: { major, minor } }) =>
    major === null
      ? [text(tr('kit.compare.riasecNone'))]
      : [
          text(tr('kit.compare.riasecMajor', { letter: major, name: tr(`riasec.${major}`) })),
          ...(minor === null
            ? []
            : [text(tr('kit.compare.riasecMinor', { letter: minor, name: tr(`riasec.${minor}`) }))]),
        ];

  const leads: Cells = ({ slug, leadsTo: { kind, steps } }) =>
    steps.length === 0
      ? [text(tr('kit.compare.leads.none'))]
      : [
          text(tr(kind === 'path' ? 'kit.compare.leads.path' : 'kit.compare.leads.mobility')),
          {
            kind: 'list',
            ordered: kind === 'path',
            items: steps.slice(0, LEADS_SHOWN).map((step) => ({
              text: step.title,
              ...(step.slug === null ? {} : { href: rolePath(step.slug) }),
              note: `(${step.code})`,
            })),
          },
          ...(steps.length > LEADS_SHOWN
            ? [
                {
                  kind: 'more' as const,
                  text: tr('kit.compare.leads.more', { count: steps.length - LEADS_SHOWN }),
                  href: `${rolePath(slug)}#evolution`,
                },
              ]
            : []),
        ];

  const row = (
    id: Criterion['id'],
    cells: Cells,
    extra: Pick<Criterion, 'intro' | 'note'> = {},
  ): Criterion => ({
    id,
    heading: tr(`kit.compare.criterion.${id}`),
    ...extra,
    cells: roles.map((role) => ({ slug: role.slug, title: role.title, blocks: cells(role) })),
  });

  return [
    row('office', office),
    row('access', access),
    row('conditions', conditions, { note: tr('kit.compare.conditionsSource') }),
    row('skills', skills, roles.length > 1 ? { intro: tr('kit.compare.skillsIntro') } : {}),
    row('riasec', riasec),
    row('leads', leads),
  ];
}

/**
 * The skills listed by at least two compared roles, each as a line naming them: « skill — A et B »,
 * or « skill — les 3 métiers » when every one of three roles lists it.
 */
export function sharedSkillLines(
  roles: readonly RoleDetail[],
  tr: CompareTranslate,
  list: (items: readonly string[]) => string,
): string[] {
  const titleOf = (slug: string) => roles.find((role) => role.slug === slug)?.title ?? slug;
  return compareSkills(roles).shared.map((skill) =>
    tr('kit.compare.sharedBy', {
      skill: skill.label,
      titles:
        skill.slugs.length === roles.length && roles.length > 2
          ? tr('kit.compare.sharedAll', { count: roles.length })
          : list(skill.slugs.map(titleOf)),
    }),
  );
}
