/**
 * The site's two classification axes: the office (front / back) and the seven job families. One source
 * of truth for the ids; labels live in the i18n dictionary.
 */
export const offices = ['front', 'back', 'both'] as const;
export type Office = (typeof offices)[number];

export const families = [
  'ventes',
  'marketing',
  'service-client',
  'finance-comptabilite',
  'rh-paie',
  'informatique',
  'operations-administration',
] as const;
export type Family = (typeof families)[number];

/** The office each family belongs to, as the source article draws it. */
export const familyOffice: Record<Family, Exclude<Office, 'both'>> = {
  ventes: 'front',
  marketing: 'front',
  'service-client': 'front',
  'finance-comptabilite': 'back',
  'rh-paie': 'back',
  informatique: 'back',
  'operations-administration': 'back',
};

/** National qualification levels (cadre national des certifications professionnelles, 2019). */
export const levels = [3, 4, 5, 6, 7, 8] as const;
export type Level = (typeof levels)[number];

/** A ROME 4.0 sheet code: a domain letter (A–N) and four digits, e.g. "M1203". */
export const romeCodePattern = /^[A-N]\d{4}$/;

export const riasecLetters = ['R', 'I', 'A', 'S', 'E', 'C'] as const;
export type RiasecLetter = (typeof riasecLetters)[number];
