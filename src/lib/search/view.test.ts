import { describe, expect, it } from 'vitest';
import { emptyExplorerState, type ExplorerState } from './url-state';
import { activeFilterCount, explorerView, isActive, PAGE_SIZE, type ExplorerRole } from './view';
import type { SearchFunction } from './index';

const role = (slug: string, overrides: Partial<ExplorerRole> = {}): ExplorerRole => ({
  slug,
  code: slug.toUpperCase(),
  title: slug,
  office: 'back',
  family: 'finance-comptabilite',
  cadre: false,
  riasec: { major: 'C', minor: null },
  entryLevel: 5,
  conditions: [],
  curated: false,
  ...overrides,
  families: overrides.families ?? [overrides.family ?? 'finance-comptabilite'],
});

const roles = [
  role('comptable'),
  role('juriste', { family: 'operations-administration', cadre: true, entryLevel: 7 }),
  role('vendeur', { office: 'front', family: 'ventes', entryLevel: 0 }),
];

const state = (overrides: Partial<ExplorerState>): ExplorerState => ({ ...emptyExplorerState, ...overrides });

/** A stand-in search that finds "Fiscaliste" under Juriste, and Comptable by prefix. */
const search: SearchFunction = (query) =>
  query.startsWith('fisc')
    ? [{ slug: 'juriste', matchedTitle: 'Fiscaliste', relevance: 1 }]
    : query.startsWith('compt')
      ? [{ slug: 'comptable', relevance: 1 }]
      : query === 'tout'
        ? ['vendeur', 'juriste', 'comptable'].map((slug, i) => ({ slug, relevance: 3 - i }))
        : [];

describe('explorerView', () => {
  it('lists every role, in the given order, when nothing is selected', () => {
    const view = explorerView(roles, emptyExplorerState, search);
    expect(view.hits.map((hit) => hit.role.slug)).toEqual(['comptable', 'juriste', 'vendeur']);
    expect(view.active).toBe(false);
  });

  it.each([
    ['an office', state({ office: ['front'] }), ['vendeur']],
    ['two families (OR)', state({ family: ['ventes', 'finance-comptabilite'] }), ['comptable', 'vendeur']],
    ['a level and cadre (AND)', state({ level: '7', cadre: 'oui' }), ['juriste']],
    ['sans diplôme', state({ level: 'sans-diplome' }), ['vendeur']],
    ['accessible with bac + 2', state({ level: '5' }), ['comptable', 'vendeur']],
    ['facets that exclude everything', state({ office: ['front'], cadre: 'oui' }), []],
  ])('filters by %s', (_case, given, expected) => {
    expect(explorerView(roles, given, search).hits.map((hit) => hit.role.slug)).toEqual(expected);
  });

  it('keeps the search order and says which job title matched', () => {
    const view = explorerView(roles, state({ q: 'fiscalste' }), search);
    expect(view.hits).toEqual([{ role: roles[1], matchedTitle: 'Fiscaliste' }]);
  });

  it('counts facet values over the search results', () => {
    const view = explorerView(roles, state({ q: 'compt' }), search);
    expect(view.counts.family['finance-comptabilite']).toBe(1);
    expect(view.counts.family.ventes).toBe(0);
  });

  it.each([
    ['pertinence', ['vendeur', 'juriste', 'comptable']],
    ['nom', ['comptable', 'juriste', 'vendeur']],
    ['niveau', ['vendeur', 'comptable', 'juriste']],
  ] as const)('sorts the results by %s', (sort, expected) => {
    const view = explorerView(roles, state({ q: 'tout', sort }), search);
    expect(view.hits.map((hit) => hit.role.slug)).toEqual(expected);
    expect(view.sort).toBe(sort);
  });

  it('without a query, relevance means nothing: the list is by name', () => {
    const view = explorerView([...roles].reverse(), state({ cadre: 'non' }), search);
    expect(view.sort).toBe('nom');
    expect(view.hits.map((hit) => hit.role.slug)).toEqual(['comptable', 'vendeur']);
  });

  it('an unknown entry level sorts last by level', () => {
    const withUnknown = [...roles, role('mystere', { entryLevel: null })];
    const view = explorerView(withUnknown, state({ sort: 'niveau', cadre: 'non' }), search);
    expect(view.hits.map((hit) => hit.role.slug)).toEqual(['vendeur', 'comptable', 'mystere']);
  });

  it('reveals PAGE_SIZE results per page, out of all the hits', () => {
    const many = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => role(`r${String(i).padStart(3, '0')}`));
    const first = explorerView(many, state({ family: ['finance-comptabilite'] }), search);
    expect(first.hits).toHaveLength(many.length);
    expect(first.shown).toHaveLength(PAGE_SIZE);
    const third = explorerView(many, state({ family: ['finance-comptabilite'], page: 3 }), search);
    expect(third.shown).toHaveLength(many.length);
    expect(third.shown.map((hit) => hit.role.slug)).toEqual(first.hits.map((hit) => hit.role.slug));
  });

  it('finds nothing for a query while the index is not loaded', () => {
    expect(explorerView(roles, state({ q: 'compt' })).hits).toEqual([]);
  });
});

describe('isActive', () => {
  it.each([
    [emptyExplorerState, false],
    [state({ q: '   ' }), false],
    [state({ q: 'paie' }), true],
    [state({ cadre: 'non' }), true],
    [state({ riasec: ['E'] }), true],
  ])('%j → %s', (given, expected) => {
    expect(isActive(given)).toBe(expected);
  });
});

describe('activeFilterCount', () => {
  it.each([
    [emptyExplorerState, 0],
    [state({ q: 'paie', sort: 'nom', page: 2 }), 0],
    [state({ office: ['front', 'back'], level: '4', cadre: 'oui', conditions: ['teletravail'] }), 5],
  ])('%j → %i', (given, expected) => {
    expect(activeFilterCount(given)).toBe(expected);
  });
});
