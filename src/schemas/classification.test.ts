import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { classificationSchema } from './classification';

const rule = { office: 'back', family: 'finance-comptabilite', reason: 'Comptabilité et gestion.' };
const valid = {
  domaines: { M12: rule },
  overrides: { M1601: { office: 'front', family: 'service-client', reason: 'Accueil des visiteurs.' } },
  extraCodes: { K1903: 'Juriste : ses appellations comprennent Fiscaliste.' },
  excluded: { D11: 'Métiers de bouche : production artisanale.', M1809: 'Météorologue.' },
};

/** The first issue's path and message, as a content editor would read them. */
function firstIssue(data: unknown): { path: string; message: string } | undefined {
  const result = classificationSchema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue && { path: issue.path.join('.'), message: issue.message };
}

describe('classificationSchema', () => {
  it('accepts a complete classification', () => {
    expect(classificationSchema.parse(valid)).toEqual(valid);
  });

  it('accepts content/rome/classification.yaml', () => {
    const file = fileURLToPath(new URL('../../content/rome/classification.yaml', import.meta.url));
    expect(firstIssue(parseYaml(readFileSync(file, 'utf8')))).toBeUndefined();
  });

  it.each([
    [
      'an unknown family',
      { ...valid, domaines: { M12: { ...rule, family: 'comptabilite' } } },
      'domaines.M12.family',
      /family doit être l’une des sept familles/,
    ],
    [
      'an unknown office',
      { ...valid, overrides: { M1601: { ...rule, office: 'middle' } } },
      'overrides.M1601.office',
      /office doit valoir front, back ou both/,
    ],
    [
      'a missing reason',
      { ...valid, domaines: { M12: { office: 'back', family: 'rh-paie' } } },
      'domaines.M12.reason',
      /reason est obligatoire/,
    ],
    [
      'an empty reason',
      { ...valid, domaines: { M12: { ...rule, reason: '  ' } } },
      'domaines.M12.reason',
      /reason ne peut pas être vide/,
    ],
    [
      'a reason longer than a line',
      { ...valid, domaines: { M12: { ...rule, reason: 'x'.repeat(141) } } },
      'domaines.M12.reason',
      /reason : 140 caractères au plus/,
    ],
    [
      'a misspelt field',
      { ...valid, domaines: { M12: { ...rule, famille: 'rh-paie' } } },
      'domaines.M12',
      /champ inconnu : seuls office, family, reason et alsoIn/,
    ],
    [
      'a lowercase code in overrides',
      { ...valid, overrides: { m1601: rule } },
      'overrides.m1601',
      /overrides : la clé « m1601 » n’est pas un code ROME/,
    ],
    [
      'a code with a letter beyond N',
      { ...valid, extraCodes: { Z1203: 'x' } },
      'extraCodes.Z1203',
      /extraCodes : la clé « Z1203 » n’est pas un code ROME/,
    ],
    [
      'a code with too few digits',
      { ...valid, overrides: { M160: rule } },
      'overrides.M160',
      /overrides : la clé « M160 »/,
    ],
    [
      'a domaine given as a full code',
      { ...valid, domaines: { M1203: rule } },
      'domaines.M1203',
      /domaines : la clé « M1203 » n’est pas un code de domaine/,
    ],
    [
      'an extra code without its reason',
      { ...valid, extraCodes: { K1903: '' } },
      'extraCodes.K1903',
      /extraCodes \(la raison de l’ajout\) ne peut pas être vide/,
    ],
    [
      'a missing extraCodes',
      { domaines: valid.domaines, overrides: valid.overrides, excluded: valid.excluded },
      'extraCodes',
      /extraCodes est obligatoire/,
    ],
    [
      'an unknown top-level field',
      { ...valid, codes: {} },
      '',
      /champ inconnu : seuls domaines, overrides, extraCodes et excluded/,
    ],
    [
      'an alsoIn that repeats the main family',
      { ...valid, domaines: { M12: { ...rule, alsoIn: ['finance-comptabilite'] } } },
      'domaines.M12.alsoIn',
      /alsoIn ne doit pas répéter la famille principale/,
    ],
    [
      'an alsoIn with an unknown family',
      { ...valid, domaines: { M12: { ...rule, alsoIn: ['juridique'] } } },
      'domaines.M12.alsoIn.0',
      /alsoIn : chaque famille doit être l’une de/,
    ],
    [
      'an excluded code without its reason',
      { ...valid, excluded: { M1809: '' } },
      'excluded.M1809',
      /excluded \(la raison du retrait\) ne peut pas être vide/,
    ],
    [
      'an excluded key that is neither a domaine nor a code',
      { ...valid, excluded: { M1: 'x' } },
      'excluded.M1',
      /excluded : la clé « M1 »/,
    ],
    [
      'a code both excluded and added',
      { ...valid, excluded: { K1903: 'Retiré.' } },
      'excluded.K1903',
      /K1903 est aussi dans extraCodes/,
    ],
    [
      'a code both excluded and given an override',
      { ...valid, excluded: { M1601: 'Retiré.' } },
      'excluded.M1601',
      /M1601 a aussi une règle dans overrides/,
    ],
  ])('rejects %s, naming the field', (_case, data, path, message) => {
    const issue = firstIssue(data);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});
