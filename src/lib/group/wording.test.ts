import { describe, expect, it } from 'vitest';
import { GROUP_MAX } from './pasted-codes';
import { answersFor, codeOf, context, distinctCodes } from './test-fixtures';
import { addLine, summaryStatus } from './wording';

const sales = codeOf(answersFor('ventes'));
const payroll = codeOf(answersFor('rh-paie'));

describe('summaryStatus', () => {
  it.each([
    [0, 0, ['group.status.none']],
    [1, 0, ['group.status.one']],
    [12, 0, ['group.status.many:12']],
    [12, 1, ['group.status.many:12', 'group.status.rejected.one']],
    [3, 4, ['group.status.many:3', 'group.status.rejected.many:4']],
  ])('%i counted, %i set aside', (counted, rejected, expected) => {
    expect(
      summaryStatus(counted, rejected).map(({ key, params }) => (params ? `${key}:${params['count']}` : key)),
    ).toEqual(expected);
  });
});

describe('addLine', () => {
  it.each([
    ['a blank line', '   ', '', { ok: false, problem: 'empty' }],
    ['a damaged code', 'v2.XYZ', '', { ok: false, problem: 'truncated' }],
    [
      'a code already on line 2',
      sales,
      `${payroll}\n${sales}`,
      { ok: false, problem: 'duplicate', firstLine: 2 },
    ],
    ['the first code', ` ${sales} `, '', { ok: true, text: sales, count: 1 }],
    [
      'a code after the others',
      sales,
      `${payroll}\n\n`,
      { ok: true, text: `${payroll}\n${sales}`, count: 2 },
    ],
  ])('%s', (_case, line, text, outcome) => {
    expect(addLine(line, text, context)).toEqual(outcome);
  });

  it(`refuses a code beyond ${GROUP_MAX} students`, () => {
    const full = distinctCodes(GROUP_MAX + 1);
    expect(addLine(full[GROUP_MAX] ?? '', full.slice(0, GROUP_MAX).join('\n'), context)).toEqual({
      ok: false,
      problem: 'too-many',
    });
  });
});
