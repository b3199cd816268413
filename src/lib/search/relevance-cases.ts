/**
 * What visitors type and the role they mean: the relevance table of the explorer's search, run on the
 * real catalogue by `relevance.test.ts` (each expected role within its rank) and scored by
 * `npm run bench` (top-1 / top-3 hit rates). Everyday phrasing, job titles, abbreviations, both
 * genders, plurals, typos anywhere in a word including the first letter, words in any order.
 *
 * Expected roles are ROME codes (stable when sheets are renamed); a query that several roles answer
 * equally lists them all ("vendeuse": any sales role). Add what visitors type, not what the ranking
 * happens to find: the table judges the ranking, never the reverse.
 */
export interface RelevanceCase {
  query: string;
  /** Any of these codes answers the query. */
  codes: readonly string[];
  /** The first such role must be within this rank. */
  within: 1 | 3 | 5;
}

/** Sales roles that are « vendeur / vendeuse » of something, in a shop. */
const SHOP_SALES = ['D1106', 'D1209', 'D1210', 'D1211', 'D1212', 'D1213', 'D1214', 'D1302', 'D1404', 'D1504'];

/** The shop assistants among them: a « vendeur / vendeuse en magasin » of some goods, not its manager. */
const SHOP_ASSISTANTS = ['D1106', 'D1209', 'D1210', 'D1211', 'D1212', 'D1214'];

/** « Développeur / Développeuse » roles: informatique, web, multimédia, logiciel, mobile. */
const DEVELOPERS = ['M1805', 'M1855', 'M1837', 'M1861', 'M1877'];

const rows: [string, string | readonly string[], 1 | 3 | 5][] = [
  // Everyday names and job titles
  ['comptable', 'M1203', 1],
  ['compta', 'M1203', 3],
  ['comptabilité', ['M1203', 'M1206'], 3],
  ['comptables', 'M1203', 3],
  ['aide comptable', 'M1225', 3],
  ['expert comptable', 'M1211', 3],
  ['contrôleur de gestion', 'M1204', 3],
  ['controleuse de gestion', 'M1204', 3],
  ['gestionnaire de paie', 'M1507', 3],
  ['paie', 'M1507', 5],
  ['trésorier', 'M1207', 3],
  ['recouvrement', 'D1422', 3],
  ['chargé de recrutement', 'M1502', 3],
  ['recruteuse', 'M1502', 5],
  ['secrétaire', 'M1607', 1],
  ['secretaire medicale', 'M1609', 3],
  ['standardiste', 'M1614', 1],
  ['hôtesse d’accueil', 'M1601', 3],
  ['agent d’accueil', 'M1601', 3],
  ['receptionniste', 'G1703', 3],
  ['caissière', 'D1505', 3],
  ['caissier', 'D1505', 3],
  ['hôtesse de caisse', 'D1505', 3],
  ['chargé de clientèle', ['C1206', 'C1102', 'M1704', 'D1415'], 3],
  ['conseiller clientèle banque', 'C1206', 3],
  ['conseillère bancaire', 'C1206', 3],
  ['guichetier', 'C1201', 3],
  ['conseiller en assurances', 'C1102', 3],
  ['téléconseiller', 'D1408', 3],
  ['teleconseillere', 'D1408', 3],
  ['conseillère clientèle à distance', 'D1408', 3],
  ['chargée de relation client', 'D1415', 3],
  ['service client', ['D1432', 'M1704', 'D1415'], 3],
  ['vendeur magasin', SHOP_ASSISTANTS, 1],
  ['vendeuse en magasin', SHOP_ASSISTANTS, 3],
  ['vendeuse', SHOP_SALES, 3],
  ['responsable de magasin', 'D1302', 3],
  ['chef de rayon', ['D1502', 'D1503'], 3],
  ['employée de rayon', 'D1507', 3],
  ['assistant commercial', 'D1401', 3],
  ['secrétaire commerciale', 'D1401', 3],
  ['acheteur', 'M1101', 1],
  ['acheteuse', 'M1101', 3],
  ['achats', ['M1101', 'M1102', 'D1431'], 3],
  ['juriste', 'K1903', 1],
  ['fiscaliste', 'K1903', 3],
  ['développeur', DEVELOPERS, 3],
  ['développeuse web', 'M1855', 3],
  ['informaticien', 'M1805', 3],
  ['technicien informatique', ['I1401', 'I1404'], 3],
  ['administrateur réseau', ['M1854', 'M1801'], 3],
  ['community manager', 'E1101', 1],
  ['chef de produit', 'M1703', 3],
  ['data analyst', 'M1419', 1],
  ['logisticien', ['N1303', 'N1301'], 3],
  ['directrice des ressources humaines', 'M1503', 3],
  // Abbreviations and everyday words ROME writes otherwise
  ['RH', ['M1501', 'M1503'], 3],
  ['assistant rh', 'M1501', 1],
  ['assistante RH', 'M1501', 3],
  ['DRH', 'M1503', 1],
  ['ADV', 'D1409', 3],
  ['assistante ADV', 'D1409', 3],
  ['SAV', ['D1415', 'I1401'], 3],
  ['hotline', ['I1404', 'I1406', 'M1874'], 3],
  ['helpdesk', 'I1404', 3],
  ['technicien helpdesk', 'I1404', 3],
  // Typos, first letter included
  ['comptabiltié', ['M1203', 'M1206'], 3],
  ['vomptable', 'M1203', 3],
  ['omptable', 'M1203', 3],
  ['xcomptable', 'M1203', 3],
  ['ocmptable', 'M1203', 3],
  ['fiscalste', 'K1903', 3],
  ['gestionaire de paye', 'M1507', 3],
  ['asistant commercial', 'D1401', 3],
  ['secretiare', 'M1607', 3],
  ['standardise', 'M1614', 3],
  ['conseilller bancaire', 'C1206', 3],
  ['technicien de maintenance en informatiqe', 'I1401', 3],
  ['dévelopeur', DEVELOPERS, 3],
  ['ecruteur', ['M1502', 'M1418'], 3],
];

export const relevanceCases: readonly RelevanceCase[] = rows.map(([query, codes, within]) => ({
  query,
  codes: typeof codes === 'string' ? [codes] : codes,
  within,
}));

/** The rank (1-based) of the first expected role among `codes` of the results, or undefined. */
export function rankOf(resultCodes: readonly string[], expected: readonly string[]): number | undefined {
  const index = resultCodes.findIndex((code) => expected.includes(code));
  return index < 0 ? undefined : index + 1;
}
