/**
 * The French UI dictionary: every string the interface shows (not the articles, which are content).
 * The reference language: other dictionaries may leave keys out and fall back to these.
 * Each feature with many strings keeps them in its own file under `fr/`, merged here.
 */
import { explorerFr } from './fr/explorer';
import { glossaryFr } from './fr/glossary';
import { groupFr } from './fr/group';
import { kitFr } from './fr/kit';
import { quizFr } from './fr/quiz';
import { roleFr } from './fr/role';
import { shareFr } from './fr/share';

export const fr = {
  ...quizFr,
  ...shareFr,
  ...explorerFr,
  ...kitFr,
  ...roleFr,
  ...glossaryFr,
  ...groupFr,
  'site.name': 'Orient’Office',
  'site.tagline': 'Côté client ou côté coulisses ?',
  'site.description':
    'Front office ou back office : comprendre les deux côtés de l’entreprise et trouver les métiers qui vous ressemblent.',

  'a11y.skipLink': 'Aller au contenu',
  'a11y.mainNav': 'Navigation principale',
  'a11y.breadcrumb': 'Fil d’Ariane',
  'a11y.articleNav': 'Articles suivant et précédent',
  'a11y.toc': 'Sommaire de l’article',

  'nav.home': 'Accueil',
  'nav.articles': 'Articles',
  'nav.quiz': 'Quiz',
  'nav.roles': 'Métiers',
  'nav.counselors': 'Conseillers',

  'footer.privacy': 'Aucun compte, aucun cookie, aucun traceur : tout reste dans votre navigateur.',
  'footer.sources': 'Sources',
  'footer.sourceArticles': 'Articles rédigés par l’équipe Orient’Office.',
  'footer.sourceRome': 'Données métiers : France Travail, ROME 4.0 (v460), Licence Ouverte.',
  'footer.sourceLevels': 'Niveaux de diplôme : cadre national des certifications professionnelles (2019).',

  'home.title': 'Front office ou back office : trouvez votre côté',
  'home.lead':
    'Dans toute entreprise, certains métiers se jouent face aux clients, d’autres dans les coulisses. Orient’Office vous aide à comprendre les deux et à repérer ceux qui vous correspondent.',
  'home.startHeading': 'Par où commencer ?',
  'home.readerHeading': 'Vous découvrez le sujet',
  'home.readerText': 'Lisez l’essentiel en quelques minutes : ce que font le front office et le back office.',
  'home.readerCta': 'Lire la vue d’ensemble',
  'home.allArticles': 'Tous les articles',
  'home.articlesHeading': 'Les articles',

  'articles.title': 'Articles',
  'articles.description':
    'Front office, back office, compétences, accès, évolutions et reconversion : huit articles pour comprendre et choisir.',
  'articles.lead':
    'Huit articles pour comprendre les deux côtés de l’entreprise, y trouver des métiers et choisir, à lire dans l’ordre ou non.',
  'articles.updated': 'Mis à jour le {date}',
  'articles.readingTime': '{minutes} min de lecture',
  'articles.previous': 'Article précédent',
  'articles.next': 'Article suivant',

  'office.front': 'Front office',
  'office.back': 'Back office',
  'office.both': 'Front et back office',
  'office.front.short': 'Côté client',
  'office.back.short': 'Côté coulisses',
  'office.both.short': 'Des deux côtés',

  'family.ventes': 'Ventes',
  'family.marketing': 'Marketing et communication',
  'family.service-client': 'Service client et accueil',
  'family.finance-comptabilite': 'Finance et comptabilité',
  'family.rh-paie': 'Ressources humaines et paie',
  'family.informatique': 'Informatique',
  'family.operations-administration': 'Opérations et administration',

  'riasec.R': 'Réaliste',
  'riasec.I': 'Investigateur',
  'riasec.A': 'Artistique',
  'riasec.S': 'Social',
  'riasec.E': 'Entreprenant',
  'riasec.C': 'Conventionnel',
  'riasec.R.text': 'le concret : manipuler, fabriquer, réparer, agir sur le terrain',
  'riasec.I.text': 'comprendre : observer, analyser, chercher la cause d’un problème',
  'riasec.A.text': 'créer : imaginer, concevoir, s’exprimer',
  'riasec.S.text': 'les autres : aider, conseiller, accompagner, transmettre',
  'riasec.E.text': 'entreprendre : convaincre, négocier, décider, diriger',
  'riasec.C.text': 'l’organisation : ordonner, classer, suivre des règles et des chiffres précis',

  'level.0': 'Sans diplôme',
  'level.n': 'Niveau {level}',
  'level.3': 'Niveau 3 (CAP)',
  'level.4': 'Niveau 4 (Bac)',
  'level.5': 'Niveau 5 (Bac + 2)',
  'level.6': 'Niveau 6 (Bac + 3)',
  'level.7': 'Niveau 7 (Bac + 5)',
  'level.8': 'Niveau 8 (Doctorat)',

  'rome.source': 'Source : France Travail, ROME 4.0 (v460), Licence Ouverte',

  'notFound.title': 'Page introuvable',
  'notFound.description': 'Cette page n’existe pas ou a été déplacée.',
  'notFound.lead': 'La page demandée n’existe pas ou a été déplacée. Vérifiez l’adresse, ou repartez d’ici :',
} as const;

export type UIKey = keyof typeof fr;
