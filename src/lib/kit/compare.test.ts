import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMPARE_MAX,
  KEY_SAVOIR_FAIRE,
  LEADS_SHOWN,
  UNKNOWN_ENTRIES_MAX,
  compareHref,
  compareSearch,
  compareCriteria,
  compareSkills,
  keySkillsOf,
  readCompareParam,
  resolveCompareSelection,
  sharedSkillLines,
  skillKey,
  type CellBlock,
  type CompareParam,
  type CompareTranslate,
  type Criterion,
} from './compare';
import type { RoleDetail } from '../roles/summary';
import { comptableSummary } from '../roles/test-fixtures';

const known = new Set(['comptable-m1203', 'aide-comptable-m1225', 'receptionniste-g1703', 'juriste-k1903']);
const errors = ['missing', 'empty', 'too-long'];
const slug = fc
  .tuple(fc.array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { maxLength: 4 }), fc.stringMatching(/^[a-z]\d{4}$/))
  .map(([words, code]) => [...words, code].join('-'));

function expectWellTyped(param: CompareParam): void {
  if (!param.ok) {
    expect(errors).toContain(param.error);
    return;
  }
  expect(param.entries.length).toBeGreaterThan(0);
  expect(new Set(param.entries).size).toBe(param.entries.length);
  for (const entry of param.entries) {
    expect(typeof entry).toBe('string');
    expect(entry).not.toMatch(/^$|[\s,]/);
  }
}

describe('readCompareParam', () => {
  it.each([
    [
      'two roles',
      '?metiers=comptable-m1203,receptionniste-g1703',
      ['comptable-m1203', 'receptionniste-g1703'],
    ],
    ['without the ?', 'metiers=comptable-m1203', ['comptable-m1203']],
    ['an escaped comma', '?metiers=comptable-m1203%2Cjuriste-k1903', ['comptable-m1203', 'juriste-k1903']],
    [
      'spaces and stray commas',
      '?metiers=+comptable-m1203,,juriste-k1903,',
      ['comptable-m1203', 'juriste-k1903'],
    ],
    ['duplicates', '?metiers=comptable-m1203,comptable-m1203', ['comptable-m1203']],
    ['other parameters', '?utm=x&metiers=comptable-m1203', ['comptable-m1203']],
    ['markup, kept as text', '?metiers=%3Cimg%20src%3Dx%3E', ['<img', 'src=x>']],
  ])('reads %s', (_case, search, entries) => {
    expect(readCompareParam(search)).toEqual({ ok: true, entries });
  });

  it.each([
    ['no query', '', 'missing'],
    ['another parameter', '?q=comptable', 'missing'],
    ['an empty value', '?metiers=', 'empty'],
    ['only separators', '?metiers=,,+', 'empty'],
    ['a value past the longest comparison', `?metiers=${'comptable-m1203,'.repeat(80)}`, 'too-long'],
  ])('refuses %s', (_case, search, error) => {
    expect(readCompareParam(search)).toEqual({ ok: false, error });
  });

  it('round-trips any list of slugs', () => {
    fc.assert(
      fc.property(fc.uniqueArray(slug, { minLength: 1, maxLength: 8 }), (slugs) => {
        expect(readCompareParam(compareSearch(slugs))).toEqual({ ok: true, entries: slugs });
      }),
    );
  });

  it('never throws on 10,000 random query strings and always returns a typed outcome', () => {
    const anySearch = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 1500 }),
      fc.string({ unit: 'grapheme' }).map((text) => `?metiers=${text}`),
      fc.array(fc.oneof(slug, fc.string()), { maxLength: 20 }).map((parts) => `?metiers=${parts.join(',')}`),
    );
    fc.assert(
      fc.property(anySearch, (search) => {
        expectWellTyped(readCompareParam(search));
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('resolveCompareSelection', () => {
  it.each([
    [
      'two known roles and an unknown one',
      ['comptable-m1203', 'metier-inconnu-z9999', 'receptionniste-g1703'],
      { shown: ['comptable-m1203', 'receptionniste-g1703'], unknown: ['metier-inconnu-z9999'], dropped: [] },
    ],
    [
      'more than three known roles',
      ['comptable-m1203', 'aide-comptable-m1225', 'receptionniste-g1703', 'juriste-k1903'],
      {
        shown: ['comptable-m1203', 'aide-comptable-m1225', 'receptionniste-g1703'],
        unknown: [],
        dropped: ['juriste-k1903'],
      },
    ],
    [
      'slugs in capitals, and the same role twice',
      ['Comptable-M1203', 'comptable-m1203'],
      { shown: ['comptable-m1203'], unknown: [], dropped: [] },
    ],
    ['nothing known', ['<img', 'src=x>'], { shown: [], unknown: ['<img', 'src=x>'], dropped: [] }],
  ])('sorts %s', (_case, entries, expected) => {
    expect(resolveCompareSelection(entries, known)).toEqual(expected);
  });

  it('cuts long unknown entries and names at most ten', () => {
    const entries = ['y'.repeat(200), ...Array.from({ length: 20 }, (_, i) => `inconnu-${i}`)];
    const { unknown } = resolveCompareSelection(entries, known);
    expect(unknown[0]).toBe(`${'y'.repeat(60)}…`);
    expect(unknown).toHaveLength(UNKNOWN_ENTRIES_MAX);
  });

  it('never shows more than three roles, nor a role it does not know', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...known), fc.string()), { maxLength: 12 }),
        (entries) => {
          const { shown, dropped } = resolveCompareSelection(entries, known);
          expect(shown.length).toBeLessThanOrEqual(COMPARE_MAX);
          for (const slug of [...shown, ...dropped]) expect(known.has(slug)).toBe(true);
        },
      ),
    );
  });
});

