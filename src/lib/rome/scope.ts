/**
 * Which ROME sheets the site carries. Owns the rule "every sheet of grands domaines D (Commerce, vente)
 * and M (Support à l'entreprise), plus the `extraCodes` a human listed in
 * `content/rome/classification.yaml`". Must never hold a list of codes itself (the reviewed list lives in
 * the content file, each code with its reason) nor widen the scope from a `domaines` rule: a rule for
 * a domaine outside D and M only classifies that domaine's extra codes.
 */
import type { Classification } from '../../schemas/classification';
import type { RomeSheet } from './types';

/** Grands domaines the site carries whole. */
export const grandsDomainesInScope: readonly string[] = ['D', 'M'];

type ScopeRules = Pick<Classification, 'extraCodes'>;

/** Whether the site carries this sheet. */
export function isSheetInScope(sheet: Pick<RomeSheet, 'code' | 'grandDomaine'>, rules: ScopeRules): boolean {
  return grandsDomainesInScope.includes(sheet.grandDomaine) || Object.hasOwn(rules.extraCodes, sheet.code);
}

/** The sheets the site carries, in the order given. */
export function sheetsInScope<Sheet extends Pick<RomeSheet, 'code' | 'grandDomaine'>>(
  sheets: readonly Sheet[],
  rules: ScopeRules,
): Sheet[] {
  return sheets.filter((sheet) => isSheetInScope(sheet, rules));
}

/**
 * Codes the classification file names (in `extraCodes` or `overrides`) that the ROME version at hand
 * doesn't have: codes move between versions, so a stale code must stop the import rather than vanish.
 */
export function codesMissingFromRome(
  sheets: readonly Pick<RomeSheet, 'code'>[],
  classification: Pick<Classification, 'extraCodes' | 'overrides'>,
): string[] {
  const known = new Set(sheets.map((sheet) => sheet.code));
  const named = new Set([
    ...Object.keys(classification.extraCodes),
    ...Object.keys(classification.overrides),
  ]);
  return [...named].filter((code) => !known.has(code)).sort();
}
