import { describe, expect, it } from 'vitest';
import { articleSchema } from './articles';

const valid = {
  title: 'Le front office',
  description: 'Ce que fait le front office.',
  order: 2,
  office: 'front',
  updated: '2026-11-27',
};

/** The first issue's path and message, as a content editor would read them. */
function firstIssue(data: unknown): { path: string; message: string } | undefined {
  const result = articleSchema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return issue && { path: issue.path.join('.'), message: issue.message };
}

describe('articleSchema', () => {
  it('accepts a complete article', () => {
    expect(articleSchema.parse(valid).updated).toEqual(new Date('2026-11-27'));
  });

  it.each([
    ['a missing title', { ...valid, title: undefined }, 'title', /title est obligatoire/],
    [
      'a description over 160 characters',
      { ...valid, description: 'x'.repeat(161) },
      'description',
      /160 caractères/,
    ],
    ['an unknown office', { ...valid, office: 'middle' }, 'office', /front, back ou both/],
    ['an order that is not a number', { ...valid, order: 'deux' }, 'order', /nombre entier/],
    ['a date that is not a date', { ...valid, updated: 'demain' }, 'updated', /AAAA-MM-JJ/],
  ])('rejects %s, naming the field', (_case, data, field, message) => {
    const issue = firstIssue(data);
    expect(issue?.path).toBe(field);
    expect(issue?.message).toMatch(message);
  });
});
