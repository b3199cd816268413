import { describe, expect, it } from 'vitest';
import { askingClass, askingScript } from './first-paint';
import { isActive } from './view';
import { queryToState } from './url-state';

/** Runs the inline script for an address and says whether it marked the document. */
function marks(search: string): boolean {
  const classes = new Set<string>();
  const document = { documentElement: { classList: { add: (name: string) => classes.add(name) } } };
  new Function('location', 'document', askingScript)({ search }, document);
  return classes.has(askingClass);
}

describe('the first-paint script', () => {
  it.each([
    ['', false],
    ['?q=compta', true],
    ['?bureau=back', true],
    ['?famille=ventes,evil', true],
    ['?cadre=inconnu', true],
    ['?riasec=C&tri=nom', true],
    ['?tri=niveau&page=2', false],
    ['?q=&cadre=', false],
    ['?inconnu=1', false],
    ['?utm_q=compta', false],
  ])('%j hides the full list: %s', (search, expected) => {
    expect(marks(search)).toBe(expected);
  });

  it.each(['?q=paie&bureau=back', '?niveau=5', '?conditions=sans-nuit', '?tri=nom', '?page=3', ''])(
    'agrees with the island on %j',
    (search) => {
      expect(marks(search)).toBe(isActive(queryToState(search)));
    },
  );
});
