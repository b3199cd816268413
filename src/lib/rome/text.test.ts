import { describe, expect, it } from 'vitest';
import { cleanRomeSentence, normaliseRomeText, wordsWithAcuteE } from './text';

const accented = wordsWithAcuteE(['Il faut être mobile, établit un devis et suivre une école ou un état.']);

describe('normaliseRomeText', () => {
  it('undoes the SQL-doubled apostrophe', () => {
    expect(normaliseRomeText("Suivi d''une entreprise")).toBe("Suivi d'une entreprise");
  });
});

describe('cleanRomeSentence', () => {
  it.each([
    ["Gère l''équipe", 'Gère l’équipe', 'typographic apostrophe'],
    [
      'Encadre le Responsable RH -RRH- du site',
      'Encadre le Responsable RH (RRH) du site',
      'acronym between hyphens',
    ],
    ['Titulaire du -CACES-.', 'Titulaire du (CACES).', 'acronym before a full stop'],
    ['Etre titulaire du permis', 'Être titulaire du permis', 'capital E of « être »'],
    ['Etablit les devis', 'Établit les devis', 'capital E of a verb the text writes with é'],
    ['Ecole ou Etat', 'École ou État', 'capital E of nouns'],
    ['Effectue les relances', 'Effectue les relances', 'E that French writes without an accent'],
    ['Entretient le réseau', 'Entretient le réseau', 'E followed by a word the text has no é-form of'],
    ['  Gère   la caisse ', 'Gère la caisse', 'spacing'],
    ['Anti-fraude -x- ici', 'Anti-fraude -x- ici', 'lower-case words between hyphens are left alone'],
  ])('%j → %j (%s)', (input, expected) => {
    expect(cleanRomeSentence(input, accented)).toBe(expected);
  });
});
