import { describe, expect, it } from 'vitest';
import { emptyExplorerState, type ExplorerState } from './url-state';
import { explorerView, isActive, type ExplorerRole } from './view';
import type { SearchFunction } from './index';

const role = (slug: string, overrides: Partial<ExplorerRole> = {}): ExplorerRole => ({
  slug,
  code: slug.toUpperCase(),
  title: slug,
  office: 'back',
  family: 'finance-comptabilite',
  accessLevels: [5],
  accessWithoutDiploma: false,
  cadre: false,
  riasec: { major: 'C', minor: null },
  entryLevel: 5,
  ...overrides,
});

const roles = [
  role('comptable'),
  role('juriste', { family: 'operations-administration', cadre: true, accessLevels: [7] }),
  role('vendeur', { office: 'front', family: 'ventes', accessLevels: [], accessWithoutDiploma: true }),
];

const state = (overrides: Partial<ExplorerState>): ExplorerState => ({ ...emptyExplorerState, ...overrides });

/** A stand-in search that finds "Fiscaliste" under Juriste, and Comptable by prefix. */
const search: SearchFunction = (query) =>
  query.startsWith('fisc')
    ? [{ slug: 'juriste', matchedTitle: 'Fiscaliste', score: 4.1 }]
    : query.startsWith('compt')
      ? [{ slug: 'comptable', score: 1 }]
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
    ['a level and cadre (AND)', state({ level: ['7'], cadre: true }), ['juriste']],
    ['sans diplôme', state({ level: ['sans-diplome'] }), ['vendeur']],
    ['facets that exclude everything', state({ office: ['front'], cadre: true }), []],
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

  it('finds nothing for a query while the index is not loaded', () => {
    expect(explorerView(roles, state({ q: 'compt' })).hits).toEqual([]);
  });
});

describe('isActive', () => {
  it.each([
    [emptyExplorerState, false],
    [state({ q: '   ' }), false],
    [state({ q: 'paie' }), true],
    [state({ cadre: false }), true],
    [state({ riasec: ['E'] }), true],
  ])('%j → %s', (given, expected) => {
    expect(isActive(given)).toBe(expected);
  });
});
