/**
 * Reads the workshop plan (`content/workshop/atelier.yaml`) once per build, validated: an invalid file
 * stops the build naming the step and the field. Build-time only (uses node:fs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseWorkshop, type Workshop } from '../schemas/workshop';

const file = join('content', 'workshop', 'atelier.yaml');
let workshop: Workshop | undefined;

export function getWorkshop(): Workshop {
  workshop ??= parseWorkshop(parseYaml(readFileSync(join(process.cwd(), file), 'utf8')), file);
  return workshop;
}
