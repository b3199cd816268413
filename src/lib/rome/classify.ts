/**
 * Puts a ROME sheet on the site's two axes (front / back / both office, one of seven families) by the
 * rules of `content/rome/classification.yaml`: the per-code override wins over the domaine
 * professionnel rule. Owns that precedence only. Must never guess: a sheet with no rule is an error
 * naming the code, so a human decides and writes the reason.
 */
import type { Classification, ClassificationRule } from '../../schemas/classification';
import type { RomeSheet } from './types';

export type SheetClassification = Omit<ClassificationRule, 'alsoIn'> & {
  alsoIn: NonNullable<ClassificationRule['alsoIn']>;
};

/** The office, family and reason of a sheet in scope; throws when the file has no rule for it. */
export function classifySheet(
  sheet: Pick<RomeSheet, 'code' | 'label' | 'domaine'>,
  classification: Pick<Classification, 'domaines' | 'overrides'>,
): SheetClassification {
  const rule = Object.hasOwn(classification.overrides, sheet.code)
    ? classification.overrides[sheet.code]
    : Object.hasOwn(classification.domaines, sheet.domaine.code)
      ? classification.domaines[sheet.domaine.code]
      : undefined;
  if (!rule) {
    throw new Error(
      `Aucune règle de classement pour ${sheet.code} (${sheet.label}) : ajoutez le domaine ${sheet.domaine.code} ` +
        `sous « domaines » ou le code ${sheet.code} sous « overrides » dans content/rome/classification.yaml.`,
    );
  }
  return { office: rule.office, family: rule.family, reason: rule.reason, alsoIn: rule.alsoIn ?? [] };
}
