/**
 * Proves that the articles (`content/articles/*.mdx`) cover every point of the source article
 * (/work/shared/seed), each once, in the article where a reader expects it, and that they keep the
 * structure the site relies on.
 *
 * Each point is tied to a marked passage: `{/* seed: <id> *\/}` at the start of the paragraph (or list
 * item) that makes it. The passage runs from the marker to the next blank line, and on through the next
 * block when it ends with « : » (a paragraph that introduces a list). A point passes when its marker is
 * found exactly once, in its article, and its passage still mentions the point's key notions, written
 * as loose patterns: rewording a sentence keeps the test green, deleting the passage (marker or text)
 * turns it red.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/articles';
import { PARAMS } from '../../src/lib/search/url-state';

const articlesDir = new URL('../../content/articles/', import.meta.url);
const sheets = JSON.parse(
  readFileSync(new URL('../../content/rome/sheets.json', import.meta.url), 'utf8'),
) as {
  slug: string;
}[];
const roleSlugs = new Set(sheets.map((sheet) => sheet.slug));

const articleFiles = [
  'vue-ensemble.mdx',
  'front-office.mdx',
  'back-office.mdx',
  'devenir-agent-back-office.mdx',
  'carrieres-evolution.mdx',
  'comparatif.mdx',
  'choisir-sa-voie.mdx',
  'se-reconvertir.mdx',
] as const;
type ArticleFile = (typeof articleFiles)[number];

interface ArticleSource {
  frontmatter: unknown;
  body: string;
}

function readArticle(file: string): ArticleSource {
  const text = readFileSync(new URL(file, articlesDir), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} : frontmatter YAML manquant ou mal délimité`);
  return { frontmatter: parse(match[1] ?? ''), body: match[2] ?? '' };
}

const allFiles = readdirSync(articlesDir).filter((file) => file.endsWith('.mdx'));
const articles = new Map(allFiles.map((file) => [file, readArticle(file)]));

function bodyOf(file: string): string {
  const article = articles.get(file);
  if (!article) throw new Error(`${file} est introuvable dans content/articles/`);
  return article.body;
}

const markerPattern = /\{\/\* seed: ([a-z0-9-]+) \*\/\}/g;

/** Where each seed marker is, across all articles: id → files that carry it (once per carry). */
const markers = new Map<string, string[]>();
for (const [file, { body }] of articles) {
  for (const [, id] of body.matchAll(markerPattern))
    markers.set(id ?? '', [...(markers.get(id ?? '') ?? []), file]);
}

/** The passage a marker introduces (see the header), markers and link targets removed. */
function passage(body: string, id: string): string {
  const start = body.indexOf(`{/* seed: ${id} */}`);
  if (start === -1) return '';
  const blocks = body.slice(start).split(/\n\s*\n/);
  const first = blocks[0] ?? '';
  const text = first.trimEnd().endsWith(':') ? `${first}\n${blocks[1] ?? ''}` : first;
  return text.replace(markerPattern, '').replace(/\]\([^)]*\)/g, ']');
}

/** One point of the source, the article that must make it, and the notions its passage must keep. */
type SeedPoint = readonly [id: string, article: ArticleFile, point: string, notions: readonly RegExp[]];

