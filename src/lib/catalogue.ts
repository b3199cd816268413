/**
 * The site's catalogue of roles: each ROME sheet in scope joined with its classification (office,
 * families), its working conditions, and its way in: the curated role's title, entry level and diplomas,
 * else the reviewed access entry, else what ROME's access text names. Pure: the caller loads the files.
 * Owns the derived facts every page and payload agrees on (display title, families, access levels, entry
 * level and where it comes from, diplomas with their name and level, conditions, mobility targets with
 * their pages, where the role leads); never invents one that the data does not give.
 */
import type { Classification } from '../schemas/classification';
import type { Family, Level, Office } from '../schemas/taxonomy';
import { conditionsOf, type ConditionFlag } from './conditions';
import { classifySheet } from './rome/classify';
import type { RomeSheet } from './rome/types';
import { compareFrench } from './french-order';

/** How a role is entered: its usual entry level (0 = sans diplôme) and the diplomas that lead to it. */
export interface AccessFacts {
  /** 0 = accessible sans diplôme, else a national level. */
  entryLevel: number;
  /** Catalogue ids of the diplomas, most usual first. */
  diplomas: readonly string[];
  /**
   * Levels of those diplomas, for callers that do not pass the diploma facts to `buildCatalogue`;
   * when absent, the levels of the diploma facts.
   */
  diplomaLevels?: readonly number[] | undefined;
  /** Why the entry level differs from what ROME's text names, when a reviewer said so. */
  note?: string | undefined;
}

/** One step of a curated role's path (content/roles), as its front matter writes it. */
export interface CuratedPathStep {
  code: string;
  title: string;
  link?: 'mobilite' | 'parcours-courant' | undefined;
  reason?: string | undefined;
}

/** What a curated role adds to its sheet for the catalogue. */
export interface CuratedFacts extends AccessFacts {
  title: string;
  /** Where the role leads, starting with the role itself; absent, the role leads where ROME says. */
  path?: readonly CuratedPathStep[] | undefined;
}

/** What the site says of a diploma wherever it names one (content/diplomas). */
export interface DiplomaFacts {
  name: string;
  /** Short name for lists, e.g. "BTS CG". */
  short: string;
  /** National level, 3 to 8. */
  level: number;
}

export interface RoleDiploma extends DiplomaFacts {
  id: string;
}

/** One step of where a role leads: a curated path step or a ROME v460 mobility target. */
export interface LeadStep {
  title: string;
  code: string;
  /** Page of the step, when the site carries it. */
  slug: string | null;
  /** How a curated step follows the previous one (path steps only). */
  link?: CuratedPathStep['link'];
  /** Why it usually follows (path steps only, when the team wrote it). */
  reason?: string | undefined;
}

/** Curated roles: the team's path after the role ('path'); others: ROME v460 mobility targets ('mobility'). */
export interface LeadsTo {
  kind: 'path' | 'mobility';
  steps: LeadStep[];
}

/** Where a role's entry level comes from: its curated page, a reviewed access entry, or ROME's text. */
export type EntrySource = 'curated' | 'reviewed' | 'rome';

export interface MobilityTarget {
  code: string;
  /** v460 label; the code alone when the label is unknown to the site. */
  label: string;
  /** Page of the target, when the site carries it. */
  slug?: string | undefined;
}

export interface CatalogueRole {
  code: string;
  slug: string;
  /** v460 label of the sheet. */
  label: string;
  /** The title pages show: the curated role's usual job title, or the v460 label. */
  title: string;
  office: Office;
  /** Main family. */
  family: Family;
  /** The main family first, then the others a counselor would also look in (`alsoIn`). */
  families: Family[];
  /** Why the sheet sits in that office and family (from the classification file). */
  reason: string;
  /** Cadre status in v460; null when ROME does not say. */
  cadre: boolean | null;
  riasec: RomeSheet['riasec'];
  /** Levels at which the job is reached: ROME's access levels and the curated diplomas' levels. */
  accessLevels: Level[];
  accessWithoutDiploma: boolean;
  /** Usual entry level: curated, else reviewed, else the lowest ROME level (0 = sans diplôme). */
  entryLevel: number | null;
  /** Where `entryLevel` comes from; null when nothing gives one. */
  entrySource: EntrySource | null;
  /** A reviewer's sentence on the entry level, when it differs from what ROME's text names. */
  entryNote?: string | undefined;
  /** The diplomas that lead to the role, most usual first (ids the diploma facts do not know are left out). */
  diplomas: RoleDiploma[];
  /** Working conditions ROME's work contexts name (often, not always). */
  conditions: ConditionFlag[];
  curated: boolean;
  mobility: MobilityTarget[];
  leadsTo: LeadsTo;
  sheet: RomeSheet;
}

