/** Shared by the group tests: the real published banks and layouts, the real roles, and links built from them. */
import { join } from 'node:path';
import { readQuizContent, readRoleSummariesFromFiles } from '../../data/quiz';
import type { Family } from '../../schemas/taxonomy';
import type { Answer } from '../quiz/answers';
import { encodeResponses, noChoices } from '../quiz/share-link';
import type { GroupDecodeContext } from './student-code';

const root = join(import.meta.dirname, '..', '..', '..');
const content = readQuizContent(join(root, 'content', 'quiz'));

/** The current bank (v2 or later) and the first published one (v1). */
export const bank = content.bank;
export const v1Bank = content.banks.get(1) ?? bank;
export const context: GroupDecodeContext = {
  banks: [...content.banks.values()],
  versions: content.history.versions,
};
export const roles = readRoleSummariesFromFiles();

function layoutOf(version: number) {
  const layout = content.history.versions.find((entry) => entry.version === version);
  if (!layout) throw new Error(`no published layout for v${version}`);
  return layout;
}

/** Answers of someone who loves the items of `family` (5) and gives `others` to the rest. */
export function answersFor(family: Family, others: Answer = 1, of = bank): Record<string, Answer> {
  return Object.fromEntries(of.items.map((item) => [item.id, (item.families[family] ?? 0) > 0 ? 5 : others]));
}

/** The link fragment (no '#') of first-stage answers, in the current version or in v1. */
export function codeOf(answers: Record<string, Answer>, version: 'current' | 'v1' = 'current'): string {
  const layout = layoutOf(version === 'current' ? bank.version : 1);
  return encodeResponses(layout, { ...noChoices(), answers });
}

/** `count` different valid links: the index written in base 6 over the items' answers. */
export function distinctCodes(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    let rest = index;
    const answers = Object.fromEntries(
      bank.items.map(({ id }) => {
        const answer = (rest % 6) as Answer;
        rest = Math.floor(rest / 6);
        return [id, answer];
      }),
    );
    return codeOf(answers);
  });
}
