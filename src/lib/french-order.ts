/**
 * French alphabetical order (« Éducateur » between « Ébéniste » and « Facteur »), with one collator
 * made on first use: building an `Intl.Collator` costs a phone tens of milliseconds, so a module that
 * sorts does not pay for it while it loads, only when it first sorts.
 */
let collator: Intl.Collator | undefined;

export function compareFrench(a: string, b: string): number {
  collator ??= new Intl.Collator('fr');
  return collator.compare(a, b);
}
