/**
 * Reads the diploma catalogue: every `content/diplomas/*.yaml` file is a list of diplomas (one file per
 * editor or family, so two people never edit the same list). Each file is validated on its own, then an
 * id used in two files stops the build naming both. Node only (build, tests, scripts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseDiplomaCatalogue, type Diploma } from '../schemas/diplomas';

export const diplomaDir = join(process.cwd(), 'content', 'diplomas');

/** A diploma with the file it comes from (relative to the project), for messages. */
export interface DiplomaRecord extends Diploma {
  file: string;
}

/** Every diploma of the catalogue directory, in file order then list order. */
export function readDiplomaCatalogue(dir: string = diplomaDir): DiplomaRecord[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const seen = new Map<string, string>();
  const records: DiplomaRecord[] = [];
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    for (const diploma of parseDiplomaCatalogue(parseYaml(readFileSync(path, 'utf8')) ?? [], file)) {
      const first = seen.get(diploma.id);
      if (first !== undefined) {
        throw new Error(`${file} : id « ${diploma.id} » est déjà utilisé dans ${first}`);
      }
      seen.set(diploma.id, file);
      records.push({ ...diploma, file });
    }
  }
  return records;
}
