import { describe, expect, it } from 'vitest';
import { formatDate, localeFromPath, localizePath, t } from './index';
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

  it('keeps French paths unprefixed', () => {
    expect(localizePath('fr', '/metiers/')).toBe('/metiers/');
    expect(localizePath('fr', 'quiz/')).toBe('/quiz/');
  });
});

describe('formatDate', () => {
  it('writes the date in French', () => {
    expect(formatDate('fr', new Date('2026-11-27'))).toBe('27 novembre 2026');
  });
});
