/**
 * The catalogue from `content/`, joined the one way the site joins it: ROME sheets, classification,
 * curated roles, reviewed access entries and diplomas, each through the reader and the checks the
 * build uses. The build's catalogue (src/data/catalogue.ts) passes the curated roles its collection
 * validated; the tests, `npm run eval:quiz` and `npm run bench`, which run without Astro, read the same
 * front matter through the same role schema (`curatedRoleFiles`). So what they judge is what the site
 * ships. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { buildCatalogue, type CatalogueRole, type CuratedFacts } from '../lib/catalogue';
import { makeRoleSchema, type Role } from '../schemas/roles';
import { parseContent } from '../schemas/parse-content';
import { accessEntries, diplomaCatalogue, roleReference } from './content-reference';
import { romeClassification, romeSheets, v460Labels } from './rome-files';

/** What the catalogue reads of a curated role's front matter. */
export type CuratedRoleData = Pick<Role, 'code' | 'title' | 'entryLevel' | 'diplomas' | 'path'>;

/** Every role, from the curated roles' data (collection entries in the build, files elsewhere). */
export function assembleCatalogue(curatedRoles: readonly CuratedRoleData[]): CatalogueRole[] {
  const curated = new Map<string, CuratedFacts>(
    curatedRoles.map(({ code, title, entryLevel, diplomas, path }) => [
      code,
      { title, entryLevel, diplomas, path },
    ]),
  );
  const diplomas = new Map(diplomaCatalogue().map((diploma) => [diploma.id, diploma]));
  return buildCatalogue(romeSheets(), romeClassification(), curated, v460Labels(), accessEntries(), diplomas);
}

let curatedFiles: Role[] | undefined;

/** The front matter of `content/roles/*.mdx`, checked by the role schema the `roles` collection uses. */
export function curatedRoleFiles(): Role[] {
  if (!curatedFiles) {
    const schema = makeRoleSchema(roleReference());
    const dir = join(process.cwd(), 'content', 'roles');
    curatedFiles = readdirSync(dir)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => {
        const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'))?.[1] ?? '';
        return parseContent(schema, parseYaml(frontMatter) ?? {}, `content/roles/${name}`);
      });
  }
  return curatedFiles;
}

let catalogue: CatalogueRole[] | undefined;

/** The site's catalogue without Astro, for tests and scripts. */
export function readCatalogueFromFiles(): CatalogueRole[] {
  catalogue ??= assembleCatalogue(curatedRoleFiles());
  return catalogue;
}