const seedPoints: readonly SeedPoint[] = [
  // Vue d'ensemble
  [
    'deux-ensembles',
    'vue-ensemble.mdx',
    'toute entreprise a deux grands ensembles',
    [/toute entreprise|chaque entreprise/i, /deux/i],
  ],
  [
    'front-en-bref',
    'vue-ensemble.mdx',
    'le front office : activités en contact avec la clientèle (ventes, marketing, service client)',
    [/front office/i, /client/i, /ventes/i, /marketing/i, /service client/i],
  ],
  [
    'back-en-bref',
    'vue-ensemble.mdx',
    'le back office s’occupe des opérations et des tâches administratives',
    [/back office/i, /opérations/i, /administrati/i],
  ],
  [
    'deux-indispensables',
    'vue-ensemble.mdx',
    'les deux sont essentiels à la réussite',
    [/indispensable|essentiel/i, /réussi/i],
  ],
  [
    'comprendre-la-difference',
    'vue-ensemble.mdx',
    'comprendre la différence compte pour qui veut travailler dans l’un ou l’autre',
    [/distingue|différence/i, /travailler/i],
  ],

  // Front office
  [
    'front-definition',
    'front-office.mdx',
    'le front office est en contact avec la clientèle ; ses équipes interagissent avec elle',
    [/front office/i, /contact|relation/i, /client/i, /parlent|échang|interag/i],
  ],
  [
    'front-services',
    'front-office.mdx',
    'il comprend les ventes, le marketing et le service client',
    [/ventes/i, /marketing/i, /service client/i],
  ],
  ['mission-revenus', 'front-office.mdx', 'il génère les revenus', [/revenus|chiffre d’affaires/i]],
  [
    'mission-conquete',
    'front-office.mdx',
    'il attire de nouveaux clients',
    [/nouvelle clientèle|nouveaux clients|conquérir|attirer/i],
  ],
  [
    'mission-fidelisation',
    'front-office.mdx',
    'il fidélise par un excellent service',
    [/fidéli/i, /service/i],
  ],
  [
    'front-competences',
    'front-office.mdx',
    'compétences : communication, relations interpersonnelles, esprit client',
    [/communication|communiquer/i, /relation/i, /client/i],
  ],
  [
    'front-quotidien',
    'front-office.mdx',
    'interaction quotidienne avec la clientèle',
    [/quotidien|chaque jour|tous les jours/i, /client/i],
  ],
  [
    'front-gratifiant',
    'front-office.mdx',
    'un travail passionnant et gratifiant',
    [/passionnant/i, /gratifiant/i],
  ],
  [
    'front-impact',
    'front-office.mdx',
    'un impact direct sur le succès de l’entreprise',
    [/impact|effet direct/i, /réussite|succès|résultats/i],
  ],
  [
    'front-primes',
    'front-office.mdx',
    'des primes et commissions liées aux performances, qui motivent',
    [/primes/i, /commissions/i, /moteur|motiv/i],
  ],

  // Back office
  [
    'back-definition',
    'back-office.mdx',
    'le côté administratif et opérationnel',
    [/administrati/i, /opérationnel/i],
  ],
  [
    'back-coulisses',
    'back-office.mdx',
    'il travaille en coulisses, en fonctions administratives et de soutien',
    [/coulisses/i, /administrati|administration/i, /soutien|support/i],
  ],
  [
    'back-services',
    'back-office.mdx',
    'finance, comptabilité, ressources humaines, informatique, opérations',
    [/finance/i, /comptabilité/i, /ressources humaines/i, /informatique/i, /opérations/i],
  ],
  [
    'back-taches',
    'back-office.mdx',
    'tâches : paie, comptabilité, saisie de données, assistance informatique',
    [/paie/i, /comptabilité/i, /saisie de données/i, /assistance informatique/i],
  ],
  [
    'back-mission',
    'back-office.mdx',
    'veiller au bon fonctionnement de l’entreprise',
    [/bon fonctionnement|tourne sans accroc/i],
  ],
  [
    'back-soutien',
    'back-office.mdx',
    'un soutien essentiel aux ventes, au marketing et au service client',
    [/front office/i, /ventes/i, /marketing/i, /service client/i],
  ],
  [
    'back-competences',
    'back-office.mdx',
    'compétences analytiques, techniques, sens du détail',
    [/analy/i, /technique/i, /détail/i],
  ],
  ['back-stable', 'back-office.mdx', 'une carrière stable et gratifiante', [/stable/i, /gratifiant/i]],
  [
    'back-remuneration',
    'back-office.mdx',
    'salaire et avantages sociaux compétitifs, dit pour ce que c’est : selon l’employeur',
    [/salaire/i, /avantages sociaux/i, /compétitifs/i, /employeur/i],
  ],
  [
    'back-rotation',
    'back-office.mdx',
    'une rotation plus faible qu’en front office, dit pour ce que c’est : une tendance non chiffrée',
    [/rotation|turnover/i, /plus faible/i, /front office/i, /source/i],
  ],

  // Devenir agent ou agente de back office
  [
    'diplome',
    'devenir-agent-back-office.mdx',
    'un diplôme ou une certification en comptabilité, finance ou informatique',
    [/diplôme|certification/i, /comptabilité/i, /finance/i, /informatique/i],
  ],
  [
    'logiciels-comptables',
    'devenir-agent-back-office.mdx',
    'logiciels de comptabilité',
    [/logiciels de comptabilité/i],
  ],
  [
    'programmation',
    'devenir-agent-back-office.mdx',
    'langages de programmation',
    [/langages de programmation/i],
  ],
  [
    'experience',
    'devenir-agent-back-office.mdx',
    'l’expérience proche est appréciée',
    [/expérience/i, /employeurs|entreprises/i],
  ],
  [
    'profil',
    'devenir-agent-back-office.mdx',
    'travail indépendant et esprit d’analyse',
    [/autonom|indépendan/i, /analyse/i],
  ],

  // Carrières et évolution
  [
    'specialisation',
    'carrieres-evolution.mdx',
    'avancement et spécialisation',
    [/progresser|avancer|avancement/i, /spécialis/i],
  ],
  [
    'compta-fiscaliste',
    'carrieres-evolution.mdx',
    'de la comptabilité générale à la fiscalité ou à l’analyse financière',
    [/comptabilité générale/i, /fiscal/i, /analy[a-z]* financi/i],
  ],

  // Choisir sa voie (conclusion)
  [
    'defis-opportunites',
    'choisir-sa-voie.mdx',
    'chaque côté a ses défis et ses opportunités',
    [/défis/i, /opportunités/i],
  ],
  [
    'comprendre-pour-choisir',
    'choisir-sa-voie.mdx',
    'comprendre les différences aide à choisir sa voie et les compétences à développer',
    [/choisir/i, /compétences/i, /développer/i],
  ],
  [
    'interets-points-forts',
    'choisir-sa-voie.mdx',
    'le plus important : un poste qui correspond à vos intérêts et à vos points forts',
    [/intérêt/i, /points forts/i],
  ],
];

