import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_MAX, LINE_MAX_LENGTH, readPastedCodes } from './pasted-codes';
import { readStudentCode } from './student-code';
import { resultCodeOf } from '../quiz/share-link';
import { answersFor, bank, codeOf, context, distinctCodes, v1Bank } from './test-fixtures';

const sales = codeOf(answersFor('ventes'));
const payroll = codeOf(answersFor('rh-paie'));
const it_ = codeOf(answersFor('informatique'));
/** The result code a student reads aloud, e.g. `2K7P-QX3M-…`. */
const salesCode = resultCodeOf(sales) ?? '';
const salesKey = salesCode.replaceAll('-', '');
/** One symbol changed inside the payload, to another symbol of the alphabet. */
const changed = sales.slice(0, 10) + (sales.charAt(10) === 'K' ? 'M' : 'K') + sales.slice(11);

describe('readStudentCode', () => {
  it.each([
    ['a bare fragment', sales],
    ['a fragment with its #', `#${sales}`],
    ['a full link', `https://orientoffice.fr/quiz/resultat/#${sales}`],
    ['a link with blanks around', `   https://orientoffice.fr/quiz/resultat/#${sales}\t`],
    ['the result code', salesCode],
    ['the result code typed in lower case with spaces', salesCode.toLowerCase().replaceAll('-', ' ')],
  ])('reads %s as the same student', (_label, text) => {
    const code = readStudentCode(text, context);
    expect(code).toMatchObject({ ok: true, key: salesKey, version: bank.version, clear: true });
  });

  it('reads a v1 link, which has no result code, keyed by its link', () => {
    const v1 = codeOf(answersFor('ventes', 1, v1Bank), 'v1');
    expect(readStudentCode(`https://orientoffice.fr/quiz/resultat/#${v1}`, context)).toMatchObject({
      ok: true,
      key: v1,
      version: 1,
    });
  });

  it.each([
    ['a cut link', sales.slice(0, -3), 'truncated'],
    ['a version never published', 'v7.AAAAAAAAAAAAAAA', 'unknown-version'],
    ['a changed character (the check character refuses it)', changed, 'damaged'],
    ['a code with a character too many', `${salesCode}K`, 'damaged'],
    ['a sentence', 'Bonjour, voici mon résultat', 'damaged'],
    ['a link without a fragment', 'https://orientoffice.fr/quiz/resultat/', 'damaged'],
  ])('turns down %s as %s', (_label, text, problem) => {
    expect(readStudentCode(text, context)).toEqual({ ok: false, problem });
  });

  it('says « à confirmer » for a result where no family stands out', () => {
    const neutral = codeOf(Object.fromEntries(bank.items.map(({ id }) => [id, 3])));
    expect(readStudentCode(neutral, context)).toMatchObject({ ok: true, clear: false });
  });
});

describe('readPastedCodes', () => {
  it.each([
    { label: 'an empty list', text: '', students: [], rejected: [] },
    { label: 'only blank lines', text: '\n  \n\t\n', students: [], rejected: [] },
    {
      label: 'three students, Windows line ends',
      text: [sales, payroll, it_].join('\r\n'),
      students: [1, 2, 3],
      rejected: [],
    },
    {
      label: 'a duplicate, spelled another way',
      text: [sales, payroll, salesCode.toLowerCase()].join('\n'),
      students: [1, 2],
      rejected: [{ line: 3, problem: 'duplicate', firstLine: 1 }],
    },
    {
      label: 'bad lines among good ones, blank lines kept in the numbering',
      text: [sales, '', 'coucou', payroll.slice(0, 8), '#v5.AAAA', it_].join('\n'),
      students: [1, 6],
      rejected: [
        { line: 3, problem: 'damaged' },
        { line: 4, problem: 'truncated' },
        { line: 5, problem: 'unknown-version' },
      ],
    },
    {
      label: 'a line far too long to be a link',
      text: `${sales}\n${'A'.repeat(LINE_MAX_LENGTH + 1)}`,
      students: [1],
      rejected: [{ line: 2, problem: 'too-long' }],
    },
  ])('reads $label', ({ text, students, rejected }) => {
    const read = readPastedCodes(text, context);
    expect(read.students.map(({ line }) => line)).toEqual(students);
    expect(read.rejected).toMatchObject(rejected);
    expect(read.rejected).toHaveLength(rejected.length);
  });

  it('reads links of two published versions in one class, each scored with its own bank', () => {
    const v1 = codeOf(answersFor('ventes', 1, v1Bank), 'v1');
    const read = readPastedCodes([sales, v1, payroll].join('\n'), context);
    expect(read.students.map(({ version }) => version)).toEqual([bank.version, 1, bank.version]);
    expect(read.students.map(({ result }) => result.method)).toEqual([bank.version, 1, bank.version]);
    expect(read.rejected).toEqual([]);
  });

  it(`keeps ${GROUP_MAX} students and turns down the ones after, by line`, () => {
    const codes = distinctCodes(GROUP_MAX + 2);
    const read = readPastedCodes(codes.join('\n'), context);
    expect(read.students).toHaveLength(GROUP_MAX);
    expect(read.rejected).toEqual([
      expect.objectContaining({ line: GROUP_MAX + 1, problem: 'too-many' }),
      expect.objectContaining({ line: GROUP_MAX + 2, problem: 'too-many' }),
    ]);
  });

  it('shows a long bad line cut, so the list of problems stays readable', () => {
    const [rejected] = readPastedCodes(`x${'y'.repeat(200)}`, context).rejected;
    expect(rejected?.text).toHaveLength(60);
    expect(rejected?.text.endsWith('…')).toBe(true);
  });

  it('never throws, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const read = readPastedCodes(text, context);
        expect(read.students.length + read.rejected.length).toBeLessThanOrEqual(
          text.split(/\r\n|\r|\n/).length,
        );
      }),
    );
  });

  it('counts every valid code once, whatever else is pasted around it, in any order', () => {
    const pool = distinctCodes(20);
    const keyOf = new Map(
      pool.map((code) => [code, (readStudentCode(code, context) as { key: string }).key]),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...pool),
            fc.constantFrom(...pool).map((code) => `https://orientoffice.fr/quiz/resultat/#${code}`),
            fc.string({ maxLength: 30 }),
          ),
          { maxLength: 50 },
        ),
        (lines) => {
          const read = readPastedCodes(lines.join('\n'), context);
          const pasted = new Set(
            pool
              .filter((code) => lines.some((line) => line.trim().endsWith(code)))
              .map((code) => keyOf.get(code)),
          );
          expect(new Set(read.students.map(({ key }) => key))).toEqual(pasted);
          expect(read.students).toHaveLength(pasted.size);
        },
      ),
    );
  });
});
