/**
 * The one place the group view reads a student's result: a pasted result link, its fragment, or a
 * result code, into a scored result with a key that is the same for every spelling of the same
 * answers (to drop duplicates). Everything else in src/lib/group works on what this returns, so moving
 * to another share-link codec changes this file only.
 *
 * Today it reads the quiz's share links (src/lib/quiz/share-link.ts, `v<version>.<payload>`) through
 * `readResultLink`; the key is the link re-encoded in its own version's order, so `https://…/#v1.X`,
 * `#v1.X` and ` v1.X ` are one student. It must never throw: the text is whatever a counselor pasted.
 */
import type { ItemBank, VersionHistory } from '../../schemas/quiz';
import { readResultLink, type ResultLinkProblem } from '../quiz/result-view';
import type { QuizResult } from '../quiz/scoring';
import { decodeAnswers, encodeAnswers } from '../quiz/share-link';

/** What the group page passes down from the build: the current bank and every published item order. */
export interface GroupDecodeContext {
  readonly items: ItemBank['items'];
  readonly versions: VersionHistory['versions'];
}

/** Why a line is not a student's result. */
export type StudentCodeProblem = Exclude<ResultLinkProblem, 'no-result'>;

export type StudentCode =
  | {
      ok: true;
      /** Identical for every spelling of the same answers: the duplicate check compares it. */
      key: string;
      /** The bank version the code was made with. */
      version: number;
      result: QuizResult;
      /** False when the result is « à confirmer »: no family stands out alone (tie or flat profile). */
      clear: boolean;
    }
  | { ok: false; problem: StudentCodeProblem };

/**
 * Reads one pasted line. A full link is cut at its last '#'; blanks around are ignored. An empty line
 * is reported as 'damaged' here: the caller skips blank lines before asking.
 */
export function readStudentCode(text: string, context: GroupDecodeContext): StudentCode {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  const fragment = trimmed.slice(trimmed.lastIndexOf('#') + 1);
  const link = readResultLink(fragment, { items: context.items }, { versions: context.versions });
  if (!link.ok) return { ok: false, problem: link.problem === 'no-result' ? 'damaged' : link.problem };
  const key = canonicalKey(fragment, context);
  if (key === null) return { ok: false, problem: 'damaged' };
  const { profile } = link.result;
  return {
    ok: true,
    key,
    version: link.version,
    result: link.result,
    clear: profile.kind === 'leading' && !profile.tie,
  };
}

function canonicalKey(fragment: string, { versions }: GroupDecodeContext): string | null {
  const decoded = decodeAnswers({ versions }, fragment);
  if (!decoded.ok) return null;
  const ids = versions.find((entry) => entry.version === decoded.version)?.ids ?? [];
  return encodeAnswers({ version: decoded.version, items: ids.map((id) => ({ id })) }, decoded.answers);
}
