import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  MAX_ITEMS,
  MIN_ITEMS,
  MIN_ITEMS_PER_FAMILY,
  MIN_OFFICE_ITEMS,
  MIN_OFFICE_ITEMS_PER_SIDE,
  countItemBankCoverage,
  findUnpublishedBankChanges,
  itemBankSchema,
  parseItemBank,
  parseVersionHistory,
  versionHistorySchema,
} from './quiz';
import { families } from './taxonomy';

/** The real content, as a counselor left it. */
function readYaml(name: string): unknown {
  return parse(readFileSync(new URL(`../../content/quiz/${name}`, import.meta.url), 'utf8'));
}
const itemsData = readYaml('items.yaml');
const versionsData = readYaml('versions.yaml');

/** A deep copy of the real bank's data, changed by `edit`, to feed the schema bad content. */
function editedBank(edit: (data: { version: unknown; items: Record<string, unknown>[] }) => void): unknown {
  const data = structuredClone(itemsData) as { version: unknown; items: Record<string, unknown>[] };
  edit(data);
  return data;
}
function editFirstItem(changes: Record<string, unknown>): unknown {
  return editedBank((data) => Object.assign(data.items[0] ?? {}, changes));
}

/** The first issue's path and message, as a content editor would read them. */
function firstIssue(schema: typeof itemBankSchema | typeof versionHistorySchema, data: unknown) {
  const result = schema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue && { path: issue.path.join('.'), message: issue.message };
}

describe('content/quiz/items.yaml', () => {
  const bank = parseItemBank(itemsData, 'content/quiz/items.yaml');
  const coverage = countItemBankCoverage(bank.items);

  it(`has between ${MIN_ITEMS} and ${MAX_ITEMS} items with unique ids`, () => {
    expect(bank.items.length).toBeGreaterThanOrEqual(MIN_ITEMS);
    expect(bank.items.length).toBeLessThanOrEqual(MAX_ITEMS);
    expect(new Set(bank.items.map((item) => item.id)).size).toBe(bank.items.length);
  });

  it.each(families)(`measures %s with at least ${MIN_ITEMS_PER_FAMILY} items`, (family) => {
    expect(coverage.perFamily[family]).toBeGreaterThanOrEqual(MIN_ITEMS_PER_FAMILY);
  });

  it(`leans on the office axis with at least ${MIN_OFFICE_ITEMS} items, ${MIN_OFFICE_ITEMS_PER_SIDE} each way`, () => {
    expect(coverage.office.front + coverage.office.back).toBeGreaterThanOrEqual(MIN_OFFICE_ITEMS);
    expect(coverage.office.front).toBeGreaterThanOrEqual(MIN_OFFICE_ITEMS_PER_SIDE);
    expect(coverage.office.back).toBeGreaterThanOrEqual(MIN_OFFICE_ITEMS_PER_SIDE);
  });

  it('touches one or two families in most items', () => {
    const touching = bank.items.map(
      (item) => Object.values(item.families).filter((weight) => (weight ?? 0) > 0).length,
    );
    expect(touching.filter((count) => count <= 2).length).toBeGreaterThan(bank.items.length / 2);
  });

  it('is published: versions.yaml records its version with the same ids in the same order', () => {
    const history = parseVersionHistory(versionsData, 'content/quiz/versions.yaml');
    expect(findUnpublishedBankChanges(bank, history)).toEqual([]);
  });
});

