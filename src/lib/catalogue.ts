/**
 * The site's catalogue of roles: each ROME sheet in scope joined with its classification (office,
 * families), its working conditions, and its way in: the curated role's title, entry level and diplomas,
 * else the reviewed access entry, else what ROME's access text names. Pure: the caller loads the files.
 * Owns the derived facts every page agrees on (display title, families, access levels, entry level and
 * where it comes from, diplomas, conditions, mobility targets with their pages); never invents one that
 * the data does not give.
 */
import type { Classification } from '../schemas/classification';
import type { Family, Level, Office } from '../schemas/taxonomy';
import { conditionsOf, type ConditionFlag } from './conditions';
import { classifySheet } from './rome/classify';
import type { RomeSheet } from './rome/types';

/** How a role is entered: its usual entry level (0 = sans diplôme) and the diplomas that lead to it. */
export interface AccessFacts {
  /** 0 = accessible sans diplôme, else a national level. */
  entryLevel: number;
  /** Catalogue ids of the diplomas, most usual first. */
  diplomas: readonly string[];
  /** Levels of those diplomas. */
  diplomaLevels: readonly number[];
  /** Why the entry level differs from what ROME's text names, when a reviewer said so. */
  note?: string | undefined;
}

/** What a curated role adds to its sheet for the catalogue. */
export interface CuratedFacts extends AccessFacts {
  title: string;
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
  /** Catalogue ids of the diplomas that lead to the role, most usual first. */
  diplomas: readonly string[];
  /** Working conditions ROME's work contexts name (often, not always). */
  conditions: ConditionFlag[];
  curated: boolean;
  mobility: MobilityTarget[];
  sheet: RomeSheet;
}

function isLevel(value: number): value is Level {
  return Number.isInteger(value) && value >= 3 && value <= 8;
}

/** Joins sheets, classification and curated facts; sorted by French title, then code. */
export function buildCatalogue(
  sheets: readonly RomeSheet[],
  classification: Pick<Classification, 'domaines' | 'overrides'>,
  curated: ReadonlyMap<string, CuratedFacts>,
  v460Labels: Readonly<Record<string, string>>,
  reviewed: ReadonlyMap<string, AccessFacts> = new Map(),
): CatalogueRole[] {
  const slugByCode = new Map(sheets.map((sheet) => [sheet.code, sheet.slug]));
  const collator = new Intl.Collator('fr');
  return sheets
    .map((sheet): CatalogueRole => {
      const { office, family, alsoIn, reason } = classifySheet(sheet, classification);
      const curatedFacts = curated.get(sheet.code);
      const reviewedFacts = curatedFacts ? undefined : reviewed.get(sheet.code);
      const facts = curatedFacts ?? reviewedFacts;
      const accessLevels = [
        ...new Set([...sheet.accessLevels, ...(facts?.diplomaLevels ?? []), facts?.entryLevel ?? 0]),
      ]
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
        diplomas: facts?.diplomas ?? [],
        conditions: conditionsOf(sheet.contexts),
        curated: Boolean(curatedFacts),
        mobility: sheet.mobility.map((code) => ({
          code,
          label: v460Labels[code] ?? code,
          slug: slugByCode.get(code),
        })),
        sheet,
      };
    })
    .sort((a, b) => collator.compare(a.title, b.title) || a.code.localeCompare(b.code));
}