describe('compareHref', () => {
  it.each([
    [[], '/comparer/'],
    [['comptable-m1203'], '/comparer/?metiers=comptable-m1203'],
    [['comptable-m1203', 'juriste-k1903'], '/comparer/?metiers=comptable-m1203,juriste-k1903'],
  ])('%j → %s', (slugs, href) => {
    expect(compareHref(slugs)).toBe(href);
  });
});

describe('skills', () => {
  const role = (slug: string, savoirEtre: string[], savoirFaire: string[]) => ({
    slug,
    savoirEtre,
    savoirFaire,
  });
  const comptable = role(
    'comptable-m1203',
    ['Faire preuve de rigueur et de précision', 'Organiser son travail selon les priorités et les objectifs'],
    ['Enregistrer les opérations comptables', 'Contrôler les comptes', 'a', 'b', 'c', 'Établir la paie'],
  );
  const paie = role(
    'gestionnaire-paie-m1501',
    ['Faire preuve de  rigueur et de précision'],
    ['Établir la paie', 'Contrôler les comptes'],
  );
  const accueil = role('receptionniste-g1703', ['Avoir le sens du service'], ['Accueillir les clients']);

  it('keySkillsOf lists every savoir-être, then the first savoir-faire', () => {
    expect(keySkillsOf(comptable)).toEqual([
      ...comptable.savoirEtre,
      ...comptable.savoirFaire.slice(0, KEY_SAVOIR_FAIRE),
    ]);
  });

  it('skillKey ignores case and spacing', () => {
    expect(skillKey('  Faire preuve de  Rigueur ')).toBe(skillKey('faire preuve de rigueur'));
  });

  it('marks each key skill with the other roles that list it, key or not', () => {
    const { keySkills } = compareSkills([comptable, paie, accueil]);
    const lines = keySkills.get('comptable-m1203') ?? [];
    expect(lines.find((line) => line.label.startsWith('Faire preuve'))?.sharedWith).toEqual([
      'gestionnaire-paie-m1501',
    ]);
    expect(lines.find((line) => line.label === 'Enregistrer les opérations comptables')?.sharedWith).toEqual(
      [],
    );
    // « Établir la paie » is the comptable's 6th savoir-faire: not a key skill of it, but shared by it.
    expect(
      keySkills.get('gestionnaire-paie-m1501')?.find((line) => line.label === 'Établir la paie'),
    ).toEqual({
      label: 'Établir la paie',
      sharedWith: ['comptable-m1203'],
    });
    expect(keySkills.get('receptionniste-g1703')?.every((line) => line.sharedWith.length === 0)).toBe(true);
  });

  it('lists the shared skills, those shared by the most roles first', () => {
    const trio = role(
      'assistant-m1607',
      ['Faire preuve de rigueur et de précision'],
      ['Contrôler les comptes'],
    );
    const { shared } = compareSkills([comptable, paie, trio]);
    expect(shared.map((skill) => [skill.label, skill.slugs.length])).toEqual([
      ['Faire preuve de rigueur et de précision', 3],
      ['Contrôler les comptes', 3],
      ['Établir la paie', 2],
    ]);
  });

  it('finds nothing shared between unrelated roles', () => {
    expect(compareSkills([comptable, accueil]).shared).toEqual([]);
  });
});

