/**
 * Proves that the articles (`content/articles/*.mdx`) cover every point of the source article, each
 * in the article where a reader expects it, and that they keep the structure the site relies on.
 * Each pattern is specific to one passage: deleting that passage makes its row fail. When an article
 * is reworded, update the pattern here rather than loosening it into a single common word.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/articles';

const articlesDir = new URL('../../content/articles/', import.meta.url);

const articleFiles = [
  'vue-ensemble.mdx',
  'front-office.mdx',
  'back-office.mdx',
  'devenir-agent-back-office.mdx',
  'carrieres-evolution.mdx',
  'comparatif.mdx',
  'choisir-sa-voie.mdx',
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

/** One point of the source, the article that must make it, and the patterns that prove it does. */
type CoveragePoint = readonly [point: string, article: ArticleFile, patterns: readonly RegExp[]];

const coverage: readonly CoveragePoint[] = [
  // Vue d'ensemble
  [
    'toute entreprise a deux grands ensembles',
    'vue-ensemble.mdx',
    [/toute entreprise[^.]*deux grands ensembles/i],
  ],
  [
    'le front office est en relation directe avec la clientèle',
    'vue-ensemble.mdx',
    [/relation directe avec la clientèle/i],
  ],
  [
    'le front office regroupe les ventes, le marketing et le service client',
    'vue-ensemble.mdx',
    [/activités tournées vers la clientèle[^.]*ventes, le marketing et le service client/i],
  ],
  [
    'le back office gère les opérations et les tâches administratives',
    'vue-ensemble.mdx',
    [/opérations et les tâches administratives/i],
  ],
  [
    'les deux offices sont indispensables à la réussite',
    'vue-ensemble.mdx',
    [/réussir sans l’un ou sans l’autre[^.]*deux offices sont indispensables/i],
  ],
  [
    'le back office soutient les ventes, le marketing et le service client',
    'vue-ensemble.mdx',
    [/soutenir les ventes, le marketing et le service client/i],
  ],
  [
    'connaître la différence aide qui veut travailler dans l’un ou l’autre',
    'vue-ensemble.mdx',
    [/différence vous aide à choisir/i, /toute personne qui souhaite y travailler/i],
  ],

  // Front office
  ['le front office est en contact avec la clientèle', 'front-office.mdx', [/en contact avec la clientèle/i]],
  [
    'les équipes parlent directement aux client·es',
    'front-office.mdx',
    [/parlent directement aux client·es/i],
  ],
  [
    'ses départements : ventes, marketing, service client',
    'front-office.mdx',
    [/^### Les ventes$/m, /^### Le marketing$/m, /^### Le service client$/m],
  ],
  ['mission : générer des revenus', 'front-office.mdx', [/générer des revenus/i]],
  ['mission : attirer de nouveaux clients', 'front-office.mdx', [/conquérir une nouvelle clientèle/i]],
  [
    'mission : fidéliser la clientèle existante par un excellent service',
    'front-office.mdx',
    [/fidéliser la clientèle existante[^.]*service excellent/i],
  ],
  [
    'compétences : communication, relations interpersonnelles, esprit client',
    'front-office.mdx',
    [/\*\*La communication\*\*/, /relations interpersonnelles/i, /état d’esprit orienté client/i],
  ],
  ['interaction quotidienne avec la clientèle', 'front-office.mdx', [/échangez quotidiennement/i]],
  ['un travail passionnant et gratifiant', 'front-office.mdx', [/passionnant et gratifiant/i]],
  ['un impact direct sur le succès de l’entreprise', 'front-office.mdx', [/impact direct sur la réussite/i]],
  [
    'des primes et des commissions liées aux performances, qui motivent',
    'front-office.mdx',
    [/primes ou des commissions versées selon les résultats/i, /vrai moteur pour se dépasser/i],
  ],

  // Back office
  [
    'le back office est le côté administratif et opérationnel',
    'back-office.mdx',
    [/administrative et opérationnelle/i],
  ],
  [
    'il travaille dans les coulisses, en fonctions administratives et de soutien',
    'back-office.mdx',
    [/travaille en général dans les coulisses/i, /missions d’administration et de soutien/i],
  ],
  [
    'ses départements : finance, comptabilité, RH, informatique, opérations',
    'back-office.mdx',
    [
      /^- \*\*La finance\*\*/m,
      /^- \*\*La comptabilité\*\*/m,
      /^- \*\*Les ressources humaines\*\*/m,
      /^- \*\*L’informatique\*\*/m,
      /^- \*\*Les opérations\*\*/m,
    ],
  ],
  [
    'ses tâches : paie, comptabilité, saisie de données, assistance informatique',
    'back-office.mdx',
    [
      /^- \*\*la paie\*\*/m,
      /^- \*\*la comptabilité\*\*/m,
      /^- \*\*la saisie de données\*\*/m,
      /^- \*\*l’assistance informatique\*\*/m,
    ],
  ],
  [
    'mission : veiller au bon fonctionnement de l’entreprise',
    'back-office.mdx',
    [/toute l’entreprise tourne sans accroc/i],
  ],
  [
    'le back office soutient les ventes, le marketing et le service client',
    'back-office.mdx',
    [/appui indispensable au front office[^.]*ventes, le marketing et le service client/i],
  ],
  [
    'compétences : analytiques, techniques, sens du détail',
    'back-office.mdx',
    [/solides compétences analytiques/i, /\*\*Des compétences techniques\*\*/, /\*\*Le sens du détail\*\*/],
  ],
  ['une carrière stable et gratifiante', 'back-office.mdx', [/carrière stable et gratifiante/i]],
  [
    'un salaire et des avantages sociaux compétitifs',
    'back-office.mdx',
    [/salaire compétitif[^.]*avantages sociaux/i],
  ],
  [
    'une rotation du personnel plus faible qu’en front office',
    'back-office.mdx',
    [/(rotation|turnover)[^.]*plus faible qu’en front office/i],
  ],
  [
    'convient à qui aime travailler de manière indépendante',
    'back-office.mdx',
    [/préfèrent travailler en autonomie/i],
  ],

  // Devenir agent·e de back office
  [
    'il faut un diplôme ou une certification en comptabilité, finance ou informatique',
    'devenir-agent-back-office.mdx',
    [/diplôme ou une certification dans un domaine proche[^.]*comptabilité, en finance ou en informatique/i],
  ],
  [
    'compétence technique : logiciels de comptabilité',
    'devenir-agent-back-office.mdx',
    [/logiciels de comptabilité/i],
  ],
  [
    'compétence technique : langages de programmation',
    'devenir-agent-back-office.mdx',
    [/langages de programmation/i],
  ],
  [
    'l’expérience dans un domaine proche est très appréciée des employeurs',
    'devenir-agent-back-office.mdx',
    [/apprécient beaucoup l’expérience dans un domaine proche/i],
  ],
  [
    'convient au travail indépendant et aux compétences analytiques',
    'devenir-agent-back-office.mdx',
    [/travailler de façon autonome[^.]*esprit d’analyse/i],
  ],

  // Carrières et évolution
  [
    'le back office offre avancement et spécialisation',
    'carrieres-evolution.mdx',
    [/progresser et se spécialiser/i],
  ],
  [
    'de la comptabilité générale à fiscaliste ou analyste financier·ère',
    'carrieres-evolution.mdx',
    [/débute en comptabilité générale/i, /\*\*Fiscaliste\*\*/, /\*\*Analyste financi/],
  ],
  [
    'côté front : vers chef·fe des ventes et responsable relation client',
    'carrieres-evolution.mdx',
    [/→ chef·fe des ventes/, /→ responsable relation client/],
  ],
  ['ces parcours sont courants, pas garantis', 'carrieres-evolution.mdx', [/ne sont pas automatiques/i]],

  // Comparatif
  [
    'les primes et commissions, face au salaire et avantages',
    'comparatif.mdx',
    [/^\| Rémunération +\|.*commissions.*avantages sociaux/m],
  ],
  [
    'la rotation du personnel, plus faible en back office',
    'comparatif.mdx',
    [/^\| Stabilité et rotation du personnel +\|[^|]*\|[^|]*(rotation|turnover)[^|]*plus faible[^|]*\|$/m],
  ],

  // Choisir sa voie (conclusion)
  [
    'les deux offices sont essentiels à la réussite',
    'choisir-sa-voie.mdx',
    [/aussi essentiels l’un que l’autre/i],
  ],
  [
    'comprendre les différences aide à choisir sa voie et les compétences à développer',
    'choisir-sa-voie.mdx',
    [/choisir la bonne voie professionnelle/i, /compétences développer pour réussir/i],
  ],
  [
    'chaque office a ses défis et ses opportunités',
    'choisir-sa-voie.mdx',
    [/ses défis et ses opportunités/i],
  ],
  [
    'le plus important : un rôle qui correspond à vos intérêts et points forts',
    'choisir-sa-voie.mdx',
    [/poste qui correspond à vos centres d’intérêt et à vos points forts/i],
  ],
  [
    'des questions pour se situer : contact, relation, stabilité',
    'choisir-sa-voie.mdx',
    [/^### Contact ou coulisses/m, /^### Relation ou analyse/m, /^### Résultats variables ou stabilité/m],
  ],
];

describe('couverture de l’article source', () => {
  it.each(coverage)('%s (%s)', (_point, file, patterns) => {
    const body = bodyOf(file);
    for (const pattern of patterns) expect(body).toMatch(pattern);
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
  ['Rémunération', /primes.*commissions/i, /salaire.*avantages sociaux/i],
  ['Stabilité et rotation du personnel', /rotation/i, /stable.*rotation.*plus faible/i],
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

  it('forme un seul tableau, suivi d’une section « À retenir »', () => {
    const body = bodyOf('comparatif.mdx');
    expect(body).toMatch(/\n\|[^\n]*\n(\|[^\n]*\n)+\n## À retenir\n/);
    expect(body.match(/^\| Critère +\|/gm)).toHaveLength(1);
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

describe.each(articleFiles)('%s', (file) => {
  const article = articles.get(file);
  const body = article?.body ?? '';
  const lines = body.split('\n');

  it('existe et a un frontmatter conforme au schéma', () => {
    expect(article, `${file} manque dans content/articles/`).toBeDefined();
    expect(() => articleSchema.parse(article?.frontmatter)).not.toThrow();
  });

  it('a une description de 160 caractères au plus', () => {
    const { description } = articleSchema.parse(article?.frontmatter);
    expect(description.length).toBeLessThanOrEqual(160);
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

  it('compte entre 350 et 800 mots', () => {
    const words = body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    expect(words).toBeGreaterThanOrEqual(350);
    expect(words).toBeLessThanOrEqual(800);
  });

  it('ne renvoie qu’à des articles qui existent', () => {
    for (const [, target] of body.matchAll(/\]\((\/[^)]*)\)/g)) {
      expect(target).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
      expect(allFiles, `lien vers ${target}`).toContain(`${target?.split('/')[2]}.mdx`);
    }
  });

  it('ne cite aucun chiffre, sauf des niveaux de certification', () => {
    expect(body.replace(/\(niveau [3-8]\)|de niveau [3-8]\b/g, '')).not.toMatch(/\d/);
  });
});

it('range les articles dans l’ordre de lecture 1 à 7', () => {
  const orders = articleFiles.map((file) => articleSchema.parse(articles.get(file)?.frontmatter).order);
  expect(orders).toEqual([1, 2, 3, 4, 5, 6, 7]);
});
