import { describe, expect, it } from 'vitest';
import { precacheUrls, precacheVersion } from './precache';

const curated = new Set(['M1203']);

describe('precacheUrls', () => {
  it.each([
    ['the home page, by its directory URL', '/index.html', ['/']],
    ['an article', '/articles/front-office/index.html', ['/articles/front-office/']],
    ['the explorer', '/metiers/index.html', ['/metiers/']],
    ['the quiz result page', '/quiz/resultat/index.html', ['/quiz/resultat/']],
    ['the group view', '/conseillers/groupe/index.html', ['/conseillers/groupe/']],
    ['the offline page', '/hors-ligne/index.html', ['/hors-ligne/']],
    ['a curated role page', '/metiers/comptable-m1203/index.html', ['/metiers/comptable-m1203/']],
    [
      'a curated role to compare',
      '/comparer/metiers/comptable-m1203.json',
      ['/comparer/metiers/comptable-m1203.json'],
    ],
    ['a hashed script', '/_astro/Quiz.BzcHDuDy.js', ['/_astro/Quiz.BzcHDuDy.js']],
    ['the search index', '/metiers/index-recherche.json', ['/metiers/index-recherche.json']],
    ['the manifest', '/manifest.webmanifest', ['/manifest.webmanifest']],
    ['an icon', '/icons/icon-192.png', ['/icons/icon-192.png']],
    ['a generated role page (kept when visited)', '/metiers/acheteur-acheteuse-m1101/index.html', []],
    ['a generated role to compare', '/comparer/metiers/acheteur-acheteuse-m1101.json', []],
    ['the worker itself', '/sw.js', []],
    ['the 404 page', '/404.html', []],
    ['the sitemap', '/sitemap-0.xml', []],
    ['host headers', '/_headers', []],
    ['robots.txt', '/robots.txt', []],
  ])('%s', (_label, file, urls) => {
    expect(precacheUrls([file], curated)).toEqual(urls);
  });

  it('lists each URL once, sorted', () => {
    expect(precacheUrls(['/quiz/index.html', '/index.html', '/quiz/index.html'], curated)).toEqual([
      '/',
      '/quiz/',
    ]);
  });
});

describe('precacheVersion', () => {
  const site = [
    { url: '/', content: '<h1>Accueil</h1>' },
    { url: '/quiz/', content: '<h1>Quiz</h1>' },
  ];

  it('is the same for the same files, in any order', () => {
    expect(precacheVersion(site)).toBe(precacheVersion([...site].reverse()));
    expect(precacheVersion(site)).toMatch(/^[0-9a-f]{16}$/);
  });

  it.each([
    ['a changed page', [site[0], { url: '/quiz/', content: '<h1>Quiz v2</h1>' }]],
    ['a new file', [...site, { url: '/hors-ligne/', content: '' }]],
    ['a renamed file', [site[0], { url: '/quiz2/', content: '<h1>Quiz</h1>' }]],
  ])('changes with %s', (_label, changed) => {
    expect(precacheVersion(changed as typeof site)).not.toBe(precacheVersion(site));
  });
});
