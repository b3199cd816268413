import { describe, expect, it } from 'vitest';
import type { CatalogueRole } from './catalogue';
import { entryLevelDiffersFromRome, keyFacts, romeLevelsText } from './role-page';

const bts = { id: 'bts-cg', name: 'BTS Comptabilité et gestion', short: 'BTS CG', level: 5 };

function role(
  overrides: Partial<CatalogueRole> = {},
  sheet: Partial<CatalogueRole['sheet']> = {},
): CatalogueRole {
  return {
    code: 'M1203',
    slug: 'comptable-m1203',
    label: 'Comptable',
    title: 'Comptable',
    office: 'back',
    family: 'finance-comptabilite',
    families: ['finance-comptabilite'],
    reason: '',
    cadre: false,
    riasec: { major: 'C', minor: null },
    accessLevels: [5, 6],
    accessWithoutDiploma: false,
    entryLevel: 5,
    entrySource: 'curated',
    diplomas: [bts],
    conditions: [],
    curated: true,
    mobility: [],
    leadsTo: { kind: 'mobility', steps: [] },
    sheet: { accessLevels: [6, 7], accessWithoutDiploma: false, ...sheet } as CatalogueRole['sheet'],
    ...overrides,
  };
}
const fact = (facts: ReturnType<typeof keyFacts>, label: string) =>
  facts.find((f) => f.label === label)?.value;

describe('keyFacts', () => {
  it.each([
    [{}, 'Côté', 'Côté coulisses (back office)'],
    [{ office: 'front' as const }, 'Côté', 'Côté client (front office)'],
    [{ entryLevel: null }, 'Niveau d’entrée courant', 'Non précisé'],
    [{ entryLevel: 0 }, 'Niveau d’entrée courant', 'Sans diplôme'],
    [
      { conditions: ['weekend', 'night'] as const },
      'Horaires',
      'Travail le week-end ou les jours fériés, Travail de nuit',
    ],
    [{ conditions: ['daytime', 'remote'] as const }, 'Horaires', 'En journée'],
    [{ conditions: [] }, 'Horaires', 'Non précisés par le ROME'],
    [{ office: 'back' as const, conditions: ['public'] as const }, 'Contact client', 'Au cœur du métier'],
    [{ office: 'both' as const }, 'Contact client', 'Une partie du temps'],
    [{ cadre: null }, 'Statut cadre', 'Non précisé'],
    [{ cadre: true }, 'Statut cadre', 'Emplois de cadre'],
  ])('%j → %s: %s', (overrides, label, expected) => {
    expect(fact(keyFacts(role(overrides as Partial<CatalogueRole>)), label)).toBe(expected);
  });

  it('names the other families only when there are some', () => {
    expect(fact(keyFacts(role()), 'Aussi en')).toBeUndefined();
    const juriste = role({
      families: ['operations-administration', 'finance-comptabilite'],
      family: 'operations-administration',
      diplomas: [],
    });
    expect(fact(keyFacts(juriste), 'Aussi en')).toBe('Finance et comptabilité');
  });

  it('names at most two diplomas, or says none is required', () => {
    const many = [bts, { ...bts, short: 'BUT GEA' }, { ...bts, short: 'DCG' }];
    expect(fact(keyFacts(role({ diplomas: many })), 'Diplômes typiques')).toBe('BTS CG, BUT GEA');
    expect(fact(keyFacts(role({ entryLevel: 0, diplomas: [] })), 'Diplômes typiques')).toBe(
      'Aucun diplôme exigé',
    );
  });
});

describe('levels the page compares', () => {
  it.each([
    [5, [6, 7], false, true],
    [6, [6, 7], false, false],
    [0, [], true, false],
    [0, [3], false, true],
    [null, [5], false, false],
  ])('entry %s vs ROME %j (sans diplôme %s) → differs %s', (entryLevel, levels, without, differs) => {
    expect(
      entryLevelDiffersFromRome(
        role({ entryLevel }, { accessLevels: levels as never, accessWithoutDiploma: without }),
      ),
    ).toBe(differs);
  });

  it('reads ROME’s levels in words', () => {
    expect(romeLevelsText(role({}, { accessLevels: [3, 4], accessWithoutDiploma: true }))).toBe(
      'Sans diplôme, Niveau 3 (CAP), Niveau 4 (Bac)',
    );
    expect(romeLevelsText(role({}, { accessLevels: [] }))).toBeUndefined();
  });
});
