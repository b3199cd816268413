/**
 * URL slugs of the job sheets (`/metiers/<slug>/`). Owns the slug format: ASCII words of the ROME label
 * then the code, so a slug reads well and stays unique (the code is unique). Must never drop the code:
 * two sheets can share a label across versions, and links must not collide.
 */

/** Letters NFD does not split into a base letter and an accent. */
const ligatures: Record<string, string> = { œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ß: 'ss' };

/** "Conseiller / Conseillère de clientèle bancaire", "C1206" → "conseiller-conseillere-de-clientele-bancaire-c1206". */
export function slugForSheet(code: string, label: string): string {
  const words = label
    .replace(/[œŒæÆß]/g, (letter) => ligatures[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return words ? `${words}-${code.toLowerCase()}` : code.toLowerCase();
}
