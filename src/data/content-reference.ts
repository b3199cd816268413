/**
 * The content files that are not Astro collections of their own, read once per build (memoised) and
 * checked against each other: the diploma catalogue (content/diplomas/*.yaml) and the reviewed access
 * files (content/access/*.yaml), against the sheets in scope and the curated roles. Build-time only.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readAccessFiles } from './access-files';
import { readDiplomaCatalogue, type DiplomaRecord } from './diploma-files';
import { romeSheets } from './rome-files';
import type { AccessEntry, AccessReference } from '../schemas/access';
import type { RoleReference } from '../schemas/roles';

let diplomas: DiplomaRecord[] | undefined;
let access: Map<string, AccessEntry> | undefined;

/** The whole diploma catalogue; an invalid file or a duplicate id stops the build naming the file. */
export function diplomaCatalogue(): DiplomaRecord[] {
  diplomas ??= readDiplomaCatalogue();
  return diplomas;
}

/** Codes of the curated roles: `content/roles/<CODE>.mdx` (the role schema checks the code inside). */
export function curatedCodes(): Set<string> {
  return new Set(
    readdirSync(join(process.cwd(), 'content', 'roles'))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => file.replace(/\.mdx$/, '')),
  );
}

/** What an access file may cite: the sheets in scope, the curated roles, ROME's levels, the diplomas. */
export function accessReference(): AccessReference {
  const sheets = romeSheets();
  return {
    codes: new Set(sheets.map((sheet) => sheet.code)),
    curated: curatedCodes(),
    romeAccess: new Map(
      sheets.map((sheet) => [
        sheet.code,
        { levels: sheet.accessLevels, withoutDiploma: sheet.accessWithoutDiploma },
      ]),
    ),
    diplomaLevels: new Map(diplomaCatalogue().map((diploma) => [diploma.id, diploma.level])),
  };
}

/** Reviewed entry level and diplomas per code, checked against the sheets, roles and catalogue. */
export function accessEntries(): Map<string, AccessEntry> {
  access ??= readAccessFiles(accessReference());
  return access;
}

/** What a curated role may cite: the sheets the site carries, so every path step has a page, and diplomas. */
export function roleReference(): RoleReference {
  const sheets = romeSheets();
  const diplomaEntries = diplomaCatalogue();
  return {
    codes: new Set(sheets.map((sheet) => sheet.code)),
    jobTitles: new Map(
      sheets.map((sheet) => [
        sheet.code,
        new Set([sheet.label, ...sheet.jobTitles.map((title) => title.label)]),
      ]),
    ),
    mobility: new Set(sheets.flatMap((sheet) => sheet.mobility.map((target) => `${sheet.code}>${target}`))),
    diplomaIds: new Set(diplomaEntries.map((entry) => entry.id)),
    diplomaLevels: new Map(diplomaEntries.map((entry) => [entry.id, entry.level])),
  };
}
