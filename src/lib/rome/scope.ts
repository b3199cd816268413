/**
 * Which ROME sheets the site carries. Owns the rule "every sheet of grands domaines D (Commerce, vente)
 * and M (Support à l'entreprise), plus the `extraCodes` a human listed in
 * `content/rome/classification.yaml`, minus what that file's `excluded` lists (a whole domaine, or a
 * code; a code of an excluded domaine with its own `overrides` rule stays in)". Must never hold a list
 * of codes itself (the reviewed lists live in the content file, each code with its reason) nor widen
 * the scope from a `domaines` rule: a rule for a domaine outside D and M only classifies that domaine's
 * extra codes.
 */
import type { Classification } from '../../schemas/classification';
import type { RomeSheet } from './types';

/** Grands domaines the site carries whole. */
export const grandsDomainesInScope: readonly string[] = ['D', 'M'];

type ScopeRules = Pick<Classification, 'extraCodes' | 'excluded' | 'overrides'>;
type ScopedSheet = Pick<RomeSheet, 'code' | 'grandDomaine'> & { domaine: Pick<RomeSheet['domaine'], 'code'> };

/** Why the scope rule leaves this sheet out, or undefined when the site carries it. */
export function exclusionReason(sheet: ScopedSheet, rules: ScopeRules): string | undefined {
  if (Object.hasOwn(rules.excluded, sheet.code)) return rules.excluded[sheet.code];
  if (Object.hasOwn(rules.excluded, sheet.domaine.code) && !Object.hasOwn(rules.overrides, sheet.code)) {
    return rules.excluded[sheet.domaine.code];
  }
  return undefined;
}

/** Whether the site carries this sheet. */
export function isSheetInScope(sheet: ScopedSheet, rules: ScopeRules): boolean {
  const candidate =
    grandsDomainesInScope.includes(sheet.grandDomaine) || Object.hasOwn(rules.extraCodes, sheet.code);
  return candidate && exclusionReason(sheet, rules) === undefined;
}

/** The sheets the site carries, in the order given. */
export function sheetsInScope<Sheet extends ScopedSheet>(
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
  classification: Pick<Classification, 'extraCodes' | 'overrides' | 'excluded'>,
): string[] {
  const known = new Set(sheets.map((sheet) => sheet.code));
  const named = new Set([
    ...Object.keys(classification.extraCodes),
    ...Object.keys(classification.overrides),
    ...Object.keys(classification.excluded).filter((key) => key.length === 5),
  ]);
  return [...named].filter((code) => !known.has(code)).sort();
}
