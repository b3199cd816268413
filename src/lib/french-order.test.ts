import { describe, expect, it } from 'vitest';
import { compareFrench } from './french-order';

describe('compareFrench', () => {
  it('sorts accented letters with their base letter, and ignores case first', () => {
    expect(['Facteur', 'éducateur', 'Ébéniste', 'Eau', 'zoo'].toSorted(compareFrench)).toEqual([
      'Eau',
      'Ébéniste',
      'éducateur',
      'Facteur',
      'zoo',
    ]);
  });
});
