import { describe, expect, it } from 'vitest';
import { accessFactsFromSentences } from './access';

describe('accessFactsFromSentences: levels named', () => {
  it.each([
    ['Cet emploi est accessible avec un diplôme de niveau Bac +3 à Bac +5 en comptabilité.', [6, 7]],
    [
      'Ce métier est accessible avec un diplôme de niveau Bac+2 (BTS, DUT, ...) dans le secteur bancaire.',
      [5],
    ],
    ['Cet emploi est accessible avec un diplôme de niveau CAP/BEP à Bac (général ou professionnel).', [3, 4]],
    [
      'Cet emploi est accessible avec une Licence en droit (Bac +3), un Master (Bac +5) ou un Doctorat (Bac +8).',
      [6, 7, 8],
    ],
    [
      "Cet emploi est accessible à partir d''un Bac+ 2/3 (BTS, BUT, licence) jusqu''au niveau Bac+5 (Master).",
      [5, 6, 7],
    ],
    ['Cet emploi est accessible avec un diplôme de niveau Bac + 2 à Bac + 4 en gestion des achats.', [5, 6]],
    ['Cet emploi est accessible avec une formation technique de niveau bac+2/Bac+3 (CEC 5).', [5, 6]],
    ["Cet emploi est accessible avec un diplôme d''ingénieur ou d''école de commerce.", [7]],
    [
      "Il est accessible avec un diplôme d'une école supérieure de commerce ou d'une école d'ingénieurs.",
      [7],
    ],
    ["Cet emploi est accessible avec un Diplôme d''Expertise Comptable (DEC), obligatoire.", [7]],
    ['Les formations incluent le DCG, les Licences, Masters et le DSCG.', [6, 7]],
    [
      'Cet emploi est accessible avec un CAP Boucher, un Brevet Professionnel Boucher ou un Bac Professionnel.',
      [3, 4],
    ],
    ['Un BP ou un BTSA peut être demandé.', [4, 5]],
    ['Un Master (M1, Master professionnel, grandes écoles, ...) en banque ou finance.', [7]],
    ['Cet emploi est accessible avec un diplôme de niveau 3, comme les CAP agricoles.', [3]],
    ["Cet emploi est accessible avec un Diplôme d''État de vétérinaire (Bac +6).", [7]],
    ["Cet emploi est accessible avec un bac + 11 Diplôme d''État de docteur en médecine.", [8]],
    ['Cet emploi est accessible avec un Baccalauréat technologique.', [4]],
    ['Un Bac + 1 ne suffit pas.', []],
    ["Un permis d''exploitation et la licence IV sont obligatoires pour vendre de l''alcool.", []],
    ['Une licence et un agrément délivrés par la Direction des Douanes sont requis.', []],
    ['La licence de pilote professionnel est obligatoire.', []],
    ['Le but de la formation est de connaître la bactériologique des produits.', []],
    ['Un CAPA est exigé pour plaider.', []],
    ['Cet emploi est accessible avec une expérience dans la vente.', []],
  ])('%s → %j', (sentence, levels) => {
    expect(accessFactsFromSentences([sentence]).levels).toEqual(levels);
  });

  it('merges the sentences of a sheet into sorted unique levels', () => {
    expect(
      accessFactsFromSentences([
        'Cet emploi est accessible avec un Master.',
        'Il est également accessible avec un BTS complété par une expérience.',
        'Un Bac+5 est apprécié.',
      ]).levels,
    ).toEqual([5, 7]);
  });

  it('reads no level and no fact from no sentence', () => {
    expect(accessFactsFromSentences([])).toEqual({ levels: [], withoutDiploma: false });
  });
});

describe('accessFactsFromSentences: open without a diploma', () => {
  it.each([
    ['Cet emploi est accessible sans diplôme ni expérience professionnelle.', true],
    ["Il est également accessible avec une expérience dans l''assurance sans diplôme particulier.", true],
    ['Cet emploi est accessible sans condition de diplôme.', true],
    ['Cet emploi peut être accessible avec ou sans diplôme, mais le BAFA est apprécié.', true],
    ['Cet emploi est accessible sans qualification particulière.', true],
    ['Cet emploi est accessible avec ou sans qualification.', true],
    ['Emploi qui peut être pratiqué sans formation initiale, avec formation en interne.', true],
    ["Il n''existe pas de diplôme obligatoire pour devenir danseur professionnel.", true],
    ["Aucun diplôme spécifique n''est requis pour se présenter au concours.", true],
    ['Cet emploi est accessible à tous les niveaux de qualification.', true],
    ['Ce métier est accessible sans expérience professionnelle préalable.', false],
    ["Ce métier ne peut s''exercer sans qualification.", false],
    ['Cet emploi est accessible avec un CAP.', false],
  ])('%s → %s', (sentence, withoutDiploma) => {
    expect(accessFactsFromSentences([sentence]).withoutDiploma).toBe(withoutDiploma);
  });
});
