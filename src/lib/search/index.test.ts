import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  loadSearch,
  MAX_QUERY_CHARS,
  type SearchPayload,
  type SearchResult,
} from './index';
import { buildSearchRecords, normalizeText } from './records';
import { fixtureRoles } from './test-fixtures';

// Through JSON, as the browser gets it.
const payload = JSON.parse(
  JSON.stringify(createSearchIndex(buildSearchRecords(fixtureRoles))),
) as SearchPayload;
const search = loadSearch(payload);
const titleOf = new Map(fixtureRoles.map((role) => [role.slug, role.title]));

/** Tier of a result: the integer part of its score (see the module header of index.ts). */
const tier = (result: SearchResult) => Math.floor(result.score);

describe('search: the first result', () => {
  it.each([
    // query, slug, matchedTitle (undefined: the display title matched), tier
    ['COMPTABLE', 'comptable', undefined, 0],
    ['comptable', 'comptable', undefined, 0],
    ['compt', 'comptable', undefined, 1],
    ['Comptable générale', 'comptable', 'Comptable général / Comptable générale', 0],
    ['fiscalste', 'juriste', 'Fiscaliste', 4],
    ['fiscaliste', 'juriste', 'Fiscaliste', 0],
    ['paie', 'gestionnaire-paie', undefined, 2],
    ['Gestionnaire paie', 'gestionnaire-paie', undefined, 0],
    ['conseillère de clientèle bancaire', 'conseiller-de-clientele-bancaire', undefined, 0],
    ['conseiller bancaire', 'conseiller-de-clientele-bancaire', undefined, 2],
    ['vendeuse', 'vendeur-en-pret-a-porter', undefined, 1],
    ['pret-a-porter', 'vendeur-en-pret-a-porter', undefined, 2],
    ['téléconseiller', 'conseiller-clientele-a-distance', 'Téléconseiller / Téléconseillère', 0],
    ['teleconseillere', 'conseiller-clientele-a-distance', 'Téléconseiller / Téléconseillère', 0],
    ['assistant rh', 'assistant-ressources-humaines', undefined, 2],
    ['contrôleur de gestion', 'controleur-de-gestion', undefined, 0],
    ['controleur gestion', 'controleur-de-gestion', undefined, 2],
    ['responsable magasin', 'responsable-de-boutique', 'Responsable de magasin', 2],
    ['developpeur', 'developpeur-informatique', undefined, 1],
    ['accueil', 'charge-d-accueil', undefined, 2],
    ['technicienne informatique', 'technicien-de-maintenance-en-informatique', undefined, 2],
    ['Technicien de maintenance en informatiqe', 'technicien-de-maintenance-en-informatique', undefined, 4],
    ['aide comptable', 'aide-comptable', undefined, 0],
    ['gestionaire de paye', 'gestionnaire-paie', undefined, 4],
    ['asistant commercial', 'assistant-commercial', undefined, 4],
  ])('%j → %s', (query, slug, matchedTitle, expectedTier) => {
    const [first] = search(query);
    expect(first).toBeDefined();
    expect(first?.slug).toBe(slug);
    expect(first?.matchedTitle).toBe(matchedTitle);
    expect(first && tier(first)).toBe(expectedTier);
  });
});

describe('search: what a query finds', () => {
  it('"comptabilite" (no accent) finds names written "Comptabilité"', () => {
    const named = search('comptabilite')
      .filter((r) => tier(r) <= 2)
      .map((r) => normalizeText(r.matchedTitle ?? titleOf.get(r.slug) ?? ''));
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((name) => name.includes('comptabilite'))).toBe(true);
  });

  it('"comptabilte" (a letter missing) finds the same names, one tier down', () => {
    const typo = search('comptabilte');
    expect(typo.map(tier)[0]).toBe(4);
    expect(new Set(typo.map((r) => r.slug))).toEqual(new Set(search('comptabilite').map((r) => r.slug)));
  });

  it('"compt" ranks every Comptable name above fuzzy noise', () => {
    const results = search('compt');
    const prefixed = results.filter((r) => tier(r) <= 2).map((r) => r.slug);
    expect(prefixed.slice(0, 3)).toEqual(['comptable', 'aide-comptable', 'assistant-comptable']);
    expect(results.map(tier)).toEqual([...results.map(tier)].sort((a, b) => a - b));
  });

  it('"paie" also finds roles that name pay in a job title or a skill', () => {
    const slugs = search('paie').map((r) => r.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['gestionnaire-paie', 'comptable', 'assistant-ressources-humaines']),
    );
  });

  it('"recouvrement": a role titled so comes before one where only a job title says so', () => {
    expect(search('recouvrement').slice(0, 2)).toEqual([
      { slug: 'charge-de-recouvrement-de-creances', score: expect.any(Number) },
      {
        slug: 'comptable',
        matchedTitle: 'Comptable spécialisé / Comptable spécialisée recouvrement',
        score: expect.any(Number),
      },
    ]);
  });

  it('does not correct a typo in the first letter (the fuzzy index is cut by initial letter)', () => {
    expect(search('fiscaliste')).not.toEqual([]);
    expect(search('viscaliste')).toEqual([]);
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

  it('never throws; one result per role; scores ascending', () => {
    fc.assert(
      fc.property(queries, (query) => {
        const results = search(query);
        expect(new Set(results.map((r) => r.slug)).size).toBe(results.length);
        const scores = results.map((r) => r.score);
        expect(scores).toEqual([...scores].sort((a, b) => a - b));
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
    const fresh = loadSearch(createSearchIndex(buildSearchRecords(fixtureRoles)));
    for (const query of ['compt', 'paie', 'fiscalste', 'commercial', 'gestion']) {
      expect(fresh(query)).toEqual(search(query));
    }
  });

  it('refuses a payload of another version', () => {
    expect(() => loadSearch({ ...payload, version: 999 } as unknown as SearchPayload)).toThrow(/version 999/);
  });
});
