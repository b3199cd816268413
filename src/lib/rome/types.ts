/**
 * The shape of the ROME v460 facts the site carries, as `scripts/import-rome.ts` writes them to
 * `content/rome/sheets.json`. Facts only (codes, labels, job titles, skill labels, links, letters):
 * ROME's own definition and access sentences are never copied onto the site.
 */
import type { Level, RiasecLetter } from '../../schemas/taxonomy';

export interface RomeJobTitle {
  /** code_ogr of the appellation: stable across versions. */
  id: string;
  /** libelle_appellation_long, as ROME writes it (inclusive form, e.g. "Comptable général / générale"). */
  label: string;
  /** emploi_cadre = "O" on the appellation. */
  cadre: boolean;
}

export interface RomeSkillGroup {
  /** The savoir's category (e.g. "Domaines d'expertise"); skills are grouped so a page stays readable. */
  group: string;
  items: string[];
}

export interface RomeSheet {
  /** ROME code, e.g. "M1203". */
  code: string;
  /** libelle_rome in v460. */
  label: string;
  /** Stable URL slug: `/metiers/<slug>/`. */
  slug: string;
  /** Grand domaine letter, e.g. "M". */
  grandDomaine: string;
  domaine: { code: string; label: string };
  /** emploi_cadre = "O" on the sheet. */
  cadre: boolean;
  riasec: { major: RiasecLetter | null; minor: RiasecLetter | null };
  /** Job titles, the principal one first, then by label (French collation). */
  jobTitles: RomeJobTitle[];
  skills: {
    savoirFaire: string[];
    savoirEtre: string[];
    savoirs: RomeSkillGroup[];
  };
  /** Mobility targets (rubrique_mobilite), in ROME's order (numero_ordre ascending). */
  mobility: string[];
  /**
   * National levels (3–8) named by ROME's "accès au métier" text, derived by a documented rule table
   * (never copied as text). Empty when the text names none.
   */
  accessLevels: Level[];
  /** The access text says the job is open without a diploma. */
  accessWithoutDiploma: boolean;
}
