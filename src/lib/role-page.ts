/**
 * Small pure helpers of the role pages: how a level reads, and the schema.org Occupation that search
 * engines read. Never adds a fact the catalogue does not hold.
 */
import { t, type UIKey } from '../i18n';
import type { CatalogueRole } from './catalogue';

/** "Sans diplôme" for 0, "Niveau 5 (Bac + 2)" for 5; other numbers as "Niveau n". */
export function levelLabel(level: number): string {
  const key = `level.${level}`;
  const known = ['level.0', 'level.3', 'level.4', 'level.5', 'level.6', 'level.7', 'level.8'];
  return known.includes(key) ? t('fr', key as UIKey) : t('fr', 'level.n', { level });
}

interface DiplomaFacts {
  name: string;
  level: number;
}

/** schema.org Occupation of a role page: name, ROME code, education requirements and skills. */
export function occupationJsonLd(role: CatalogueRole, diplomas: readonly DiplomaFacts[], url: string) {
  const education = diplomas.length
    ? diplomas.map((diploma) => ({
        '@type': 'EducationalOccupationalCredential',
        name: diploma.name,
        educationalLevel: levelLabel(diploma.level),
      }))
    : role.accessLevels.map((level) => levelLabel(level));
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.title,
    url,
    occupationalCategory: {
      '@type': 'CategoryCode',
      codeValue: role.code,
      name: role.label,
      inCodeSet: { '@type': 'CategoryCodeSet', name: 'ROME 4.0 (v460)' },
    },
    educationRequirements: education,
    skills: [...role.sheet.skills.savoirFaire, ...role.sheet.skills.savoirEtre],
    alternateName: role.sheet.jobTitles.map((title) => title.label).filter((label) => label !== role.title),
  };
}