function isLevel(value: number): value is Level {
  return Number.isInteger(value) && value >= 3 && value <= 8;
}

function leadsToOf(
  path: readonly CuratedPathStep[] | undefined,
  mobility: readonly MobilityTarget[],
  slugOf: (code: string) => string | null,
): LeadsTo {
  if (path) {
    // The path starts with the role itself: the steps after it are where it leads.
    return {
      kind: 'path',
      steps: path.slice(1).map(({ title, code, link, reason }) => ({
        title,
        code,
        slug: slugOf(code),
        link,
        reason,
      })),
    };
  }
  return {
    kind: 'mobility',
    steps: mobility.map(({ label, code, slug }) => ({ title: label, code, slug: slug ?? null })),
  };
}

/**
 * Joins sheets, classification, curated facts and the diploma catalogue; sorted by French title, then
 * code. `diplomas` gives each diploma id its name and level (an id it lacks is left out of a role).
 */
export function buildCatalogue(
  sheets: readonly RomeSheet[],
  classification: Pick<Classification, 'domaines' | 'overrides'>,
  curated: ReadonlyMap<string, CuratedFacts>,
  v460Labels: Readonly<Record<string, string>>,
  reviewed: ReadonlyMap<string, AccessFacts> = new Map(),
  diplomas: ReadonlyMap<string, DiplomaFacts> = new Map(),
): CatalogueRole[] {
  const slugByCode = new Map(sheets.map((sheet) => [sheet.code, sheet.slug]));
  const slugOf = (code: string) => slugByCode.get(code) ?? null;
  const diplomasOf = (ids: readonly string[]): RoleDiploma[] =>
    ids.flatMap((id) => {
      const diploma = diplomas.get(id);
      return diploma ? [{ id, name: diploma.name, short: diploma.short, level: diploma.level }] : [];
    });
  return sheets
    .map((sheet): CatalogueRole => {
      const { office, family, alsoIn, reason } = classifySheet(sheet, classification);
      const curatedFacts = curated.get(sheet.code);
      const reviewedFacts = curatedFacts ? undefined : reviewed.get(sheet.code);
      const facts = curatedFacts ?? reviewedFacts;
      const roleDiplomas = diplomasOf(facts?.diplomas ?? []);
      const diplomaLevels = facts?.diplomaLevels ?? roleDiplomas.map((diploma) => diploma.level);
      const accessLevels = [...new Set([...sheet.accessLevels, ...diplomaLevels, facts?.entryLevel ?? 0])]
        .filter(isLevel)
        .sort((a, b) => a - b);
      const accessWithoutDiploma = sheet.accessWithoutDiploma || facts?.entryLevel === 0;
      const lowestRome = sheet.accessWithoutDiploma ? 0 : (sheet.accessLevels[0] ?? null);
      const entrySource: EntrySource | null = curatedFacts
        ? 'curated'
        : reviewedFacts
          ? 'reviewed'
          : lowestRome === null
            ? null
            : 'rome';
      const mobility = sheet.mobility.map((code) => ({
        code,
        label: v460Labels[code] ?? code,
        slug: slugByCode.get(code),
      }));
      return {
        code: sheet.code,
        slug: sheet.slug,
        label: sheet.label,
        title: curatedFacts?.title ?? sheet.label,
        office,
        family,
        families: [family, ...alsoIn],
        reason,
        cadre: sheet.cadre,
        riasec: sheet.riasec,
        accessLevels,
        accessWithoutDiploma,
        entryLevel: facts ? facts.entryLevel : lowestRome,
        entrySource,
        entryNote: facts?.note,
        diplomas: roleDiplomas,
        conditions: conditionsOf(sheet.contexts),
        curated: Boolean(curatedFacts),
        mobility,
        leadsTo: leadsToOf(curatedFacts?.path, mobility, slugOf),
        sheet,
      };
    })
    .sort((a, b) => compareFrench(a.title, b.title) || a.code.localeCompare(b.code));
}
