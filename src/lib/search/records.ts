/**
 * What the job-role explorer searches: the `SearchRole` of a catalogue role (`searchRoleOf`), and the flat,
 * pre-normalised records built from it for the search index (`./index.ts`).
 *
 * Owns the one text normalisation of the explorer (`normalizeText`), used at build time on names and
 * at query time on what the visitor typed, so both sides always agree.
 *
 * Pure: runs in the browser and in Node. Must never import `astro:*`, `node:*` or Fuse (the records
 * are plain data; the index module decides how they are searched).
 */
import type { CatalogueRole } from '../catalogue';
import type { RoleSummary } from '../roles/summary';
import type { RomeSheet } from '../rome/types';

/** What the search reads of a role: the summary's slug and title, and the names and skill words below. */
export type SearchRole = Pick<RoleSummary, 'slug' | 'title'> & {
  /** libelle_rome in v460, inclusive form kept. */
  label: string;
  /** ROME job titles (appellations), inclusive form kept, e.g. "Comptable général / Comptable générale". */
  jobTitles: string[];
  /** Short skill labels or keywords (a few per role: they are indexed word by word). */
  skills: string[];
};

/**
 * - `display`: the role's display title (a hit shows the role as is);
 * - `alias`: the label or a job title that differs from the display title (a hit says which one
 *   matched: "Fiscaliste → Juriste");
 * - `skills`: the role's skill words, one record per role.
 */
export type SearchRecordKind = 'display' | 'alias' | 'skills';

/** One searchable name (or the skill words) of one role. */
export interface SearchRecord {
  slug: string;
  kind: SearchRecordKind;
  /** The name as the site writes it; absent on `skills` records. */
  name?: string | undefined;
  /**
   * Normalised text (see `normalizeText`). For a name, both genders of an inclusive form with the
   * repeated words dropped ("conseiller conseillere de clientele bancaire"); for skills, the distinct
   * non-stop words of the role's skills.
   */
  text: string;
}

/** Words that carry no meaning on their own: never indexed as skills, never required from a query. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'au',
  'aux',
  'avec',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'par',
  'pour',
  'sur',
  'un',
  'une',
]);

/** Letters that NFD does not decompose but a French visitor types as two letters (or plainly). */
const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/**
 * Lowercase, strip accents (NFD, then drop combining marks), spell ligatures out, and turn every run
 * of anything that is not `a–z` / `0–9` into one space ("Prêt-à-porter (RH)" → "pret a porter rh").
 * Letters of other scripts are dropped: the catalogue is French.
 */
export function normalizeText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[œæß]/g, (ch) => LIGATURES[ch] ?? ch)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The words of a text, normalised. */
export function tokenize(text: string): string[] {
  const normalised = normalizeText(text);
  return normalised === '' ? [] : normalised.split(' ');
}

/** How a name can be searched: its normalised text, and the forms an exact or prefix match is tried on. */
export interface NameForms {
  /** Both genders in one string, repeated words dropped: what the fuzzy search reads. */
  text: string;
  /** The masculine and feminine forms (one form when the name is not inclusive), normalised. */
  forms: string[];
}

/**
 * ROME writes inclusive names as "Masc / Fém rest": "Conseiller / Conseillère de clientèle bancaire",
 * "Comptable général / Comptable générale", "Assistant administratif / Assistante administrative et
 * comptable". The feminine side is a whole name; the masculine side stops where the feminine side's
 * counterpart does, so the masculine form is its words followed by the feminine side's words past as
 * many words. "x/y" without spaces ("chimie/pharmacie") is an alternative, not a gender: it only
 * separates words.
 */
export function nameForms(name: string): NameForms {
  const slash = name.indexOf(' / ');
  if (slash < 0) {
    const text = normalizeText(name);
    return { text, forms: [text] };
  }
  const left = tokenize(name.slice(0, slash));
  const right = tokenize(name.slice(slash + 3));
  const masculine = [...left, ...right.slice(left.length)].join(' ');
  const feminine = right.join(' ');
  const text = [...left, ...right.filter((word, i) => i >= left.length || word !== left[i])].join(' ');
  const forms = [...new Set([masculine, feminine])].filter((form) => form !== '');
  return { text, forms };
}

/** The distinct non-stop words of a role's skills, in order of first appearance. */
export function skillWords(skills: readonly string[]): string {
  const words = new Set<string>();
  for (const skill of skills) {
    for (const word of tokenize(skill)) {
      if (!STOP_WORDS.has(word)) words.add(word);
    }
  }
  return [...words].join(' ');
}

/**
 * Flat records for the index: per role, one record per distinct searchable name (display title first,
 * then the label and each job title whose normalised text differs from the ones before), then one
 * record for its skill words (when it has any). Roles keep the order given.
 */
export function buildSearchRecords(roles: readonly SearchRole[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const role of roles) {
    const seen = new Set<string>();
    const names = [role.title, role.label, ...role.jobTitles];
    names.forEach((name, i) => {
      const { text } = nameForms(name);
      if (text === '' || seen.has(text)) return;
      seen.add(text);
      records.push({ slug: role.slug, kind: i === 0 ? 'display' : 'alias', name, text });
    });
    const skills = skillWords(role.skills);
    if (skills !== '') records.push({ slug: role.slug, kind: 'skills', text: skills });
  }
  return records;
}

/** Savoir categories kept as search keywords: the "what you know" of the job, not diplomas. */
const SKILL_GROUPS = ["Domaines d'expertise", 'Techniques professionnelles', 'Normes et procédés'];
/** At most this many skill labels per role: the words of each are indexed, and the index ships. */
export const MAX_SEARCH_SKILLS = 8;

/**
 * The few skill labels of a sheet worth a search keyword: savoirs of the categories above, in that
 * order, then in ROME's order, capped at `MAX_SEARCH_SKILLS`. Savoir-faire sentences are left out:
 * long verb phrases add index weight and fuzzy noise, few visitors type them.
 */
export function searchSkillsOf(sheet: RomeSheet): string[] {
  const picked: string[] = [];
  for (const group of SKILL_GROUPS) {
    for (const savoirs of sheet.skills.savoirs) {
      if (savoirs.group === group) picked.push(...savoirs.items);
    }
  }
  return picked.slice(0, MAX_SEARCH_SKILLS);
}

/** What a role of the catalogue gives the search. */
export type SearchSource = Pick<CatalogueRole, 'slug' | 'title' | 'label' | 'sheet'>;

/** A catalogue role as the search sees it: its names and the few skill words worth a keyword. */
export function searchRoleOf(role: SearchSource): SearchRole {
  return {
    slug: role.slug,
    title: role.title,
    label: role.label,
    jobTitles: role.sheet.jobTitles.map((jobTitle) => jobTitle.label),
    skills: searchSkillsOf(role.sheet),
  };
}
