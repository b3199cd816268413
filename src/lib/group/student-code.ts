/**
 * The one place the group view reads a student's result: a pasted result link, its fragment, or a
 * result code a student read aloud (`2K7P-QX3M-…`), into a scored result with a key that is the same
 * for every spelling of the same result (to drop duplicates). Everything else in src/lib/group works
 * on what this returns, so a change of share-link codec changes this file only.
 *
 * It reads through the quiz's own functions (src/lib/quiz/share-link.ts, result-view.ts, roles.ts):
 * `readResultLink` decodes with the check character and scores each result with the bank of *its*
 * version, as the result page shows it; « à confirmer » is the quiz's own confidence. The key is the
 * result code without its dashes for v2 and later (upper case, 32 symbols, the shortest and the one a
 * QR code packs best), the canonical link fragment for v1 links (which have no code). It must never
 * throw: the text is whatever a counselor pasted.
 */
import type { PublishedOrders } from '../quiz/share-link';
import { encodeResponses, resultCodeOf } from '../quiz/share-link';
import { readResultLink, type ResultBank, type ResultLinkProblem } from '../quiz/result-view';
import { suggestRoles } from '../quiz/roles';
import type { RoleSummary } from '../roles/summary';
import type { QuizResult } from '../quiz/scoring';

/** What the group page passes down from the build: every published bank and every published layout. */
export interface GroupDecodeContext {
  readonly banks: readonly ResultBank[];
  readonly versions: PublishedOrders['versions'];
}

/** Why a line is not a student's result. */
export type StudentCodeProblem = Exclude<ResultLinkProblem, 'no-result'>;

export type StudentCode =
  | {
      ok: true;
      /** Identical for every spelling of the same result: the duplicate check and the group link use it. */
      key: string;
      /** The bank version the result was made with. */
      version: number;
      result: QuizResult;
      /** False when the result is « à confirmer » (the quiz's confidence), or no family leads. */
      clear: boolean;
      /** The roles the result page suggests to this student, « Pour commencer » then « Pour évoluer ». */
      suggestedRoles: (roles: readonly RoleSummary[]) => RoleSummary[];
    }
  | { ok: false; problem: StudentCodeProblem };

/** Reads one pasted line (blanks around ignored). The caller skips blank lines before asking. */
export function readStudentCode(text: string, context: GroupDecodeContext): StudentCode {
  const link = readResultLink(typeof text === 'string' ? text.trim() : '', context.banks, {
    versions: context.versions,
  });
  if (!link.ok) return { ok: false, problem: link.problem === 'no-result' ? 'damaged' : link.problem };
  const layout = context.versions.find(({ version }) => version === link.version);
  const bank = context.banks.find(({ version }) => version === link.version);
  if (!layout || !bank) return { ok: false, problem: 'unknown-version' };
  const fragment = encodeResponses(layout, link.responses);
  const { result, responses, tracks } = link;
  return {
    ok: true,
    key: resultCodeOf(fragment)?.replaceAll('-', '') ?? fragment,
    version: link.version,
    result,
    clear: result.profile.kind === 'leading' && result.confidence?.level === 'net',
    suggestedRoles: (roles) => {
      const { start, grow } = suggestRoles(
        bank,
        result,
        { tracks, level: responses.level, conditions: responses.conditions },
        roles,
      );
      return [...start, ...grow].map(({ role }) => role);
    },
  };
}
