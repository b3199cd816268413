/**
 * Pure helpers of the role pages: how a level reads, the key facts box, the progression steps, the work
 * contexts grouped for reading, and the schema.org Occupation that search engines read. Never adds a
 * fact the catalogue does not hold; wording comes from the dictionary.
 */
import { t } from '../i18n';
import { levelLabel as wordLevel, officeLabel } from './labels';
import type { CatalogueRole } from './catalogue';
import type { RomeContext } from './rome/types';

/** A level in French words (src/lib/labels.ts), for pages. */
export function levelLabel(level: number): string {
  return wordLevel(level, (key, params) => t('fr', key, params));
}

/** ROME's labels carry a straight apostrophe; our pages print the typographic one. */
export function typographic(text: string): string {
  return text.replaceAll("'", '’');
}

export interface KeyFact {
  label: string;
  value: string;
}

/** How many diplomas the key facts name; the access section lists them all. */
export const keyFactDiplomas = 2;

/** The key facts box at the top of a role page: every line the catalogue can answer, in plain words. */
export function keyFacts(role: CatalogueRole): KeyFact[] {
  const [, ...alsoIn] = role.families;
  const { diplomas } = role;
  const hours = role.conditions.filter((flag) => flag === 'weekend' || flag === 'night' || flag === 'shifts');
  const hoursText =
    hours.length > 0
      ? hours.map((flag) => t('fr', `conditions.${flag}`)).join(', ')
      : role.conditions.includes('daytime')
        ? t('fr', 'role.hours.regular')
        : t('fr', 'role.hours.notSaid');
  const facts: KeyFact[] = [
    {
      label: t('fr', 'role.fact.office'),
      value: `${t('fr', `office.${role.office}.short`)} (${officeLabel(role.office, (key) => t('fr', key)).toLowerCase()})`,
    },
    { label: t('fr', 'role.fact.family'), value: t('fr', `family.${role.family}`) },
  ];
  if (alsoIn.length > 0) {
    facts.push({
      label: t('fr', 'role.fact.alsoIn'),
      value: alsoIn.map((family) => t('fr', `family.${family}`)).join(', '),
    });
  }
  facts.push(
    {
      label: t('fr', 'role.fact.entryLevel'),
      value: role.entryLevel === null ? t('fr', 'role.fact.unknown') : levelLabel(role.entryLevel),
    },
    {
      label: t('fr', 'role.fact.diplomas'),
      value:
        diplomas.length > 0
          ? diplomas
              .slice(0, keyFactDiplomas)
              .map((diploma) => diploma.short)
              .join(', ')
          : role.entryLevel === 0
            ? t('fr', 'role.fact.none')
            : t('fr', 'role.fact.unknown'),
    },
    { label: t('fr', 'role.fact.hours'), value: hoursText },
    {
      label: t('fr', 'role.fact.contact'),
      value:
        role.office === 'front' || role.conditions.includes('public')
          ? t('fr', 'role.contact.front')
          : t('fr', role.office === 'both' ? 'role.contact.both' : 'role.contact.back'),
    },
    {
      label: t('fr', 'role.fact.cadre'),
      value:
        role.cadre === null
          ? t('fr', 'role.fact.unknown')
          : t('fr', role.cadre ? 'role.cadre.yes' : 'role.cadre.no'),
    },
  );
  return facts;
}

/** Work contexts by type, in the order the import sorted them, for the « all contexts » disclosure. */
export function contextGroups(contexts: readonly RomeContext[]): { type: string; labels: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const context of contexts) {
    const labels = groups.get(context.type) ?? [];
    labels.push(typographic(context.label));
    groups.set(context.type, labels);
  }
  return [...groups].map(([type, labels]) => ({ type: typographic(type), labels }));
}

/** The levels ROME's access text names, in words, or undefined when it names none. */
export function romeLevelsText(role: Pick<CatalogueRole, 'sheet'>): string | undefined {
  const levels = [...(role.sheet.accessWithoutDiploma ? [0] : []), ...role.sheet.accessLevels].map(
    levelLabel,
  );
  return levels.length > 0 ? levels.join(', ') : undefined;
}

/** Whether the entry level is not among the levels ROME's access text names (the page then explains). */
export function entryLevelDiffersFromRome(role: Pick<CatalogueRole, 'entryLevel' | 'sheet'>): boolean {
  if (role.entryLevel === null) return false;
  if (role.entryLevel === 0) return !role.sheet.accessWithoutDiploma;
  return !(role.sheet.accessLevels as readonly number[]).includes(role.entryLevel);
}

/** schema.org Occupation of a role page: name, ROME code, education requirements and skills. */
export function occupationJsonLd(role: CatalogueRole, url: string) {
  const education = role.diplomas.length
    ? role.diplomas.map((diploma) => ({
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
    description: role.sheet.definition[0],
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
