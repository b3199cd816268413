/**
 * The quiz item bank, the banks of every published version and their item orders, read from
 * `content/quiz/` once per build and validated (an invalid file stops the build with the file, the
 * field and the item id). Build-time only (node:fs): pages pass what their islands need as props,
 * so no YAML or zod reaches the browser. Tests and scripts read the same files through
 * `readQuizContent(dir)`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  findUnpublishedBankChanges,
  parseItemBank,
  parseVersionHistory,
  type ItemBank,
  type VersionHistory,
} from '../schemas/quiz';
import { toRoleSummary, type RoleSummary } from '../lib/roles/summary';
import { readCatalogueFromFiles } from './catalogue-files';

export interface QuizContent {
  /** The current bank (`items.yaml`), items in the order the quiz asks them. */
  bank: ItemBank;
  /** Every published item order (`versions.yaml`), to open share links of older banks. */
  history: VersionHistory;
  /** The bank of every published version, the current one included, by version. */
  banks: ReadonlyMap<number, ItemBank>;
}

/**
 * Reads and checks `content/quiz/` (or another folder with the same files, for tests). Throws when the
 * current bank's lists are not the ones versions.yaml publishes for its version, or when an older
 * version has no frozen bank in `published/v<n>.yaml`: its links could not be scored as they were.
 */
export function readQuizContent(quizDir: string): QuizContent {
  const read = (name: string): unknown => parseYaml(readFileSync(join(quizDir, name), 'utf8'));
  const history = parseVersionHistory(read('versions.yaml'), 'content/quiz/versions.yaml');
  const bank = parseItemBank(read('items.yaml'), 'content/quiz/items.yaml');
  const problems = findUnpublishedBankChanges(bank, history);
  const banks = new Map<number, ItemBank>([[bank.version, bank]]);
  for (const name of readdirSync(join(quizDir, 'published')).filter((file) => /^v\d+\.yaml$/.test(file))) {
    const published = parseItemBank(read(join('published', name)), `content/quiz/published/${name}`);
    if (name !== `v${published.version}.yaml`)
      problems.push(`published/${name} contient la version ${published.version} : renommez le fichier`);
    problems.push(...findUnpublishedBankChanges(published, history));
    banks.set(published.version, published);
  }
  for (const { version } of history.versions)
    if (!banks.has(version))
      problems.push(
        `version ${version} publiée sans sa banque : copiez-la dans content/quiz/published/v${version}.yaml`,
      );
  if (problems.length > 0) throw new Error(`content/quiz : ${problems.join('\n')}`);
  return { bank, history, banks };
}

let content: QuizContent | undefined;

function quizContent(): QuizContent {
  content ??= readQuizContent(join(process.cwd(), 'content', 'quiz'));
  return content;
}

/** The current bank (`content/quiz/items.yaml`). */
export function getItemBank(): ItemBank {
  return quizContent().bank;
}

/** Every published item order (`content/quiz/versions.yaml`). */
export function getPublishedVersions(): VersionHistory {
  return quizContent().history;
}

/** The bank of every published version, by version: what each share link is scored with. */
export function getPublishedBanks(): ReadonlyMap<number, ItemBank> {
  return quizContent().banks;
}

/**
 * The catalogue's role summaries (what `/metiers/resume.json` carries), for the tests and
 * `npm run eval:quiz`, which run without Astro: the build's own join (./catalogue-files), then
 * `toRoleSummary`.
 */
export function readRoleSummariesFromFiles(): RoleSummary[] {
  return readCatalogueFromFiles().map(toRoleSummary);
}

/** What a page that reads result links passes its island: every published bank and item order. */
export function getPublishedResults(): { banks: ItemBank[]; versions: VersionHistory['versions'] } {
  return { banks: [...getPublishedBanks().values()], versions: getPublishedVersions().versions };
}
