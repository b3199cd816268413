import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyFacets,
  countFacets,
  emptyFacetState,
  facetValues,
  type FacetId,
  type FacetRole,
  type FacetState,
} from './facets';

type Role = FacetRole & { slug: string };
const state = (partial: Partial<FacetState>): FacetState => ({ ...emptyFacetState, ...partial });
const slugs = (roles: readonly Role[]) => roles.map((r) => r.slug);

/** Six small roles whose facets are easy to count by hand. */
const role = (slug: string, facets: Partial<Role>): Role => ({
  slug,
  office: 'back',
  family: 'finance-comptabilite',
  entryLevel: null,
  cadre: false,
  riasec: { major: 'C', minor: null },
  conditions: [],
  ...facets,
  families: facets.families ?? [facets.family ?? 'finance-comptabilite'],
});
const roles = [
  role('comptable', { entryLevel: 5, riasec: { major: 'C', minor: 'E' }, conditions: ['remote'] }),
  role('juriste', { family: 'operations-administration', entryLevel: 7, cadre: true }),
  role('vendeur', {
    office: 'front',
    family: 'ventes',
    entryLevel: 0,
    riasec: { major: 'E', minor: null },
    conditions: ['weekend', 'public', 'standing'],
  }),
  role('assistant-commercial', {
    office: 'both',
    family: 'ventes',
    families: ['ventes', 'service-client'],
    entryLevel: 5,
    riasec: { major: 'C', minor: 'S' },
    conditions: ['public', 'remote'],
  }),
  role('developpeur', {
    family: 'informatique',
    entryLevel: 6,
    cadre: true,
    riasec: { major: 'I', minor: 'C' },
    conditions: ['remote'],
  }),
  // Neither its entry level nor its cadre status is known.
  role('inconnu', { family: 'informatique', cadre: null }),
];

describe('applyFacets', () => {
  it.each<[string, Partial<FacetState>, string[]]>([
    ['no facet: everything', {}, slugs(roles)],
    ['front: front and both', { office: ['front'] }, ['vendeur', 'assistant-commercial']],
    ['both: only both', { office: ['both'] }, ['assistant-commercial']],
    [
      'OR within a facet',
      { family: ['ventes', 'informatique'] },
      ['vendeur', 'assistant-commercial', 'developpeur', 'inconnu'],
    ],
    ['a second family counts', { family: ['service-client'] }, ['assistant-commercial']],
    ['AND across facets', { family: ['ventes'], riasec: ['C'] }, ['assistant-commercial']],
    ['my level: sans diplôme', { level: 'sans-diplome' }, ['vendeur']],
    [
      'my level: bac + 2 opens what starts at or below it',
      { level: '5' },
      ['comptable', 'vendeur', 'assistant-commercial'],
    ],
    [
      'my level: bac + 5',
      { level: '7' },
      ['comptable', 'juriste', 'vendeur', 'assistant-commercial', 'developpeur'],
    ],
    [
      'an unknown entry level is never selected by a level',
      { level: '8' },
      ['comptable', 'juriste', 'vendeur', 'assistant-commercial', 'developpeur'],
    ],
    [
      'a condition without',
      { conditions: ['sans-weekend'] },
      ['comptable', 'juriste', 'assistant-commercial', 'developpeur', 'inconnu'],
    ],
    ['conditions AND', { conditions: ['teletravail', 'contact-public'] }, ['assistant-commercial']],
    ['cadre', { cadre: 'oui' }, ['juriste', 'developpeur']],
    ['not cadre: the unknown left out', { cadre: 'non' }, ['comptable', 'vendeur', 'assistant-commercial']],
    ['cadre status not given by ROME', { cadre: 'inconnu' }, ['inconnu']],
    ['riasec major only', { riasec: ['E'] }, ['vendeur']],
    ['nothing left', { cadre: 'oui', office: ['front'] }, []],
  ])('%s', (_, partial, expected) => {
    expect(slugs(applyFacets(roles, state(partial)))).toEqual(expected);
  });
});

describe('countFacets', () => {
  it('counts every value over all roles when nothing is selected', () => {
    expect(countFacets(roles, emptyFacetState)).toEqual({
      office: { front: 2, back: 5, both: 1 },
      family: {
        ventes: 2,
        marketing: 0,
        'service-client': 1,
        'finance-comptabilite': 1,
        'rh-paie': 0,
        informatique: 2,
        'operations-administration': 1,
      },
      level: { 'sans-diplome': 1, '3': 1, '4': 1, '5': 3, '6': 4, '7': 5, '8': 5 },
      conditions: {
        'sans-weekend': 5,
        'sans-nuit': 6,
        'sans-horaires-decales': 6,
        'sans-deplacements': 6,
        teletravail: 3,
        'contact-public': 2,
      },
      cadre: { oui: 2, non: 3, inconnu: 1 },
      riasec: { R: 0, I: 1, A: 0, S: 0, E: 1, C: 4 },
      levelUnknown: 1,
    });
  });

  it('counts a facet disjunctively: its own selection does not narrow its counts', () => {
    const counts = countFacets(roles, state({ family: ['ventes'], cadre: 'non' }));
    // The role whose cadre status is unknown is not « non »: it no longer counts for informatique.
    expect(counts.family).toMatchObject({ ventes: 2, 'finance-comptabilite': 1, informatique: 0 });
    expect(counts.cadre).toEqual({ oui: 0, non: 2, inconnu: 0 });
    expect(counts.office).toEqual({ front: 2, back: 1, both: 1 });
  });

  const facetStates = fc.record({
    office: fc.subarray([...facetValues.office]),
    family: fc.subarray([...facetValues.family]),
    level: fc.constantFrom(null, ...facetValues.level),
    conditions: fc.subarray([...facetValues.conditions]),
    cadre: fc.constantFrom(null, ...facetValues.cadre),
    riasec: fc.subarray([...facetValues.riasec]),
  });

  it('a value counts what a click on it would show', () => {
    const listFacets = ['office', 'family', 'riasec'] as const satisfies FacetId[];
    fc.assert(
      fc.property(facetStates, (facets) => {
        const counts = countFacets(roles, facets);
        for (const facet of listFacets) {
          for (const value of facetValues[facet]) {
            const alone = applyFacets(roles, { ...facets, [facet]: [value] });
            expect((counts[facet] as Record<string, number>)[value]).toBe(alone.length);
          }
        }
        for (const cadre of facetValues.cadre) {
          expect(counts.cadre[cadre]).toBe(applyFacets(roles, { ...facets, cadre }).length);
        }
        for (const level of facetValues.level) {
          expect(counts.level[level]).toBe(applyFacets(roles, { ...facets, level }).length);
        }
        for (const condition of facetValues.conditions) {
          const added = [...new Set([...facets.conditions, condition])];
          expect(counts.conditions[condition]).toBe(
            applyFacets(roles, { ...facets, conditions: added }).length,
          );
        }
      }),
    );
  });

  it('a higher level never shows fewer roles', () => {
    fc.assert(
      fc.property(facetStates, (facets) => {
        const counts = countFacets(roles, facets);
        const series = facetValues.level.map((level) => counts.level[level]);
        expect(series).toEqual([...series].sort((a, b) => a - b));
      }),
    );
  });
});
