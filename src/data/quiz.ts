/**
 * The quiz item bank and its published versions, read from `content/quiz/` once per build and
 * validated (an invalid file stops the build with the file, the field and the item id). Build-time
 * only (node:fs): pages pass what their islands need as props, so no YAML or zod reaches the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  findUnpublishedBankChanges,
  parseItemBank,
  parseVersionHistory,
  type ItemBank,
  type VersionHistory,
} from '../schemas/quiz';

const quizDir = join(process.cwd(), 'content', 'quiz');

function readYaml(name: string): unknown {
  return parseYaml(readFileSync(join(quizDir, name), 'utf8'));
}

let bank: ItemBank | undefined;
let history: VersionHistory | undefined;

/**
 * The current bank (`content/quiz/items.yaml`), items in the order the quiz asks them. A bank whose id
 * list is not published in versions.yaml stops the build: its share links could not be read back.
 */
export function getItemBank(): ItemBank {
  if (!bank) {
    const parsed = parseItemBank(readYaml('items.yaml'), 'content/quiz/items.yaml');
    const problems = findUnpublishedBankChanges(parsed, getPublishedVersions());
    if (problems.length > 0) throw new Error(`content/quiz : ${problems.join('\n')}`);
    bank = parsed;
  }
  return bank;
}

/** Every published item order (`content/quiz/versions.yaml`), to open share links of older banks. */
export function getPublishedVersions(): VersionHistory {
  history ??= parseVersionHistory(readYaml('versions.yaml'), 'content/quiz/versions.yaml');
  return history;
}
