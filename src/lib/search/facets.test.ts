import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFacets,
  countFacets,
  emptyFacetState,
  facetValues,
  type FacetId,
  type FacetState,
} from './facets';
import type { SearchRole } from './records';
import { fixtureRoles } from './test-fixtures';

const state = (partial: Partial<FacetState>): FacetState => ({ ...emptyFacetState, ...partial });
const slugs = (roles: readonly SearchRole[]) => roles.map((r) => r.slug);

/** Five small roles whose facets are easy to count by hand. */
const role = (slug: string, facets: Partial<SearchRole>): SearchRole => ({
  slug,
  code: 'X0000',
  title: slug,
  label: slug,
  office: 'back',
  family: 'finance-comptabilite',
  jobTitles: [],
  skills: [],
  accessLevels: [],
  accessWithoutDiploma: false,
  cadre: false,
  riasec: { major: 'C', minor: null },
  ...facets,
});
const roles = [
  role('comptable', { accessLevels: [5, 6], riasec: { major: 'C', minor: 'E' } }),
  role('juriste', { family: 'operations-administration', accessLevels: [7], cadre: true }),
  role('vendeur', {
    office: 'front',
    family: 'ventes',
    accessLevels: [3],
    accessWithoutDiploma: true,
    riasec: { major: 'E', minor: null },
  }),
  role('assistant-commercial', {
    office: 'both',
    family: 'ventes',
    accessLevels: [5],
    riasec: { major: 'C', minor: 'S' },
  }),
  role('developpeur', {
    family: 'informatique',
    accessLevels: [5, 6, 7],
    cadre: true,
    riasec: { major: 'I', minor: 'C' },
  }),
];

describe('applyFacets', () => {
  it.each<[string, Partial<FacetState>, string[]]>([
    ['no facet: everything', {}, slugs(roles)],
    ['front: front and both', { office: ['front'] }, ['vendeur', 'assistant-commercial']],
    [
      'back: back and both',
      { office: ['back'] },
      ['comptable', 'juriste', 'assistant-commercial', 'developpeur'],
    ],
    ['both: only both', { office: ['both'] }, ['assistant-commercial']],
    [
      'OR within a facet',
      { family: ['ventes', 'informatique'] },
      ['vendeur', 'assistant-commercial', 'developpeur'],
    ],
    ['AND across facets', { family: ['ventes'], riasec: ['C'] }, ['assistant-commercial']],
    ['a level is any of the access levels', { level: ['6'] }, ['comptable', 'developpeur']],
    ['sans-diplome', { level: ['sans-diplome'] }, ['vendeur']],
    [
      'levels ORed with sans-diplome',
      { level: ['7', 'sans-diplome'] },
      ['juriste', 'vendeur', 'developpeur'],
    ],
    ['cadre', { cadre: true }, ['juriste', 'developpeur']],
    ['non-cadre', { cadre: false }, ['comptable', 'vendeur', 'assistant-commercial']],
    ['riasec major only', { riasec: ['E'] }, ['vendeur']],
    ['nothing left', { cadre: true, office: ['front'] }, []],
  ])('%s', (_, partial, expected) => {
    expect(slugs(applyFacets(roles, state(partial)))).toEqual(expected);
  });
});

describe('countFacets', () => {
  it('counts every value over all roles when nothing is selected', () => {
    expect(countFacets(roles, emptyFacetState)).toEqual({
      office: { front: 2, back: 4, both: 1 },
      family: {
        ventes: 2,
        marketing: 0,
        'service-client': 0,
        'finance-comptabilite': 1,
        'rh-paie': 0,
        informatique: 1,
        'operations-administration': 1,
      },
      level: { '3': 1, '4': 0, '5': 3, '6': 2, '7': 2, '8': 0, 'sans-diplome': 1 },
      cadre: { oui: 2, non: 3 },
      riasec: { R: 0, I: 1, A: 0, S: 0, E: 1, C: 3 },
    });
  });

  it('counts a facet disjunctively: its own selection does not narrow its counts', () => {
    const counts = countFacets(roles, state({ family: ['ventes'], cadre: false }));
    // family counts: cadre=non applied, family ignored.
    expect(counts.family).toMatchObject({ ventes: 2, 'finance-comptabilite': 1, informatique: 0 });
    // cadre counts: family=ventes applied, cadre ignored.
    expect(counts.cadre).toEqual({ oui: 0, non: 2 });
    // other facets: both applied.
    expect(counts.office).toEqual({ front: 2, back: 1, both: 1 });
    expect(counts.riasec).toMatchObject({ C: 1, E: 1 });
  });

  const facetStates = fc.record({
    office: fc.subarray([...facetValues.office]),
    family: fc.subarray([...facetValues.family]),
    level: fc.subarray([...facetValues.level]),
    cadre: fc.constantFrom(true, false, null),
    riasec: fc.subarray([...facetValues.riasec]),
  });

  it('a value counts what selecting it alone in its facet would show', () => {
    const listFacets = ['office', 'family', 'level', 'riasec'] as const satisfies FacetId[];
    fc.assert(
      fc.property(facetStates, (facets) => {
        const counts = countFacets(fixtureRoles, facets);
        for (const facet of listFacets) {
          for (const value of facetValues[facet]) {
            const alone = applyFacets(fixtureRoles, { ...facets, [facet]: [value] });
            expect((counts[facet] as Record<string, number>)[value]).toBe(alone.length);
          }
        }
        for (const [value, cadre] of [
          ['oui', true],
          ['non', false],
        ] as const) {
          expect(counts.cadre[value]).toBe(applyFacets(fixtureRoles, { ...facets, cadre }).length);
        }
      }),
    );
  });

  it('selecting more values of a facet never removes roles', () => {
    fc.assert(
      fc.property(facetStates, fc.constantFrom(...facetValues.family), (facets, extra) => {
        const before = applyFacets(fixtureRoles, facets);
        const after = applyFacets(fixtureRoles, {
          ...facets,
          family: facets.family.length === 0 ? [] : [...facets.family, extra],
        });
        expect(after.length).toBeGreaterThanOrEqual(before.length);
      }),
    );
  });
});
