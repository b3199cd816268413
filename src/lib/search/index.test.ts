import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, loadSearch, MAX_QUERY_CHARS, likeness, type SearchPayload } from './index';
import { buildSearchRecords, normalizeText } from './records';
import { fixtureRoles } from './test-fixtures';

// Through JSON, as the browser gets it.
const synonyms = [
  ['rh', 'ressources humaines'],
  ['banque', 'bancaire'],
  ['vente', 'vendeur', 'vendeuse'],
];
const payload = JSON.parse(
  JSON.stringify(createSearchIndex(buildSearchRecords(fixtureRoles), synonyms)),
) as SearchPayload;
const { search, suggest } = loadSearch(payload);
const titleOf = new Map(fixtureRoles.map((role) => [role.slug, role.title]));

describe('search: the first result', () => {
  it.each([
    // query, slug, matchedTitle (undefined: the display title matched)
    ['COMPTABLE', 'comptable', undefined],
    ['comptable', 'comptable', undefined],
    ['compt', 'comptable', undefined],
    ['Comptable générale', 'comptable', 'Comptable général / Comptable générale'],
    ['fiscalste', 'juriste', 'Fiscaliste'],
    ['fiscaliste', 'juriste', 'Fiscaliste'],
    ['paie', 'gestionnaire-paie', undefined],
    ['Gestionnaire paie', 'gestionnaire-paie', undefined],
    ['conseillère de clientèle bancaire', 'conseiller-de-clientele-bancaire', undefined],
    ['conseiller bancaire', 'conseiller-de-clientele-bancaire', undefined],
    ['vendeuse', 'vendeur-en-pret-a-porter', undefined],
    ['pret-a-porter', 'vendeur-en-pret-a-porter', undefined],
    ['téléconseiller', 'conseiller-clientele-a-distance', 'Téléconseiller / Téléconseillère'],
    ['teleconseillere', 'conseiller-clientele-a-distance', 'Téléconseiller / Téléconseillère'],
    ['assistant rh', 'assistant-ressources-humaines', undefined],
    ['contrôleur de gestion', 'controleur-de-gestion', undefined],
    ['controleur gestion', 'controleur-de-gestion', undefined],
    ['responsable magasin', 'responsable-de-boutique', 'Responsable de magasin'],
    ['developpeur', 'developpeur-informatique', undefined],
    ['accueil', 'charge-d-accueil', undefined],
    ['technicienne informatique', 'technicien-de-maintenance-en-informatique', undefined],
    ['Technicien de maintenance en informatiqe', 'technicien-de-maintenance-en-informatique', undefined],
    ['aide comptable', 'aide-comptable', undefined],
    ['gestionaire de paye', 'gestionnaire-paie', undefined],
    ['asistant commercial', 'assistant-commercial', undefined],
  ])('%j → %s', (query, slug, matchedTitle) => {
    const [first] = search(query);
    expect(first).toBeDefined();
    expect(first?.slug).toBe(slug);
    expect(first?.matchedTitle).toBe(matchedTitle);
  });
});

describe('search: what a query finds', () => {
  const slugs = (query: string) => search(query).map((r) => r.slug);

  it('"comptabilite" (no accent) finds names written "Comptabilité" first', () => {
    const [first] = search('comptabilite');
    expect(normalizeText(first?.matchedTitle ?? titleOf.get(first?.slug ?? '') ?? '')).toContain(
      'comptabilit',
    );
  });

  it('"comptabilte" (a letter missing) finds a first role of the right spelling', () => {
    expect(slugs('comptabilite').slice(0, 3)).toContain(slugs('comptabilte')[0]);
  });

  it('"compt" ranks the shortest Comptable names first', () => {
    expect(slugs('compt').slice(0, 3)).toEqual(['comptable', 'aide-comptable', 'assistant-comptable']);
  });

  it('"paie" also finds roles that name pay in a job title or a skill', () => {
    expect(slugs('paie')).toEqual(
      expect.arrayContaining(['gestionnaire-paie', 'comptable', 'assistant-ressources-humaines']),
    );
  });

  it('"recouvrement": a role titled so comes before one where only a job title says so', () => {
    expect(search('recouvrement').slice(0, 2)).toEqual([
      { slug: 'charge-de-recouvrement-de-creances', relevance: expect.any(Number) },
      {
        slug: 'comptable',
        matchedTitle: 'Comptable spécialisé / Comptable spécialisée recouvrement',
        relevance: expect.any(Number),
      },
    ]);
  });

  it.each([
    ['viscaliste', 'a wrong first letter'],
    ['iscaliste', 'a missing first letter'],
    ['efiscaliste', 'an extra first letter'],
    ['ifscaliste', 'the first two letters swapped'],
  ])('corrects %j (%s)', (query) => {
    expect(search(query)[0]).toMatchObject({ slug: 'juriste', matchedTitle: 'Fiscaliste' });
  });

  it('several words where not every word matches: roles holding more of them come first', () => {
    const results = slugs('comptable bancaire zzzz');
    expect(results.slice(0, 2)).toEqual(
      expect.arrayContaining(['comptable', 'conseiller-de-clientele-bancaire']),
    );
    // A role holding both words comes before every role holding one.
    const [first, ...rest] = search('conseiller bancaire');
    expect(first?.slug).toBe('conseiller-de-clientele-bancaire');
    expect(rest.every((r) => r.relevance < (first?.relevance ?? 0))).toBe(true);
  });

  it('word forms: a plural or a derived word finds the word ROME writes', () => {
    expect(slugs('comptables')[0]).toBe('comptable');
    expect(slugs('informaticienne')).toContain('technicien-de-maintenance-en-informatique');
  });
  it.each(['xqzwvk', 'zzzz', 'blablabla', 'qwertyuiop', 'kjhgfdsq'])('gibberish %j → []', (query) => {
    expect(search(query)).toEqual([]);
  });

  it.each(['', '   ', '!!!', '—', '中文'])('nothing searchable in %j → []', (query) => {
    expect(search(query)).toEqual([]);
  });

  it('reads only the first MAX_QUERY_CHARS characters of a query', () => {
    const pasted = `comptable${' '.repeat(MAX_QUERY_CHARS)}zzzz`;
    expect(search(pasted)).toEqual(search('comptable'));
  });

  it.each([0, -1, Number.NaN])('limit %d → []', (limit) => {
    expect(search('comptable', { limit })).toEqual([]);
  });
});