describe('itemBankSchema', () => {
  it.each([
    ['an id that is not kebab-case', editFirstItem({ id: 'Convaincre_Client' }), 'items.0.id', /kebab-case/],
    [
      'a duplicate id',
      editedBank((data) => Object.assign(data.items[1] ?? {}, { id: 'vendre-convaincre' })),
      'items.1.id',
      /déjà utilisé par l’énoncé n° 1/,
    ],
    ['a missing text', editFirstItem({ text: undefined }), 'items.0.text', /text est obligatoire/],
    [
      'a straight apostrophe',
      editFirstItem({ text: "Convaincre l'acheteur" }),
      'items.0.text',
      /apostrophe typographique/,
    ],
    [
      'a weight above 3',
      editFirstItem({ families: { ventes: 4 } }),
      'items.0.families.ventes',
      /entier de 0 à 3/,
    ],
    [
      'a weight that is not whole',
      editFirstItem({ families: { ventes: 1.5 } }),
      'items.0.families.ventes',
      /entier de 0 à 3/,
    ],
    [
      'an unknown family',
      editFirstItem({ families: { vente: 3 } }),
      'items.0.families',
      /famille inconnue « vente »/,
    ],
    [
      'no family with a weight',
      editFirstItem({ families: { ventes: 0 } }),
      'items.0.families',
      /au moins une famille/,
    ],
    [
      'an office lean beyond ±2',
      editFirstItem({ office: -3 }),
      'items.0.office',
      /de -2 \(front office\) à \+2/,
    ],
    ['an unknown RIASEC letter', editFirstItem({ riasec: ['X'] }), 'items.0.riasec.0', /lettre inconnue/],
    ['no RIASEC letter', editFirstItem({ riasec: [] }), 'items.0.riasec', /une ou deux lettres/],
    [
      'three RIASEC letters',
      editFirstItem({ riasec: ['E', 'S', 'C'] }),
      'items.0.riasec',
      /une ou deux lettres/,
    ],
    ['a repeated RIASEC letter', editFirstItem({ riasec: ['E', 'E'] }), 'items.0.riasec', /deux fois/],
    [
      'a version 0',
      editedBank((data) => (data.version = 0)),
      'version',
      /version doit être un nombre entier ≥ 1/,
    ],
    ['too few items', editedBank((data) => data.items.splice(MIN_ITEMS - 1)), 'items', /24 énoncés au moins/],
    [
      'a family measured by too few items',
      editedBank((data) => {
        for (const item of data.items) {
          const weights = item['families'] as Record<string, number>;
          if (weights['informatique']) {
            delete weights['informatique'];
            weights['operations-administration'] = 3;
          }
        }
      }),
      'items',
      /informatique n’est mesurée que par 0 énoncé/,
    ],
    [
      'a family without a reverse item',
      editedBank((data) => {
        for (const item of data.items) if (item['id'] === 'vendre-jamais') item['reverse'] = false;
      }),
      'items',
      /ventes n’a pas d’énoncé inversé/,
    ],
    [
      'more lean on one side than the other',
      editFirstItem({ office: -1 }),
      'items',
      /penchent de 17 côté client et de 18 côté coulisses/,
    ],
    [
      'two neighbours on the same family',
      editedBank((data) => {
        const [first, second] = data.items;
        if (first && second) data.items.splice(0, 2, second, first);
        data.items.splice(2, 0, ...data.items.splice(7, 1));
      }),
      'items.2',
      /même famille principale/,
    ],
    [
      'a second-stage road that does not exist',
      editedBank((data) => {
        const stage = (data as unknown as { stage2: Record<string, { items: Record<string, unknown>[] }> })
          .stage2;
        Object.assign(stage['ventes']?.items[0] ?? {}, { track: 'magasin' });
      }),
      'stage2.ventes.items.0.track',
      /track « magasin » inconnue/,
    ],
    [
      'a second stage whose first five miss a road',
      editedBank((data) => {
        const stage = (data as unknown as { stage2: Record<string, { items: Record<string, unknown>[] }> })
          .stage2;
        Object.assign(stage['ventes']?.items[2] ?? {}, { track: 'boutique' });
      }),
      'stage2.ventes.items',
      /manque banque-assurance/,
    ],
    [
      'a track with a code that is not a ROME code',
      editedBank((data) => {
        const stage = (data as unknown as { stage2: Record<string, { tracks: Record<string, unknown>[] }> })
          .stage2;
        Object.assign(stage['ventes']?.tracks[0] ?? {}, { codes: ['vendeur'] });
      }),
      'stage2.ventes.tracks.0.codes.0',
      /un code ROME/,
    ],
    [
      'no item leaning front office',
      editedBank((data) => {
        for (const item of data.items) if ((item['office'] as number) < 0) item['office'] = 0;
      }),
      'items',
      /côté front office/,
    ],
  ])('rejects %s, naming the field', (_case, data, path, message) => {
    const issue = firstIssue(itemBankSchema, data);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });

  it('throws from parseItemBank with the file name, the field path and the item id', () => {
    const data = editFirstItem({ families: { ventes: 4 } });
    expect(() => parseItemBank(data, 'content/quiz/items.yaml')).toThrow(
      'content/quiz/items.yaml est invalide :\n  - items[0].families.ventes (id « vendre-convaincre ») : families : le poids doit être un nombre entier de 0 à 3',
    );
  });
});

describe('versionHistorySchema', () => {
  it.each([
    ['no version', { versions: [] }, 'versions', /au moins une version/],
    [
      'versions out of order',
      {
        versions: [
          { version: 2, ids: ['a'] },
          { version: 1, ids: ['a'] },
        ],
      },
      'versions.1.version',
      /croissantes/,
    ],
    [
      'an id listed twice',
      { versions: [{ version: 1, ids: ['a', 'a'] }] },
      'versions.0.ids',
      /apparaît deux fois/,
    ],
    [
      'an id that is not kebab-case',
      { versions: [{ version: 1, ids: ['A b'] }] },
      'versions.0.ids.0',
      /kebab-case/,
    ],
    [
      'a retired id coming back',
      {
        versions: [
          { version: 1, ids: ['a', 'b'] },
          { version: 2, ids: ['a'] },
          { version: 3, ids: ['a', 'b'] },
        ],
      },
      'versions.2.ids',
      /« b » a été retiré/,
    ],
  ])('rejects %s', (_case, data, path, message) => {
    const issue = firstIssue(versionHistorySchema, data);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});

describe('findUnpublishedBankChanges', () => {
  const bank = parseItemBank(itemsData, 'items.yaml');
  const history = parseVersionHistory(versionsData, 'versions.yaml');

  it.each([
    ['reordered items', { ...bank, items: [...bank.items].reverse() }, /ne correspond plus à la version 2/],
    ['an item removed', { ...bank, items: bank.items.slice(1) }, /ne correspond plus à la version 2/],
    [
      'a second-stage statement moved',
      {
        ...bank,
        stage2: {
          ...bank.stage2,
          ventes: { tracks: [], items: [...(bank.stage2?.ventes?.items ?? [])].reverse() },
        },
      },
      /ne correspond plus à la version 2/,
    ],
    [
      'a version that was never published',
      { ...bank, version: 3 },
      /version 3 d’items.yaml absente de versions.yaml/,
    ],
  ])('flags %s', (_case, changed, message) => {
    const [problem] = findUnpublishedBankChanges(changed, history);
    expect(problem).toMatch(message);
  });
});
