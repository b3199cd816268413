import { describe, expect, it } from 'vitest';
import { buildSearchRecords } from './records';
import { createSearchIndex } from './index';
import { explorerResponder } from './responder';
import { emptyExplorerState } from './url-state';
import { comptableSummary } from '../roles/test-fixtures';
import type { ExplorerRole } from './view';

// An explorer role is a summary without its mobility and interests, with its own description.
const { mobility: _mobility, interests: _interests, ...summary } = comptableSummary;
const comptable: ExplorerRole = { ...summary, conditions: [], summary: 'Tient les comptes.' };

const search = createSearchIndex(
  buildSearchRecords([
    { slug: comptable.slug, title: 'Comptable', label: 'Comptable', jobTitles: [], skills: [] },
  ]),
);
const payload = { roles: [comptable], search };
const asking = { ...emptyExplorerState, q: 'compta' };

describe('explorerResponder', () => {
  it('answers a state with what the island shows', async () => {
    const respond = explorerResponder(() => Promise.resolve(structuredClone(payload)));
    const answer = await respond(asking);
    expect(answer).toMatchObject({ total: 1, sort: 'pertinence', suggestions: [] });
    expect(answer.shown.map((hit) => hit.role.title)).toEqual(['Comptable']);
  });

  it.each<[string, unknown, RegExp]>([
    [
      'a role of an unknown office',
      { ...payload, roles: [{ ...comptable, office: 'middle' }] },
      /champ roles\.0\.office/,
    ],
    [
      'a role without its summary fields',
      { ...payload, roles: [{ slug: 'comptable-m1203' }] },
      /champ roles\.0\./,
    ],
    ['a stale search payload', { ...payload, search: { ...search, version: 3 } }, /champ search\.version/],
    ['no roles at all', { search }, /champ roles/],
    ['not an object', 'Not Found', /champ \(racine\)/],
  ])('refuses %s with a line naming the field, and tries again next time', async (_, bad, message) => {
    let calls = 0;
    const respond = explorerResponder(() => Promise.resolve(calls++ === 0 ? bad : structuredClone(payload)));
    const failure = respond(asking);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.toThrow('/metiers/index-recherche.json');
    expect(await respond(asking)).toMatchObject({ total: 1 });
  });

  it('loads the payload once for every request', async () => {
    let calls = 0;
    const respond = explorerResponder(() => {
      calls += 1;
      return Promise.resolve(structuredClone(payload));
    });
    await Promise.all([respond(asking), respond(emptyExplorerState)]);
    expect(calls).toBe(1);
  });
});
