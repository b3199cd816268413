/**
 * A counselor's pasted list of result links or codes, one per line, read into the students' results
 * and the lines turned down, each with its line number and reason. Pure and total: any text (a whole
 * chat export, binary junk, 10 000 lines) gives an answer and never throws.
 *
 * Rules. Blank lines are skipped without a word. A line is read by `readStudentCode` (./student-code);
 * a line whose answers were already given by an earlier line is a duplicate (the same student pasted
 * twice, or two links to one result), turned down with the line it repeats. At most GROUP_MAX results
 * are kept: the lines after the 60th result are turned down as 'too-many', never silently dropped.
 */
import {
  readStudentCode,
  type GroupDecodeContext,
  type StudentCode,
  type StudentCodeProblem,
} from './student-code';

/** The largest class the page summarises (the issue's « jusqu’à 60 »). */
export const GROUP_MAX = 60;

/** Longest line read: a result link is about 100 characters; a longer line is not one. */
export const LINE_MAX_LENGTH = 500;

export type LineProblem =
  | StudentCodeProblem
  /** The same answers as an earlier line (`firstLine`). */
  | 'duplicate'
  /** More than GROUP_MAX results. */
  | 'too-many'
  /** Longer than LINE_MAX_LENGTH: not one link. */
  | 'too-long';

export type StudentEntry = Extract<StudentCode, { ok: true }> & { /** 1-based. */ line: number };

export interface RejectedLine {
  /** 1-based line number in the pasted text. */
  line: number;
  /** The line as pasted, trimmed and cut to 60 characters, to show back. */
  text: string;
  problem: LineProblem;
  /** For a duplicate: the line it repeats. */
  firstLine?: number;
}

export interface PastedCodes {
  students: StudentEntry[];
  rejected: RejectedLine[];
}

const SHOWN_LENGTH = 60;

/** Reads the pasted text; see the module header for the rules. */
export function readPastedCodes(text: string, context: GroupDecodeContext): PastedCodes {
  const students: StudentEntry[] = [];
  const rejected: RejectedLine[] = [];
  const firstLineOf = new Map<string, number>();
  const lines = typeof text === 'string' ? text.split(/\r\n|\r|\n/) : [];

  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const shown = trimmed.length > SHOWN_LENGTH ? `${trimmed.slice(0, SHOWN_LENGTH - 1)}…` : trimmed;
    const code = trimmed.length > LINE_MAX_LENGTH ? null : readStudentCode(trimmed, context);
    const firstLine = code?.ok ? firstLineOf.get(code.key) : undefined;
    if (!code) rejected.push({ line, text: shown, problem: 'too-long' });
    else if (!code.ok) rejected.push({ line, text: shown, problem: code.problem });
    else if (firstLine !== undefined) rejected.push({ line, text: shown, problem: 'duplicate', firstLine });
    else if (students.length >= GROUP_MAX) rejected.push({ line, text: shown, problem: 'too-many' });
    else {
      firstLineOf.set(code.key, line);
      students.push({ ...code, line });
    }
  });
  return { students, rejected };
}
