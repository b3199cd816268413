import { describe, expect, it } from 'vitest';
import { t } from '../i18n';
import { levelLabel, officeBadgeClass, officeLabel, rolePath } from './labels';

const tr = (key: Parameters<typeof t>[1], params?: Record<string, string | number>) => t('fr', key, params);

describe('labels', () => {
  it.each([
    [0, 'Sans diplôme'],
    [3, 'Niveau 3 (CAP)'],
    [5, 'Niveau 5 (Bac + 2)'],
    [8, 'Niveau 8 (Doctorat)'],
    [2, 'Niveau 2'],
  ])('level %i reads « %s »', (level, label) => {
    expect(levelLabel(level, tr)).toBe(label);
  });

  it.each([
    ['front', 'Front office', 'badge badge--front'],
    ['back', 'Back office', 'badge badge--back'],
    ['both', 'Front et back office', 'badge'],
  ] as const)('office %s reads « %s » with class %s', (office, label, className) => {
    expect(officeLabel(office, tr)).toBe(label);
    expect(officeBadgeClass(office)).toBe(className);
  });

  it('builds the address of a role page from its slug', () => {
    expect(rolePath('comptable-m1203')).toBe('/metiers/comptable-m1203/');
  });
});
