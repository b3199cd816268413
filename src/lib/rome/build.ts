/**
 * Builds `RomeSheet`s from the rows of the ROME CSV tables. Pure: takes parsed rows, touches no file,
 * so tests can feed it tiny tables and `read.ts` stays a thin file-reading shell. Owns how ROME's tables
 * join (which code points to which table, what order things come in). Must never filter sheets (scope
 * is `scope.ts`'s job, and the search benchmark needs all of them). ROME's definition and access
 * sentences are kept as quoted text (`definition`, `accessText`), cleaned by `cleanRomeSentence`.
 *
 * What the v460 data showed, and the code relies on:
 * - Skills come from `liens_rome_referentiels` block 5 (Compétences): rubrique 1 (savoir-faire) and 2
 *   (savoir-être) point to `referentiel_competence.code_ogr`, rubrique 3 (savoirs) to
 *   `referentiel_savoir.code_ogr_savoir`; the two id sets don't overlap.
 * - Mobility: for each source code, `numero_ordre` is exactly 1…n with no gap or duplicate, 1 being
 *   ROME's first suggestion (M1203 Comptable: 1 = M1206 Responsable comptabilité). The file itself is
 *   sorted by target code, not by rank, so the order has to come from `numero_ordre`.
 * - Each code has exactly one appellation classed PRINCIPALE, whose label equals `libelle_rome`.
 * - Work contexts are `liens_rome_referentiels` block 6 rows whose code_ogr is a
 *   `referentiel_contexte_travail` id (179 contexts, every sheet has some; the tagging is uneven).
 * - Centres d'intérêt come from `arborescence_centre_interet` (code_centre_interet, code_rome,
 *   principal = "oui" for the sheet's main one).
 * - `emploi_cadre` on the sheet is "O", "N" or blank (198 sheets): blank means unknown.
 * - `''` (SQL-escaped apostrophe) occurs only in `texte` in v460, but every label goes through
 *   `normaliseRomeText` so a later version can't slip one through.
 */
import { accessFactsFromSentences } from './access';
import { slugForSheet } from './slug';
import { cleanRomeSentence, normaliseRomeText, wordsWithAcuteE } from './text';
import type { RomeContext, RomeInterest, RomeJobTitle, RomeSheet, RomeSkillGroup } from './types';
import { riasecLetters, type RiasecLetter } from '../../schemas/taxonomy';
import { compareFrench } from '../french-order';

/** The columns each table must have; other columns are ignored. */
export const romeTableColumns = {
  referentiel_code_rome: ['code_rome', 'libelle_rome', 'emploi_cadre'],
  // The header really is spelled "professionel" (one n) in this table.
  cr_gd_dp: ['code_rome', 'code_grand_domaine', 'code_domaine_professionel', 'libelle_domaine_professionel'],
  referentiel_appellation: [
    'code_ogr',
    'libelle_appellation_long',
    'code_rome',
    'emploi_cadre',
    'classification',
  ],
  referentiel_code_rome_riasec: ['code_rome', 'riasec_majeur', 'riasec_mineur'],
  liens_rome_referentiels: ['code_rome', 'code_compo_bloc', 'code_rubrique', 'code_ogr'],
  referentiel_competence: ['code_ogr', 'libelle_competence'],
  referentiel_savoir: ['code_ogr_savoir', 'libelle_savoir', 'categorie_savoir'],
  rubrique_mobilite: ['code_rome', 'code_rome_cible', 'numero_ordre'],
  texte: ['code_rome', 'libelle_type_texte', 'position_phrase', 'libelle_texte'],
  referentiel_contexte_travail: ['code_ogr', 'libelle_cont_travail', 'libelle_type_cont_trav'],
  arborescence_centre_interet: ['code_centre_interet', 'libelle_centre_interet', 'code_rome', 'principal'],
} as const;

export type RomeTableName = keyof typeof romeTableColumns;
export type RomeRow<T extends RomeTableName> = Record<(typeof romeTableColumns)[T][number], string>;
export type RomeTables = { [T in RomeTableName]: readonly RomeRow<T>[] };

/** Blocks and rubriques of `liens_rome_referentiels` that hold the skills and the work contexts. */
const skillsBlock = '5';
const contextsBlock = '6';
const rubrique = { savoirFaire: '1', savoirEtre: '2', savoirs: '3' } as const;

