import { describe, expect, it } from 'vitest';
import { stepStarts } from './workshop';

describe('stepStarts', () => {
  it.each([
    [[], []],
    [[{ minutes: 5 }], [0]],
    [
      [{ minutes: 5 }, { minutes: 10 }, { minutes: 10 }],
      [0, 5, 15],
    ],
  ])('%j → %j', (steps, starts) => {
    expect(stepStarts(steps)).toEqual(starts);
  });
});
