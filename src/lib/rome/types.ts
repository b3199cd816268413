/**
 * The shape of the ROME v460 facts the site carries, as `scripts/import-rome.ts` writes them to
 * `content/rome/sheets.json`: codes, labels, job titles, skill labels, links, letters, work contexts and
 * centres d'intérêt, plus ROME's own definition and « accès au métier » sentences. Those sentences are
 * official text (Licence Ouverte): pages show them only as a quotation with their source, never as the
 * site's own words.
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

/** A ROME work context (unix_referentiel_contexte_travail) tied to a sheet. */
export interface RomeContext {
  /** code_ogr of the context. */
  id: string;
  /** libelle_cont_travail, e.g. "Travail les week-ends et jours fériés". */
  label: string;
  /** libelle_type_cont_trav, e.g. "Horaires et durée du travail". */
  type: string;
}

/** A ROME centre d'intérêt (unix_arborescence_centre_interet) tied to a sheet. */
export interface RomeInterest {
  /** code_centre_interet (1–30). */
  id: string;
  /** libelle_centre_interet, e.g. "J'aime manier les chiffres". */
  label: string;
  /** ROME marks one interest per sheet as its main one. */
  principal: boolean;
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
  /** emploi_cadre: "O" → true, "N" → false, blank → null (v460 does not say: unknown, not "no"). */
  cadre: boolean | null;
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
  /** ROME's definition sentences in order (quoted official text, typography cleaned). */
  definition: string[];
  /** ROME's « accès au métier » sentences in order (quoted official text, typography cleaned). */
  accessText: string[];
  /** Work contexts, grouped by type then label (French order). The tagging is uneven: absent ≠ "no". */
  contexts: RomeContext[];
  /** Centres d'intérêt, the principal one first, then by id. */
  interests: RomeInterest[];
}
