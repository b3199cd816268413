import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetValues } from './facets';
import {
  canonicalState,
  emptyExplorerState,
  explorerHref,
  MAX_QUERY_LENGTH,
  queryToState,
  readExplorerQuery,
  sortOrders,
  stateToQuery,
  type ExplorerState,
} from './url-state';

const state = (partial: Partial<ExplorerState>): ExplorerState => ({
  ...emptyExplorerState,
  ...partial,
});

describe('stateToQuery', () => {
  it.each<[Partial<ExplorerState>, string]>([
    [{}, ''],
    [{ q: '  comptable  ' }, 'q=comptable'],
    [{ q: 'assistant rh' }, 'q=assistant+rh'],
    [{ q: 'prêt-à-porter & co' }, 'q=pr%C3%AAt-%C3%A0-porter+%26+co'],
    [{ office: ['front', 'back'] }, 'bureau=front,back'],
    [{ office: ['back', 'front', 'back'] }, 'bureau=front,back'],
    [{ family: ['rh-paie', 'ventes'] }, 'famille=ventes,rh-paie'],
    [{ level: '5' }, 'niveau=5'],
    [{ level: 'sans-diplome' }, 'niveau=sans-diplome'],
    [{ conditions: ['teletravail', 'sans-weekend'] }, 'conditions=sans-weekend,teletravail'],
    [{ sort: 'niveau' }, 'tri=niveau'],
    [{ sort: 'pertinence', page: 1 }, ''],
    [{ page: 3 }, 'page=3'],
    [{ page: 0 }, ''],
    [{ page: 1000 }, 'page=50'],
    [{ cadre: 'oui' }, 'cadre=oui'],
    [{ cadre: 'non' }, 'cadre=non'],
    [{ cadre: 'inconnu' }, 'cadre=inconnu'],
    [{ riasec: ['C', 'R', 'E'] }, 'riasec=R,E,C'],
    [
      {
        q: 'compta',
        office: ['back'],
        family: ['finance-comptabilite'],
        level: '5',
        conditions: ['sans-nuit'],
        cadre: 'non',
        riasec: ['C'],
        sort: 'nom',
        page: 2,
      },
      'q=compta&bureau=back&famille=finance-comptabilite&niveau=5&conditions=sans-nuit&cadre=non&riasec=C&tri=nom&page=2',
    ],
  ])('%j → %j', (partial, expected) => {
    expect(stateToQuery(state(partial))).toBe(expected);
  });
});

describe('queryToState', () => {
  it.each<[string, Partial<ExplorerState>]>([
    ['', {}],
    ['?', {}],
    ['?q=comptable', { q: 'comptable' }],
    ['q=assistant+rh', { q: 'assistant rh' }],
    ['q=%20%20fiscaliste%20', { q: 'fiscaliste' }],
    ['bureau=front%2Cback', { office: ['front', 'back'] }],
    ['bureau=back&bureau=front', { office: ['front', 'back'] }],
    ['bureau=front,, back ,front', { office: ['front', 'back'] }],
    ['famille=ventes,inconnue,VENTES', { family: ['ventes'] }],
    ['niveau=4', { level: '4' }],
    // An older link listing levels reads as its highest.
    ['niveau=2,3,9,sans-diplome,sans diplome', { level: '3' }],
    ['conditions=teletravail,sans-weekend,piscine', { conditions: ['sans-weekend', 'teletravail'] }],
    ['tri=niveau', { sort: 'niveau' }],
    ['tri=prix', {}],
    ['page=2', { page: 2 }],
    ['page=-1', {}],
    ['page=9999', {}],
    ['cadre=oui', { cadre: 'oui' }],
    ['cadre=non', { cadre: 'non' }],
    ['cadre=inconnu', { cadre: 'inconnu' }],
    ['cadre=true', {}],
    ['cadre=&cadre=non', { cadre: 'non' }],
    ['riasec=c,C,X,RIASEC', { riasec: ['C'] }],
    ['q=a&q=b', { q: 'a' }],
    ['q=&q=b', { q: 'b' }],
    ['utm_source=x&Q=comptable&BUREAU=front', {}],
    ['q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', { q: '<script>alert(1)</script>' }],
    ['bureau=%3Cscript%3E,front', { office: ['front'] }],
    // A truncated UTF-8 sequence decodes to U+FFFD; "%A" is no escape and stays as typed…
    ['q=%E0%A4%A', { q: '\uFFFD%A' }],
    // …unless the next letter completes it ("%Ac" = 0xAC: E0 A4 AC is "ब").
    ['q=%E0%A4%Acompta', { q: 'बompta' }],
    ['q=%ZZ%', { q: '%ZZ%' }],
    ['q=%FF%FE', { q: '\uFFFD\uFFFD' }],
    ['&&&=&==&q', {}],
    ['constructor=x&__proto__=y&hasOwnProperty=z', {}],
  ])('%j', (search, expected) => {
    expect(queryToState(search)).toEqual(state(expected));
  });

  it('caps q at 100 characters without splitting one', () => {
    const emoji = '😀'.repeat(150);
    expect(queryToState(`q=${encodeURIComponent(emoji)}`).q).toBe('😀'.repeat(MAX_QUERY_LENGTH));
    expect(queryToState(`q=${'a'.repeat(1_000_000)}`).q).toHaveLength(MAX_QUERY_LENGTH);
  });

  it.each<[string, string[]]>([
    ['q=compta&bureau=front', []],
    ['famille=ventes,evil&inconnu=1', ['inconnu=1', 'famille=evil']],
    ['bureau=%3Cimg%20src%3Dx%3E', ['bureau=<img src=x>']],
    ['cadre=peut-etre&tri=prix&page=x', ['cadre=peut-etre', 'page=x', 'tri=prix']],
    ['cadre=inconnue', ['cadre=inconnue']],
    ['utm_source', ['utm_source']],
    ['q=&cadre=', []],
  ])('readExplorerQuery(%j) lists what it dropped: %j', (search, ignored) => {
    expect(readExplorerQuery(search).ignored.sort()).toEqual([...ignored].sort());
  });

  it('accepts URLSearchParams', () => {
    expect(queryToState(new URLSearchParams({ q: 'paie', cadre: 'oui' }))).toEqual(
      state({ q: 'paie', cadre: 'oui' }),
    );
  });
});

