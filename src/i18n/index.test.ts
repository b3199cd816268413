import { describe, expect, it } from 'vitest';
import { formatDate, localeFromPath, t } from './index';
import { fr } from './fr';

describe('t', () => {
  it('returns the French string for a key', () => {
    expect(t('fr', 'nav.quiz')).toBe('Quiz');
  });

  it.each([
    ['fills a placeholder', { date: '27 novembre 2026' }, 'Mis à jour le 27 novembre 2026'],
    ['leaves a placeholder without value visible', {}, 'Mis à jour le {date}'],
  ])('%s', (_case, params, expected) => {
    expect(t('fr', 'articles.updated', params)).toBe(expected);
  });

  it('has no empty string in the French dictionary', () => {
    expect(Object.entries(fr).filter(([, value]) => value.trim() === '')).toEqual([]);
  });

  it('uses the typographic apostrophe everywhere in French', () => {
    expect(Object.entries(fr).filter(([, value]) => value.includes("'"))).toEqual([]);
  });
});

describe('locale routing', () => {
  it.each([
    ['/', 'fr'],
    ['/articles/front-office/', 'fr'],
    ['/en/articles/', 'fr'], // no English edition yet: unknown prefixes stay French
  ])('localeFromPath(%s) is %s', (path, locale) => {
    expect(localeFromPath(path)).toBe(locale);
  });
});

describe('formatDate', () => {
  it.each([
    ['2026-11-27', '27 novembre 2026'],
    ['2026-12-01', '1er décembre 2026'],
    ['2026-12-11', '11 décembre 2026'],
    ['2026-12-21', '21 décembre 2026'],
  ])('writes %s as « %s »', (iso, expected) => {
    expect(formatDate('fr', new Date(iso))).toBe(expected);
  });
});