describe('couverture de l’article source : chaque point, une fois, à sa place', () => {
  it.each(seedPoints)('%s (%s) : %s', (id, file, _point, notions) => {
    expect(markers.get(id), `le repère seed: ${id} doit figurer une seule fois, dans ${file}`).toEqual([
      file,
    ]);
    const text = passage(bodyOf(file), id);
    expect(text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length).toBeGreaterThanOrEqual(5);
    for (const notion of notions) expect(text, `passage seed: ${id}`).toMatch(notion);
  });

  it('ne porte aucun repère inconnu', () => {
    const known = new Set(seedPoints.map(([id]) => id));
    expect([...markers.keys()].filter((id) => !known.has(id))).toEqual([]);
  });
});

/** The rows the comparison table must have, with a pattern for each of its two cells. */
const comparisonRows: readonly [criterion: string, front: RegExp, back: RegExp][] = [
  [
    'Départements',
    /ventes.*marketing.*service client/i,
    /finance.*comptabilité.*RH.*informatique.*opérations/i,
  ],
  ['Missions', /revenus/i, /bon fonctionnement/i],
  ['Compétences clés', /communication/i, /analyse/i],
  ['Contact avec la clientèle', /direct/i, /coulisses/i],
  ['Rémunération', /primes.*commissions/i, /salaire.*employeur/i],
  ['Stabilité et rotation du personnel', /rotation/i, /stable/i],
  ['Façon de travailler', /public/i, /indépendante/i],
  ['Pour qui\u00a0?', /contact/i, /autonomie/i],
];

describe('comparatif.mdx : un seul tableau lisible sur téléphone', () => {
  const tableLines = bodyOf('comparatif.mdx')
    .split('\n')
    .filter((line) => line.startsWith('|'));
  const rows = tableLines.map((line) =>
    line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  );

  it('a une ligne d’en-tête Critère / Front office / Back office', () => {
    expect(rows[0]).toEqual(['Critère', 'Front office', 'Back office']);
    expect(tableLines[1]).toMatch(/^\|( ?:?-+:? ?\|){3}$/);
  });

  it('forme un seul tableau', () => {
    expect(bodyOf('comparatif.mdx').match(/^\| Critère +\|/gm)).toHaveLength(1);
  });

  it.each(comparisonRows)('compare « %s »', (criterion, front, back) => {
    const row = rows.find((cells) => cells[0] === criterion);
    expect(row, `ligne « ${criterion} » absente`).toBeDefined();
    expect(row?.[1]).toMatch(front);
    expect(row?.[2]).toMatch(back);
  });

  it('garde des cellules courtes', () => {
    for (const cell of rows.flat()) expect(cell.length, cell).toBeLessThanOrEqual(60);
  });
});