const validStates: fc.Arbitrary<ExplorerState> = fc.record({
  q: fc.oneof(
    fc.string({ maxLength: 120 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.string({ unit: 'binary', maxLength: 120 }), // lone surrogates included
  ),
  office: fc.array(fc.constantFrom(...facetValues.office)),
  family: fc.array(fc.constantFrom(...facetValues.family)),
  level: fc.constantFrom(null, ...facetValues.level),
  conditions: fc.array(fc.constantFrom(...facetValues.conditions)),
  cadre: fc.constantFrom(null, ...facetValues.cadre),
  riasec: fc.array(fc.constantFrom(...facetValues.riasec)),
  sort: fc.constantFrom(...sortOrders),
  page: fc.integer({ min: -5, max: 200 }),
});

describe('round trip', () => {
  it('queryToState(stateToQuery(s)) is the canonical s', () => {
    fc.assert(
      fc.property(validStates, (s) => {
        expect(queryToState(stateToQuery(s))).toEqual(canonicalState(s));
      }),
    );
  });

  it('the canonical query is a fixed point', () => {
    fc.assert(
      fc.property(validStates, (s) => {
        const query = stateToQuery(s);
        expect(stateToQuery(queryToState(query))).toBe(query);
        expect(stateToQuery(queryToState(`?${query}`))).toBe(query);
      }),
    );
  });
});

describe('untrusted input', () => {
  const known = {
    office: new Set<string>(facetValues.office),
    family: new Set<string>(facetValues.family),
    level: new Set<string>(facetValues.level),
    riasec: new Set<string>(facetValues.riasec),
  };
  const paramName = fc.constantFrom(
    'q',
    'bureau',
    'famille',
    'niveau',
    'conditions',
    'cadre',
    'riasec',
    'tri',
    'page',
    'x',
    '',
  );
  const piece = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }),
    fc.constantFrom(
      '%E0%A4%A',
      '%',
      '%%',
      '%C0%80',
      '<script>alert(1)</script>',
      'front,back',
      'oui',
      'sans-diplome',
      '__proto__',
      '&',
      '=',
      '+',
      ',',
    ),
  );
  const garbage = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.array(fc.tuple(paramName, piece)).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&')),
  );

  it('never throws and yields only known values', () => {
    fc.assert(
      fc.property(garbage, (search) => {
        const s = queryToState(search);
        expect(Array.from(s.q).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(s.q).toBe(s.q.trim());
        expect(s.office.every((v) => known.office.has(v))).toBe(true);
        expect(s.family.every((v) => known.family.has(v))).toBe(true);
        expect(s.level === null || known.level.has(s.level)).toBe(true);
        expect(s.page).toBeGreaterThanOrEqual(1);
        expect(s.riasec.every((v) => known.riasec.has(v))).toBe(true);
        expect([null, ...facetValues.cadre]).toContain(s.cadre);
        expect(s).toEqual(canonicalState(s));
      }),
    );
  });
});

describe('explorerHref', () => {
  it.each<[Partial<ExplorerState>, string, string]>([
    [{}, '', '/metiers/'],
    [{ q: 'paie', cadre: 'inconnu' }, '', '/metiers/?q=paie&cadre=inconnu'],
    [{ office: ['back'] }, '#resultats', '/metiers/?bureau=back#resultats'],
  ])('%j with %j → %j', (partial, hash, expected) => {
    expect(explorerHref('/metiers/', state(partial), hash)).toBe(expected);
  });
});