describe('search: shape of the results', () => {
  const queries = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    // Pieces of real names, cut and misspelt, so most queries find something.
    fc
      .tuple(
        fc.constantFrom(...fixtureRoles.flatMap((r) => [r.title, ...r.jobTitles])),
        fc.nat(20),
        fc.nat(12),
      )
      .map(([name, start, length]) => name.slice(start, start + length)),
  );

  it('never throws; one result per role; relevance descending', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const results = search(query);
        expect(new Set(results.map((r) => r.slug)).size).toBe(results.length);
        const relevance = results.map((r) => r.relevance);
        expect(relevance).toEqual([...relevance].sort((a, b) => b - a));
      }),
    );
  });

  it('under a limit, gives the first results of the unlimited search', () => {
    fc.assert(
      fc.property(queries, fc.integer({ min: 1, max: 20 }), (query, limit) => {
        expect(search(query, { limit })).toEqual(search(query).slice(0, limit));
      }),
    );
  });

  it('is deterministic and the same from a fresh payload', () => {
    const fresh = loadSearch(createSearchIndex(buildSearchRecords(fixtureRoles), synonyms)).search;
    for (const query of ['compt', 'paie', 'fiscalste', 'commercial', 'gestion', 'rh']) {
      expect(fresh(query)).toEqual(search(query));
    }
  });

  it('refuses a payload of another version', () => {
    expect(() => loadSearch({ ...payload, version: 999 } as unknown as SearchPayload)).toThrow(/version 999/);
  });
});

describe('search: equivalence groups', () => {
  it('a member finds the names holding another member, below those holding it as typed', () => {
    const results = search('banque').map((r) => r.slug);
    expect(results).toContain('conseiller-de-clientele-bancaire');
    expect(search('rh')[0]?.slug).toBe('assistant-ressources-humaines');
  });

  it('a phrase of a group is read as one part of the query', () => {
    expect(search('assistant ressources humaines')[0]?.slug).toBe('assistant-ressources-humaines');
    expect(search('assistant rh')[0]?.slug).toBe('assistant-ressources-humaines');
  });

  it('the groups come from the payload, not from the code', () => {
    const records = buildSearchRecords(fixtureRoles);
    expect(loadSearch(createSearchIndex(records)).search('zorglub')).toEqual([]);
    const withGroup = loadSearch(createSearchIndex(records, [['zorglub', 'fiscaliste']])).search;
    expect(withGroup('zorglub')[0]).toMatchObject({ slug: 'juriste', matchedTitle: 'Fiscaliste' });
  });
});

describe('suggest', () => {
  it('offers the catalogue’s spelling of a word that finds nothing, and only queries that find roles', () => {
    expect(search('kontabilité')).toEqual([]);
    const suggestions = suggest('kontabilité');
    expect(suggestions.length).toBeGreaterThan(0);
    for (const suggestion of suggestions) expect(search(suggestion).length).toBeGreaterThan(0);
  });

  it('keeps the accents the names write', () => {
    expect(suggest('kontabilité')).toContain('comptabilité');
    expect(suggest('gestion kontabilité')).toContain('gestion comptabilité');
  });

  it.each(['xqzwvk', '', '!!!'])('has nothing to offer for %j', (query) => {
    expect(suggest(query)).toEqual([]);
  });
});

describe('likeness', () => {
  it.each([
    ['fiscaliste', 'fiscaliste', 1],
    ['fiscalste', 'fiscaliste', 0.9],
    ['ocmptable', 'comptable', 1 - 1 / 9],
    ['abc', 'xyz', 0],
    ['', '', 1],
  ])('likeness(%j, %j) = %d', (a, b, expected) => {
    expect(likeness(a, b)).toBeCloseTo(expected, 5);
  });
});