function groupBy<Row, Key>(rows: readonly Row[], keyOf: (row: Row) => Key): Map<Key, Row[]> {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Sorted in French order, without duplicates. */
function sortedUniqueLabels(labels: Iterable<string>): string[] {
  return [...new Set(labels)].sort(compareFrench);
}

function riasecLetterOf(value: string, code: string, column: string): RiasecLetter | null {
  if (value === '') return null;
  if ((riasecLetters as readonly string[]).includes(value)) return value as RiasecLetter;
  throw new Error(`ROME ${code}: ${column} "${value}" is not a RIASEC letter (${riasecLetters.join(', ')})`);
}

function labelLookup(rows: readonly { id: string; label: string }[]): Map<string, string> {
  return new Map(rows.map((row) => [row.id, normaliseRomeText(row.label)]));
}

/** Every sheet of the tables, sorted by code. */
export function buildRomeSheets(tables: RomeTables): RomeSheet[] {
  const placeByCode = new Map(tables.cr_gd_dp.map((row) => [row.code_rome, row]));
  const riasecByCode = new Map(tables.referentiel_code_rome_riasec.map((row) => [row.code_rome, row]));
  const titlesByCode = groupBy(tables.referentiel_appellation, (row) => row.code_rome);
  const mobilityByCode = groupBy(tables.rubrique_mobilite, (row) => row.code_rome);
  const textsByCode = (type: string) =>
    groupBy(
      tables.texte
        .filter((row) => row.libelle_type_texte === type)
        .sort((a, b) => Number(a.position_phrase) - Number(b.position_phrase)),
      (row) => row.code_rome,
    );
  const accessTextByCode = textsByCode('acces_metier');
  const definitionByCode = textsByCode('definition');
  const accentedWords = wordsWithAcuteE(tables.texte.map((row) => normaliseRomeText(row.libelle_texte)));
  const quote = (rows: readonly RomeRow<'texte'>[] | undefined) =>
    (rows ?? []).map((row) => cleanRomeSentence(row.libelle_texte, accentedWords)).filter(Boolean);
  const contextById = new Map(
    tables.referentiel_contexte_travail.map((row): [string, RomeContext] => [
      row.code_ogr,
      {
        id: row.code_ogr,
        label: normaliseRomeText(row.libelle_cont_travail),
        type: normaliseRomeText(row.libelle_type_cont_trav),
      },
    ]),
  );
  const contextLinksByCode = groupBy(
    tables.liens_rome_referentiels.filter((row) => row.code_compo_bloc === contextsBlock),
    (row) => row.code_rome,
  );
  const interestsByCode = groupBy(tables.arborescence_centre_interet, (row) => row.code_rome);
  const skillLinksByCode = groupBy(
    tables.liens_rome_referentiels.filter((row) => row.code_compo_bloc === skillsBlock),
    (row) => row.code_rome,
  );
  const competenceLabels = labelLookup(
    tables.referentiel_competence.map((row) => ({ id: row.code_ogr, label: row.libelle_competence })),
  );
  const savoirById = new Map(tables.referentiel_savoir.map((row) => [row.code_ogr_savoir, row]));

  const sheets = tables.referentiel_code_rome.map((row): RomeSheet => {
    const code = row.code_rome;
    const label = normaliseRomeText(row.libelle_rome);
    const place = placeByCode.get(code);
    if (!place) throw new Error(`ROME ${code}: no row in cr_gd_dp (grand domaine and domaine)`);
    const riasec = riasecByCode.get(code);
    const access = accessFactsFromSentences(
      (accessTextByCode.get(code) ?? []).map((sentence) => sentence.libelle_texte),
    );
    return {
      code,
      label,
      slug: slugForSheet(code, label),
      grandDomaine: place.code_grand_domaine,
      domaine: {
        code: place.code_domaine_professionel,
        label: normaliseRomeText(place.libelle_domaine_professionel),
      },
      cadre: row.emploi_cadre === 'O' ? true : row.emploi_cadre === 'N' ? false : null,
      riasec: {
        major: riasec ? riasecLetterOf(riasec.riasec_majeur, code, 'riasec_majeur') : null,
        minor: riasec ? riasecLetterOf(riasec.riasec_mineur, code, 'riasec_mineur') : null,
      },
      jobTitles: jobTitlesOf(titlesByCode.get(code) ?? []),
      skills: skillsOf(code, skillLinksByCode.get(code) ?? [], competenceLabels, savoirById),
      mobility: mobilityOf(mobilityByCode.get(code) ?? []),
      accessLevels: access.levels,
      accessWithoutDiploma: access.withoutDiploma,
      definition: quote(definitionByCode.get(code)),
      accessText: quote(accessTextByCode.get(code)),
      contexts: contextsOf(contextLinksByCode.get(code) ?? [], contextById),
      interests: interestsOf(interestsByCode.get(code) ?? []),
    };
  });
  return sheets.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** The principal appellation first, then the others in French order (id breaks ties, for stable output). */
function jobTitlesOf(rows: readonly RomeRow<'referentiel_appellation'>[]): RomeJobTitle[] {
  const isPrincipal = (row: RomeRow<'referentiel_appellation'>) => row.classification === 'PRINCIPALE';
  const toTitle = (row: RomeRow<'referentiel_appellation'>): RomeJobTitle => ({
    id: row.code_ogr,
    label: normaliseRomeText(row.libelle_appellation_long),
    cadre: row.emploi_cadre === 'O',
  });
  const byLabel = (a: RomeJobTitle, b: RomeJobTitle) =>
    compareFrench(a.label, b.label) || compareFrench(a.id, b.id);
  return [
    ...rows.filter(isPrincipal).map(toTitle).sort(byLabel),
    ...rows
      .filter((row) => !isPrincipal(row))
      .map(toTitle)
      .sort(byLabel),
  ];
}

function skillsOf(
  code: string,
  links: readonly RomeRow<'liens_rome_referentiels'>[],
  competenceLabels: ReadonlyMap<string, string>,
  savoirById: ReadonlyMap<string, RomeRow<'referentiel_savoir'>>,
): RomeSheet['skills'] {
  const competencesOf = (wanted: string) =>
    sortedUniqueLabels(
      links
        .filter((link) => link.code_rubrique === wanted)
        .map((link) => {
          const skill = competenceLabels.get(link.code_ogr);
          if (skill === undefined) {
            throw new Error(
              `ROME ${code}: competence ${link.code_ogr} (rubrique ${wanted}) not in referentiel_competence`,
            );
          }
          return skill;
        }),
    );
  const savoirs = links
    .filter((link) => link.code_rubrique === rubrique.savoirs)
    .map((link) => {
      const savoir = savoirById.get(link.code_ogr);
      if (!savoir) throw new Error(`ROME ${code}: savoir ${link.code_ogr} not in referentiel_savoir`);
      return {
        group: normaliseRomeText(savoir.categorie_savoir),
        item: normaliseRomeText(savoir.libelle_savoir),
      };
    });
  const groups: RomeSkillGroup[] = [...groupBy(savoirs, (savoir) => savoir.group)]
    .map(([group, members]) => ({ group, items: sortedUniqueLabels(members.map((member) => member.item)) }))
    .sort((a, b) => compareFrench(a.group, b.group));
  return {
    savoirFaire: competencesOf(rubrique.savoirFaire),
    savoirEtre: competencesOf(rubrique.savoirEtre),
    savoirs: groups,
  };
}

/** Target codes by rank (numero_ordre ascending: 1 is ROME's first suggestion), each once. */
function mobilityOf(rows: readonly RomeRow<'rubrique_mobilite'>[]): string[] {
  const ranked = [...rows].sort(
    (a, b) =>
      Number(a.numero_ordre) - Number(b.numero_ordre) ||
      (a.code_rome_cible < b.code_rome_cible ? -1 : a.code_rome_cible > b.code_rome_cible ? 1 : 0),
  );
  return [...new Set(ranked.map((row) => row.code_rome_cible))];
}

/** The sheet's work contexts, by type then label; links to other block-6 tables are not contexts. */
function contextsOf(
  links: readonly RomeRow<'liens_rome_referentiels'>[],
  contextById: ReadonlyMap<string, RomeContext>,
): RomeContext[] {
  const contexts = new Map<string, RomeContext>();
  for (const link of links) {
    const context = contextById.get(link.code_ogr);
    if (context) contexts.set(context.id, context);
  }
  return [...contexts.values()].sort(
    (a, b) => compareFrench(a.type, b.type) || compareFrench(a.label, b.label),
  );
}

/** The sheet's centres d'intérêt, the principal one first, then by id. */
function interestsOf(rows: readonly RomeRow<'arborescence_centre_interet'>[]): RomeInterest[] {
  const interests = new Map<string, RomeInterest>();
  for (const row of rows) {
    const known = interests.get(row.code_centre_interet);
    interests.set(row.code_centre_interet, {
      id: row.code_centre_interet,
      label: normaliseRomeText(row.libelle_centre_interet),
      principal: row.principal === 'oui' || (known?.principal ?? false),
    });
  }
  return [...interests.values()].sort(
    (a, b) => Number(b.principal) - Number(a.principal) || Number(a.id) - Number(b.id),
  );
}
