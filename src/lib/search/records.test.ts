import { describe, expect, it } from 'vitest';
import { buildSearchRecords, nameForms, normalizeText, skillWords, type SearchRole } from './records';

describe('normalizeText', () => {
  it.each([
    ['Comptabilité', 'comptabilite'],
    ['COMPTABLE', 'comptable'],
    ['  Prêt-à-porter  ', 'pret a porter'],
    ["Chargé / Chargée d'accueil", 'charge chargee d accueil'],
    ['Assistant / Assistante Ressources Humaines (RH)', 'assistant assistante ressources humaines rh'],
    ["Maître d'œuvre", 'maitre d oeuvre'],
    ['Contrôleur', 'controleur'],
    ['e\u0301le\u0300ve', 'eleve'], // already decomposed accents
    ['Analyste biologie/microbiologie', 'analyste biologie microbiologie'],
    ['Niveau 5, bac+2', 'niveau 5 bac 2'],
    ['<script>alert(1)</script>', 'script alert 1 script'],
    ['Русский 中文', ''],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('nameForms', () => {
  it.each([
    ['Juriste', 'juriste', ['juriste']],
    [
      'Conseiller / Conseillère de clientèle bancaire',
      'conseiller conseillere de clientele bancaire',
      ['conseiller de clientele bancaire', 'conseillere de clientele bancaire'],
    ],
    [
      'Comptable général / Comptable générale',
      'comptable general generale',
      ['comptable general', 'comptable generale'],
    ],
    [
      'Assistant administratif / Assistante administrative et comptable',
      'assistant administratif assistante administrative et comptable',
      ['assistant administratif et comptable', 'assistante administrative et comptable'],
    ],
    [
      'Vendeur / Vendeuse en prêt-à-porter',
      'vendeur vendeuse en pret a porter',
      ['vendeur en pret a porter', 'vendeuse en pret a porter'],
    ],
    ['Avocat / Avocate', 'avocat avocate', ['avocat', 'avocate']],
    ['Data analyst', 'data analyst', ['data analyst']],
  ])('%j', (name, text, forms) => {
    expect(nameForms(name)).toEqual({ text, forms });
  });
});

describe('skillWords', () => {
  it.each([
    [['Gestion de la paie', 'Logiciel de paie'], 'gestion paie logiciel'],
    [['Comptabilité générale', 'Droit du travail'], 'comptabilite generale droit travail'],
    [['Système d’information (SI)'], 'systeme information si'],
    [[], ''],
    [['de la', 'et'], ''],
  ])('%j → %j', (skills, expected) => {
    expect(skillWords(skills)).toBe(expected);
  });
});

describe('buildSearchRecords', () => {
  const role: SearchRole = {
    slug: 'juriste',
    title: 'Juriste',
    label: 'Juriste',
    jobTitles: ['Juriste', 'Fiscaliste', 'Avocat / Avocate', 'FISCALISTE'],
    skills: ['Droit fiscal', 'Droit des sociétés'],
  };

  it('gives one record per distinct name, the display title first, then one for the skill words', () => {
    expect(buildSearchRecords([role])).toEqual([
      { slug: 'juriste', kind: 'display', name: 'Juriste', text: 'juriste' },
      { slug: 'juriste', kind: 'alias', name: 'Fiscaliste', text: 'fiscaliste' },
      { slug: 'juriste', kind: 'alias', name: 'Avocat / Avocate', text: 'avocat avocate' },
      { slug: 'juriste', kind: 'skills', text: 'droit fiscal societes' },
    ]);
  });

  it('indexes a curated display title and keeps the label as an alias', () => {
    const records = buildSearchRecords([
      { ...role, title: 'Juriste d’entreprise', jobTitles: [], skills: [] },
    ]);
    expect(records.map((r) => [r.kind, r.name])).toEqual([
      ['display', 'Juriste d’entreprise'],
      ['alias', 'Juriste'],
    ]);
  });
});
