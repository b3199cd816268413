/**
 * What the group view says after an action, as dictionary keys and their numbers: how many results
 * were counted and lines set aside, and whether a code typed into « Ajouter » is taken. Pure: the
 * island words the keys with its strings; the reading of each line stays in ./pasted-codes and
 * ./student-code.
 */
import { GROUP_MAX, readPastedCodes, type LineProblem } from './pasted-codes';
import { readStudentCode, type GroupDecodeContext } from './student-code';

export interface Message {
  key: string;
  params?: Record<string, number>;
}

/** « 12 résultats comptés. 3 lignes écartées. »: one message per figure, none for no line set aside. */
export function summaryStatus(counted: number, rejected: number): Message[] {
  const students: Message =
    counted === 0
      ? { key: 'group.status.none' }
      : counted === 1
        ? { key: 'group.status.one' }
        : { key: 'group.status.many', params: { count: counted } };
  if (rejected === 0) return [students];
  return [
    students,
    rejected === 1
      ? { key: 'group.status.rejected.one' }
      : { key: 'group.status.rejected.many', params: { count: rejected } },
  ];
}

export type AddOutcome =
  | { ok: true; text: string; count: number }
  | { ok: false; problem: LineProblem | 'empty'; firstLine?: number };

/**
 * One code typed into « Ajouter », checked against the pasted list `text`: refused when blank, not a
 * result, already there (with the line it is on) or one too many; else the list with it at the end.
 */
export function addLine(line: string, text: string, context: GroupDecodeContext): AddOutcome {
  const added = line.trim();
  if (added === '') return { ok: false, problem: 'empty' };
  const code = readStudentCode(added, context);
  if (!code.ok) return { ok: false, problem: code.problem };
  const current = readPastedCodes(text, context);
  const first = current.students.find(({ key }) => key === code.key)?.line;
  if (first !== undefined) return { ok: false, problem: 'duplicate', firstLine: first };
  if (current.students.length >= GROUP_MAX) return { ok: false, problem: 'too-many' };
  const next = text.trim() === '' ? added : `${text.replace(/\s+$/, '')}\n${added}`;
  return { ok: true, text: next, count: current.students.length + 1 };
}