/** Internal link targets an article may use, besides other articles and role pages. */
const otherPages = new Set([
  '/quiz/',
  '/quiz/methode/',
  '/glossaire/',
  '/conseillers/',
  '/ma-selection/',
  '/metiers/',
]);
const explorerParams = new Set<string>(Object.values(PARAMS));

function linksOf(body: string): string[] {
  return [...body.matchAll(/\]\((\/[^)]*)\)/g)].map((match) => match[1] ?? '');
}

/** The article's own text: without « Pour aller plus loin », markers and link targets. */
function ownWords(body: string): number {
  const own = (body.split(/^## Pour aller plus loin$/m)[0] ?? '')
    .replace(markerPattern, '')
    .replace(/\]\([^)]*\)/g, ']');
  return own.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

describe.each(articleFiles)('%s', (file) => {
  const article = articles.get(file);
  const body = article?.body ?? '';
  const lines = body.split('\n');
  const links = linksOf(body);

  it('existe et a un frontmatter conforme au schéma', () => {
    expect(article, `${file} manque dans content/articles/`).toBeDefined();
    expect(() => articleSchema.parse(article?.frontmatter)).not.toThrow();
  });

  it('n’a pas de titre de niveau 1 dans le corps', () => {
    expect(lines.filter((line) => /^# /.test(line))).toEqual([]);
  });

  it('ne saute aucun niveau de titre', () => {
    let previous = 1;
    for (const line of lines) {
      const level = /^(#{2,6}) /.exec(line)?.[1]?.length;
      if (level === undefined) continue;
      expect(level, line).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });

  it('compte au moins 800 mots de son propre propos', () => {
    expect(ownWords(body)).toBeGreaterThanOrEqual(800);
  });

  it('finit par « Pour aller plus loin » et deux ou trois pistes', () => {
    const tail = body.split(/^## Pour aller plus loin$/m);
    expect(tail, 'section « Pour aller plus loin » absente ou en double').toHaveLength(2);
    const steps = (tail[1] ?? '').split('\n').filter((line) => line.startsWith('- '));
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps.length).toBeLessThanOrEqual(3);
    expect(tail[1]?.match(/^## /m), 'rien après « Pour aller plus loin »').toBeNull();
  });

  it('renvoie à au moins trois fiches métiers et à l’explorateur filtré', () => {
    const roles = new Set(links.filter((link) => /^\/metiers\/[a-z0-9-]+\/$/.test(link)));
    expect(roles.size).toBeGreaterThanOrEqual(3);
    expect(links.some((link) => link.startsWith('/metiers/?'))).toBe(true);
  });

  it('ne renvoie qu’à des pages qui existent', () => {
    for (const link of links) {
      const [path = '', query] = link.split('?');
      if (path.startsWith('/articles/')) {
        expect(allFiles, `lien vers ${link}`).toContain(`${path.split('/')[2]}.mdx`);
      } else if (/^\/metiers\/[a-z0-9-]+\/$/.test(path)) {
        expect(roleSlugs.has(path.split('/')[2] ?? ''), `fiche inconnue : ${link}`).toBe(true);
      } else {
        expect(otherPages.has(path.split('#')[0] ?? ''), `page inconnue : ${link}`).toBe(true);
      }
      for (const param of new URLSearchParams(query ?? '').keys()) {
        expect(explorerParams.has(param), `paramètre inconnu de l’explorateur : ${link}`).toBe(true);
      }
    }
  });

  it('ne cite un chiffre qu’avec sa source et son année, hors niveaux de certification', () => {
    for (const line of lines) {
      const figures = line
        .replace(/^\d+\. /, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/\bniveaux? [3-8]\b|\b1er\b|^#+ Étape \d/g, '');
      if (!/\d/.test(figures)) continue;
      expect(line, 'un chiffre sans « (source, année) » dans le même paragraphe').toMatch(
        /\([^()]*\b(?:19|20)\d{2}\)/,
      );
    }
  });

  it('n’écrit ni « les deux offices » ni de point médian', () => {
    expect(body).not.toMatch(/les deux offices/i);
    expect(body).not.toMatch(/\p{L}·\p{L}/u);
  });
});

it('renvoie au quiz là où l’article pose des questions au lecteur', () => {
  expect(linksOf(bodyOf('choisir-sa-voie.mdx'))).toContain('/quiz/');
});

it('range les articles dans l’ordre de lecture 1 à 8', () => {
  const orders = articleFiles.map((file) => articleSchema.parse(articles.get(file)?.frontmatter).order);
  expect(orders).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
});
