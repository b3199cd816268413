/**
 * Checks the real curated content against the real ROME v460 data: every role in `content/roles/`
 * parses with the role schema, every diploma it cites exists in `content/diplomas/*.yaml`, and
 * each job family of `content/rome/classification.yaml` has at least six curated roles.
 *
 * The reference comes from the raw CSVs when `../shared/data/rome-v460` sits beside the project (a
 * developer's machine, CI), else from `content/rome/sheets.json` written by `scripts/import-rome.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readDiplomaCatalogue } from '../../src/data/diploma-files';
import { makeRoleSchema, type RoleReference } from '../../src/schemas/roles';
import { families, type Family } from '../../src/schemas/taxonomy';

const root = fileURLToPath(new URL('../..', import.meta.url));
const romeCsvDir = join(root, '..', 'shared', 'data', 'rome-v460');
const sheetsJson = join(root, 'content', 'rome', 'sheets.json');
const rolesDir = join(root, 'content', 'roles');
const MIN_ROLES_PER_FAMILY = 6;

/** ROME's CSV labels write an apostrophe as a doubled one, SQL-style. */
const unquote = (label: string) => label.replaceAll("''", "'");

function readCsv(table: string): Record<string, string>[] {
  const text = readFileSync(join(romeCsvDir, `unix_${table}_v460_utf8.csv`), 'utf8');
  return parseCsv(text, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
}

type RomeFacts = Omit<RoleReference, 'diplomaIds' | 'diplomaLevels'> & {
  /** ROME's own definition and access sentences per code, to make sure none is copied. */
  texts: Map<string, string[]>;
};

function romeFromCsv(): RomeFacts {
  const codes = new Set<string>();
  const jobTitles = new Map<string, Set<string>>();
  const titlesOf = (code: string) => jobTitles.get(code) ?? jobTitles.set(code, new Set()).get(code)!;
  for (const row of readCsv('referentiel_code_rome')) {
    codes.add(row.code_rome!);
    titlesOf(row.code_rome!).add(unquote(row.libelle_rome!));
  }
  for (const row of readCsv('referentiel_appellation'))
    titlesOf(row.code_rome!).add(unquote(row.libelle_appellation_long!));
  const mobility = new Set(
    readCsv('rubrique_mobilite').map((row) => `${row.code_rome}>${row.code_rome_cible}`),
  );
  const texts = new Map<string, string[]>();
  for (const row of readCsv('texte')) {
    const list = texts.get(row.code_rome!) ?? texts.set(row.code_rome!, []).get(row.code_rome!)!;
    list.push(unquote(row.libelle_texte!));
  }
  return { codes, jobTitles, mobility, texts };
}

function romeFromSheets(): RomeFacts {
  const sheets = JSON.parse(readFileSync(sheetsJson, 'utf8')) as {
    code: string;
    label?: string;
    jobTitles: { label: string }[];
    mobility: string[];
  }[];
  return {
    codes: new Set(sheets.map((sheet) => sheet.code)),
    jobTitles: new Map(
      sheets.map((sheet) => [
        sheet.code,
        new Set([...(sheet.label ? [sheet.label] : []), ...sheet.jobTitles.map((title) => title.label)]),
      ]),
    ),
    mobility: new Set(sheets.flatMap((sheet) => sheet.mobility.map((target) => `${sheet.code}>${target}`))),
    texts: new Map(),
  };
}

const rome: RomeFacts | undefined = existsSync(romeCsvDir)
  ? romeFromCsv()
  : existsSync(sheetsJson)
    ? romeFromSheets()
    : undefined;

const diplomas = readDiplomaCatalogue(join(root, 'content', 'diplomas'));

interface ClassificationRule {
  office: string;
  family: Family;
}
const classification = parseYaml(
  readFileSync(join(root, 'content', 'rome', 'classification.yaml'), 'utf8'),
) as {
  domaines: Record<string, ClassificationRule>;
  overrides?: Record<string, ClassificationRule> | null;
  extraCodes?: Record<string, string> | null;
  excluded?: Record<string, string> | null;
};
const excluded = classification.excluded ?? {};
const inScope = (code: string) =>
  (/^[DM]/.test(code) || code in (classification.extraCodes ?? {})) &&
  !(code in excluded) &&
  !(code.slice(0, 3) in excluded && !(code in (classification.overrides ?? {})));
const familyOf = (code: string): Family | undefined =>
  (classification.overrides ?? {})[code]?.family ?? classification.domaines[code.slice(0, 3)]?.family;

interface RoleFile {
  file: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Frontmatter = the YAML between the first two `---` lines; body = what follows. */
function readRole(file: string): RoleFile {
  const lines = readFileSync(join(rolesDir, file), 'utf8').split('\n');
  const open = lines.indexOf('---');
  const close = lines.indexOf('---', open + 1);
  if (open !== 0 || close < 0)
    throw new Error(`${file} : frontmatter absent (il doit commencer par une ligne ---)`);
  return {
    file,
    frontmatter: parseYaml(lines.slice(1, close).join('\n')) as Record<string, unknown>,
    body: lines.slice(close + 1).join('\n'),
  };
}

const roles = readdirSync(rolesDir)
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map(readRole);

/** French typography: a no-break space (U+00A0) before the question mark. */
const requiredHeadings = [
  '## Au quotidien',
  '## Pour qui\u00a0?',
  '## Comment y accéder',
  '## Et après\u00a0?',
];
const wordCount = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const normalise = (text: string) => text.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ');

describe('diploma catalogue', () => {
  it('holds unique, sourced entries', () => {
    expect(diplomas.length).toBeGreaterThan(0);
    for (const diploma of diplomas) expect(diploma.source.trim()).not.toBe('');
  });
});

describe.skipIf(rome === undefined)('curated roles (content/roles)', () => {
  const facts = rome!;
  const schema = makeRoleSchema({
    ...facts,
    diplomaIds: new Set(diplomas.map((diploma) => diploma.id)),
    diplomaLevels: new Map(diplomas.map((diploma) => [diploma.id, diploma.level])),
  });

  it('has role files', () => {
    expect(roles.length).toBeGreaterThanOrEqual(families.length * MIN_ROLES_PER_FAMILY);
  });

  it.each(roles.map((role) => [role.file, role] as const))('%s parses with the role schema', (file, role) => {
    const result = schema.safeParse(role.frontmatter);
    const problems = result.success
      ? []
      : result.error.issues.map((issue) => `${issue.path.join('.')} : ${issue.message}`);
    expect(problems).toEqual([]);
    expect(file).toBe(`${String(role.frontmatter.code)}.mdx`);
    expect(inScope(String(role.frontmatter.code))).toBe(true);
  });

  it.each(roles.map((role) => [role.file, role] as const))(
    '%s cites only catalogued diplomas',
    (_file, role) => {
      const known = new Set(diplomas.map((diploma) => diploma.id));
      for (const id of role.frontmatter.diplomas as string[])
        expect(known.has(id), `diplôme inconnu : ${id}`).toBe(true);
    },
  );

  it.each(roles.map((role) => [role.file, role] as const))('%s has the expected body', (_file, role) => {
    const headings = role.body.split('\n').filter((line) => line.startsWith('#'));
    expect(headings).toEqual(requiredHeadings);
    expect(wordCount(role.body)).toBeGreaterThanOrEqual(150);
    expect(wordCount(role.body)).toBeLessThanOrEqual(300);
    expect(role.body).not.toMatch(/^\s*(import|export)\s/m);
    expect(role.body).not.toMatch(/<[a-zA-Z/]/);
    expect(role.body, 'apostrophe typographique ’ attendue').not.toContain("'");
    const body = normalise(role.body);
    const copied = (facts.texts.get(String(role.frontmatter.code)) ?? []).filter(
      (sentence) => sentence.length > 40 && body.includes(normalise(sentence)),
    );
    expect(copied, 'phrase recopiée du ROME').toEqual([]);
  });

  it.each([...families])('family %s has at least six curated roles', (family) => {
    const count = roles.filter((role) => familyOf(String(role.frontmatter.code)) === family).length;
    expect(count).toBeGreaterThanOrEqual(MIN_ROLES_PER_FAMILY);
  });
});
