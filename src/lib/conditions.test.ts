import { describe, expect, it } from 'vitest';
import { conditionContexts, conditionFlags, conditionsOf } from './conditions';

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe('conditionsOf', () => {
  it.each([
    [
      'a receptionist’s week-ends, nights and public',
      ids('403020', '300803', '23376'),
      ['weekend', 'night', 'public'],
    ],
    ['an accountant’s remote work and daytime hours', ids('300806', '300799'), ['remote', 'daytime']],
    ['Saturday and Sunday count once as week-ends', ids('23374', '300793'), ['weekend']],
    ['regional zones mean travel', ids('23381'), ['travel']],
    ['contexts that are no condition (employer type)', ids('403103', '489574'), []],
    ['nothing tagged', [], []],
  ])('%s', (_case, contexts, expected) => {
    expect(conditionsOf(contexts)).toEqual(expected);
  });

  it('maps every condition to at least one ROME context, and no context to two conditions', () => {
    const all = conditionFlags.flatMap((flag) => Object.keys(conditionContexts[flag]));
    for (const flag of conditionFlags) expect(Object.keys(conditionContexts[flag]).length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
  });
});