describe('compareCriteria: the comparison as a table', () => {
  /** Echoes the key and its parameters, so a test names the sentence the person reads. */
  const tr: CompareTranslate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);
  const list = (items: readonly string[]) => items.join(' + ');

  const base: RoleDetail = {
    ...comptableSummary,
    conditions: ['remote'],
    mobility: [],
    interests: [],
    accessLevels: [5, 6],
    accessWithoutDiploma: false,
    diplomas: [{ name: 'BTS CG', level: 5 }],
    savoirEtre: ['Rigueur'],
    savoirFaire: ['Contrôler les comptes'],
    leadsTo: { kind: 'path', steps: [{ title: 'Chef comptable', code: 'M1206', slug: 'chef-m1206' }] },
  };
  const role = (changes: Partial<RoleDetail> = {}): RoleDetail => ({ ...base, ...changes });
  const cellOf = (id: Criterion['id'], roles: RoleDetail[]) =>
    compareCriteria(roles, tr, list).find((criterion) => criterion.id === id)?.cells[0]?.blocks;
  const manySteps = Array.from({ length: 7 }, (_, n) => ({
    title: `Étape ${n}`,
    code: `M120${n}`,
    slug: null,
  }));

  it('has one section per criterion, in reading order, with one cell per role', () => {
    const criteria = compareCriteria([role(), role({ slug: 'paie-m1501', title: 'Paie' })], tr, list);
    expect(criteria.map((criterion) => criterion.id)).toEqual([
      'office',
      'access',
      'conditions',
      'skills',
      'riasec',
      'leads',
    ]);
    expect(
      criteria.every((criterion) => criterion.cells.map((cell) => cell.title).join() === 'Comptable,Paie'),
    ).toBe(true);
    expect(criteria[0]?.heading).toBe('kit.compare.criterion.office');
  });

  it.each<[string, Criterion['id'], Partial<RoleDetail>, CellBlock[]]>([
    [
      'the office badge, the family and the cadre status',
      'office',
      { office: 'both', cadre: true },
      [
        {
          kind: 'badges',
          badges: [
            { text: 'office.both', className: 'badge' },
            { text: 'family.finance-comptabilite', className: 'badge' },
            { text: 'role.cadre', className: 'badge' },
          ],
        },
      ],
    ],
    [
      'no cadre badge when ROME does not say',
      'office',
      { office: 'front', cadre: null },
      [
        {
          kind: 'badges',
          badges: [
            { text: 'office.front', className: 'badge badge--front' },
            { text: 'family.finance-comptabilite', className: 'badge' },
          ],
        },
      ],
    ],
    [
      'the entry level, the levels and the diplomas',
      'access',
      { accessWithoutDiploma: true, accessLevels: [5] },
      [
        { kind: 'text', text: 'kit.compare.entryLevel {"level":"level.5"}' },
        { kind: 'text', text: 'kit.compare.levels {"levels":"level.0 + level.5"}' },
        { kind: 'text', text: 'kit.compare.diplomas' },
        {
          kind: 'list',
          ordered: false,
          items: [{ text: 'kit.compare.diploma {"name":"BTS CG","level":"level.5"}' }],
        },
      ],
    ],
    [
      'no level at all',
      'access',
      { entryLevel: null, accessLevels: [], diplomas: [] },
      [{ kind: 'text', text: 'kit.compare.noLevel' }],
    ],
    [
      'no condition named',
      'conditions',
      { conditions: [] },
      [{ kind: 'text', text: 'kit.compare.noConditions' }],
    ],
    [
      'both RIASEC letters',
      'riasec',
      {},
      [
        { kind: 'text', text: 'kit.compare.riasecMajor {"letter":"C","name":"riasec.C"}' },
        { kind: 'text', text: 'kit.compare.riasecMinor {"letter":"I","name":"riasec.I"}' },
      ],
    ],
    [
      'no RIASEC profile',
      'riasec',
      { riasec: { major: null, minor: null } },
      [{ kind: 'text', text: 'kit.compare.riasecNone' }],
    ],
    [
      'a curated path, in order, linked where the site has the page',
      'leads',
      {},
      [
        { kind: 'text', text: 'kit.compare.leads.path' },
        {
          kind: 'list',
          ordered: true,
          items: [{ text: 'Chef comptable', href: '/metiers/chef-m1206/', note: '(M1206)' }],
        },
      ],
    ],
    [
      'the first mobility targets, then a link to the rest on the role page',
      'leads',
      { leadsTo: { kind: 'mobility', steps: manySteps } },
      [
        { kind: 'text', text: 'kit.compare.leads.mobility' },
        {
          kind: 'list',
          ordered: false,
          items: manySteps
            .slice(0, LEADS_SHOWN)
            .map((step) => ({ text: step.title, note: `(${step.code})` })),
        },
        {
          kind: 'more',
          text: 'kit.compare.leads.more {"count":2}',
          href: '/metiers/comptable-m1203/#evolution',
        },
      ],
    ],
    [
      'nowhere to go',
      'leads',
      { leadsTo: { kind: 'mobility', steps: [] } },
      [{ kind: 'text', text: 'kit.compare.leads.none' }],
    ],
  ])('shows %s', (_, id, changes, blocks) => {
    expect(cellOf(id, [role(changes)])).toEqual(blocks);
  });

  it('tags a key skill another compared role lists, with that role’s title in words', () => {
    const paie = role({ slug: 'paie-m1501', title: 'Paie', savoirEtre: ['rigueur'], savoirFaire: [] });
    expect(cellOf('skills', [role(), paie])).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          { text: 'Rigueur', shared: 'kit.compare.sharedWith {"titles":"Paie"}' },
          { text: 'Contrôler les comptes' },
        ],
      },
    ]);
  });

  it.each([
    [2, ['kit.compare.sharedBy {"skill":"Rigueur","titles":"Comptable + Paie"}']],
    [3, ['kit.compare.sharedBy {"skill":"Rigueur","titles":"kit.compare.sharedAll {\\"count\\":3}"}']],
  ])('words the skills shared by %i roles', (count, lines) => {
    const roles = [
      role(),
      role({ slug: 'paie-m1501', title: 'Paie' }),
      role({ slug: 'rh-m1502', title: 'RH' }),
    ]
      .slice(0, count)
      .map((compared, index) => (index === 0 ? compared : { ...compared, savoirFaire: [] }));
    expect(sharedSkillLines(roles, tr, list)).toEqual(lines);
  });
});
