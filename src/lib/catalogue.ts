/**
 * The site's catalogue of roles: each ROME sheet in scope joined with its classification (office,
 * family) and, for curated roles, the team's title and entry level. Pure: the caller loads the files.
 * Owns the derived facts every page agrees on (display title, access levels, entry level, mobility
 * targets with their pages); never invents one that the data does not give.
 */
import type { Classification } from '../schemas/classification';
import type { Family, Level, Office } from '../schemas/taxonomy';
import { classifySheet } from './rome/classify';
import type { RomeSheet } from './rome/types';

/** What a curated role adds to its sheet for the catalogue. */
export interface CuratedFacts {
  title: string;
  /** 0 = accessible sans diplôme, else a national level. */
  entryLevel: number;
  /** Levels of the diplomas the curated page names. */
  diplomaLevels: readonly number[];
}

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
  family: Family;
  /** Why the sheet sits in that office and family (from the classification file). */
  reason: string;
  cadre: boolean;
  riasec: RomeSheet['riasec'];
  /** Levels at which the job is reached: ROME's access levels and the curated diplomas' levels. */
  accessLevels: Level[];
  accessWithoutDiploma: boolean;
  /** Lowest usual entry level: curated, else the lowest ROME level (0 when open without diploma). */
  entryLevel: number | null;
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
): CatalogueRole[] {
  const slugByCode = new Map(sheets.map((sheet) => [sheet.code, sheet.slug]));
  const collator = new Intl.Collator('fr');
  return sheets
    .map((sheet): CatalogueRole => {
      const { office, family, reason } = classifySheet(sheet, classification);
      const facts = curated.get(sheet.code);
      const accessLevels = [
        ...new Set([...sheet.accessLevels, ...(facts?.diplomaLevels ?? []), facts?.entryLevel ?? 0]),
      ]
        .filter(isLevel)
        .sort((a, b) => a - b);
      const accessWithoutDiploma = sheet.accessWithoutDiploma || facts?.entryLevel === 0;
      const lowestRome = sheet.accessWithoutDiploma ? 0 : (sheet.accessLevels[0] ?? null);
      return {
        code: sheet.code,
        slug: sheet.slug,
        label: sheet.label,
        title: facts?.title ?? sheet.label,
        office,
        family,
        reason,
        cadre: sheet.cadre,
        riasec: sheet.riasec,
        accessLevels,
        accessWithoutDiploma,
        entryLevel: facts ? facts.entryLevel : lowestRome,
        curated: Boolean(facts),
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
