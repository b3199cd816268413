/** Shared by the group tests: the real item bank and published orders, and result links built from them. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseItemBank, parseVersionHistory } from '../../schemas/quiz';
import type { Family } from '../../schemas/taxonomy';
import type { Answer } from '../quiz/answers';
import { encodeAnswers } from '../quiz/share-link';
import type { GroupDecodeContext } from './student-code';

function readYaml(name: string): unknown {
  return parse(readFileSync(new URL(`../../../content/quiz/${name}`, import.meta.url), 'utf8'));
}

export const bank = parseItemBank(readYaml('items.yaml'), 'content/quiz/items.yaml');
export const published = parseVersionHistory(readYaml('versions.yaml'), 'content/quiz/versions.yaml');
export const context: GroupDecodeContext = { items: bank.items, versions: published.versions };

/** A second published order (the same ids, reversed), to test a class with links of two versions. */
export const OTHER_VERSION = 99;
const otherOrder = { version: OTHER_VERSION, items: [...bank.items].reverse() };
export const twoVersions: GroupDecodeContext = {
  items: bank.items,
  versions: [...published.versions, { version: OTHER_VERSION, ids: otherOrder.items.map(({ id }) => id) }],
};

/** Answers of someone who loves the items of `family` (5) and dislikes the others (`others`). */
export function answersFor(family: Family, others: Answer = 1): Record<string, Answer> {
  return Object.fromEntries(
    bank.items.map((item) => [item.id, (item.families[family] ?? 0) > 0 ? 5 : others]),
  );
}

/** The result link fragment (no '#') of the answers, in the current bank or the other version. */
export function codeOf(answers: Record<string, Answer>, version: 'current' | 'other' = 'current'): string {
  return encodeAnswers(version === 'current' ? bank : otherOrder, answers);
}

/** `count` different valid codes: the index written in base 6 over the items' answers. */
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
