/**
 * Written personas for the quiz: realistic people, answered statement by statement, with the family,
 * the side and the roles a counselor would name for them. Used by `personas.test.ts` and by
 * `npm run eval:quiz` (which prints the rank of the expected role). Pure data and one helper that
 * plays a persona through both stages as the quiz island would.
 *
 * How a persona answers: `likes` are « Tout à fait moi » (5), `ok` « Plutôt moi » (4), `neutral`
 * « Entre les deux » (3), `dislikes` « Pas du tout moi » (1); every statement not listed gets
 * « Plutôt pas moi » (2). Reverse-worded statements are listed like the others, answered the way the
 * person would read them (a numbers person agrees with « Préférer ne jamais avoir à vendre… »).
 * Second stage: `tracks` gives the answer to every statement of a road (`developpement: 5`); roads
 * not listed get 3.
 */
import type { ItemBank } from '../../schemas/quiz';
import type { Family } from '../../schemas/taxonomy';
import type { Answer } from './answers';
import type { ConditionPreference, QuizCondition, StudyLevel } from './practical';
import type { RoleSummary } from '../roles/summary';
import { suggestRoles, type RoleSuggestions } from './roles';
import { officeLeaning, type OfficeLeaning } from './result-view';
import { scoreAnswers, scoreTracks, stage2FamiliesFor, type QuizResult } from './scoring';

export interface Persona {
  name: string;
  likes: readonly string[];
  ok?: readonly string[];
  neutral?: readonly string[];
  dislikes?: readonly string[];
  tracks: Readonly<Record<string, Answer>>;
  /** The « typical day » the persona picks if the tie-break question offers it. */
  tieBreak?: Family;
  level: StudyLevel | null;
  conditions?: Readonly<Partial<Record<QuizCondition, ConditionPreference>>>;
  expected: {
    family: Family;
    /** The side the person leans to; 'any' when a counselor would not say. */
    office: OfficeLeaning | 'any';
    /** At least one of these ROME codes must be among the suggested roles. */
    roles: readonly string[];
  };
}

export const personas: readonly Persona[] = [
  {
    name: 'Lina, 17 ans, aime les chiffres et que tout tombe juste',
    likes: ['chiffres-justes', 'chiffres-budget', 'chiffres-erreur', 'equipe-salaires'],
    ok: [
      'chiffres-entreprise',
      'organiser-dossiers',
      'organiser-planning',
      'info-logique',
      'vendre-jamais',
      'accueil-eviter',
    ],
    neutral: ['equipe-regles', 'info-eviter', 'marque-indifferent', 'equipe-eviter'],
    dislikes: ['vendre-convaincre', 'vendre-objectifs', 'marque-affiche', 'marque-reseaux', 'chiffres-ennui'],
    tracks: { comptabilite: 5, controle: 3, tresorerie: 3, banque: 2 },
    level: 5,
    expected: { family: 'finance-comptabilite', office: 'back', roles: ['M1203'] },
  },
  {
    name: 'Karim, veut conseiller des clients sur leur argent, en agence bancaire',
    likes: ['vendre-convaincre', 'chiffres-budget', 'vendre-objectifs', 'accueil-calme'],
    ok: [
      'vendre-negocier',
      'vendre-magasin',
      'accueil-sourire',
      'accueil-patience',
      'chiffres-entreprise',
      'chiffres-justes',
      'info-eviter',
    ],
    neutral: ['equipe-eviter', 'organiser-formulaires', 'marque-acheteurs'],
    dislikes: [
      'info-coder',
      'info-reparer',
      'info-pirates',
      'vendre-jamais',
      'chiffres-ennui',
      'accueil-eviter',
    ],
    tracks: {
      'banque-assurance': 5,
      banque: 5,
      terrain: 3,
      tresorerie: 3,
      boutique: 2,
      comptabilite: 2,
      controle: 2,
    },
    level: 5,
    expected: { family: 'ventes', office: 'front', roles: ['C1206'] },
  },
  {
    name: 'Hugo, code des sites web depuis le collège',
    likes: ['info-coder', 'info-logique'],
    ok: [
      'info-pirates',
      'info-reparer',
      'marque-reseaux',
      'chiffres-justes',
      'vendre-jamais',
      'accueil-eviter',
    ],
    neutral: [
      'marque-affiche',
      'organiser-planning',
      'marque-indifferent',
      'equipe-eviter',
      'organiser-formulaires',
    ],
    dislikes: [
      'vendre-convaincre',
      'vendre-objectifs',
      'accueil-sourire',
      'accueil-telephone',
      'info-eviter',
    ],
    tracks: { developpement: 5, data: 3, reseaux: 2, support: 2 },
    level: 6,
    expected: { family: 'informatique', office: 'back', roles: ['M1855', 'M1805'] },
  },
  {
    name: 'Enzo, répare les ordinateurs de toute sa famille',
    likes: ['info-reparer', 'info-pirates'],
    ok: ['info-logique', 'accueil-patience', 'info-coder', 'vendre-jamais'],
    neutral: [
      'accueil-telephone',
      'organiser-planning',
      'accueil-eviter',
      'marque-indifferent',
      'equipe-eviter',
      'organiser-formulaires',
    ],
    dislikes: ['vendre-objectifs', 'marque-affiche', 'chiffres-entreprise', 'info-eviter'],
    tracks: { support: 5, reseaux: 4, developpement: 2, data: 1 },
    level: 4,
    expected: { family: 'informatique', office: 'back', roles: ['I1401', 'I1404'] },
  },
  {
    name: 'Sarah, aime accueillir et renseigner les gens',
    likes: ['accueil-sourire', 'accueil-patience', 'accueil-calme'],
    ok: [
      'accueil-telephone',
      'organiser-agenda',
      'vendre-magasin',
      'marque-evenement',
      'info-eviter',
      'chiffres-ennui',
    ],
    neutral: ['organiser-planning', 'equipe-former', 'marque-indifferent', 'equipe-eviter', 'vendre-jamais'],
    dislikes: ['info-coder', 'info-pirates', 'chiffres-erreur', 'chiffres-justes', 'accueil-eviter'],
    tracks: { accueil: 5, relation: 3, distance: 2 },
    level: 4,
    expected: { family: 'service-client', office: 'front', roles: ['G1703', 'M1601'] },
  },
  {
    name: 'Inès, CAP en poche, veut vendre en boutique de vêtements',
    likes: ['vendre-magasin', 'vendre-convaincre'],
    ok: [
      'accueil-sourire',
      'vendre-objectifs',
      'accueil-calme',
      'marque-affiche',
      'info-eviter',
      'chiffres-ennui',
    ],
    neutral: ['accueil-patience', 'marque-reseaux', 'organiser-formulaires', 'equipe-eviter'],
    dislikes: ['info-coder', 'chiffres-erreur', 'organiser-dossiers', 'vendre-jamais', 'accueil-eviter'],
    tracks: { boutique: 5, terrain: 2, 'banque-assurance': 1 },
    level: 3,
    expected: {
      family: 'ventes',
      office: 'front',
      roles: ['D1214', 'D1211', 'D1212', 'D1507', 'D1505', 'D1502'],
    },
  },
  {
    name: 'Nadia, aime que chaque salaire soit juste et connaît les règles',
    likes: ['equipe-salaires', 'equipe-regles', 'chiffres-justes'],
    ok: ['chiffres-erreur', 'organiser-dossiers', 'equipe-former', 'vendre-jamais', 'accueil-eviter'],
    neutral: ['chiffres-budget', 'organiser-planning', 'info-eviter', 'marque-indifferent'],
    dislikes: [
      'vendre-convaincre',
      'vendre-objectifs',
      'marque-affiche',
      'marque-reseaux',
      'equipe-eviter',
      'chiffres-ennui',
    ],
    tracks: { paie: 5, administration: 4, recrutement: 2, formation: 2, comptabilite: 3 },
    level: 5,
    expected: { family: 'rh-paie', office: 'back', roles: ['M1507'] },
  },
  {
    name: 'Thomas, veut trouver la bonne personne pour chaque poste',
    likes: ['equipe-recruter', 'equipe-former'],
    ok: ['accueil-sourire', 'vendre-convaincre', 'equipe-regles', 'accueil-patience', 'info-eviter'],
    neutral: [
      'organiser-planning',
      'organiser-dossiers',
      'marque-acheteurs',
      'chiffres-ennui',
      'vendre-jamais',
      'marque-indifferent',
    ],
    dislikes: ['info-coder', 'info-reparer', 'chiffres-erreur', 'equipe-eviter', 'accueil-eviter'],
    tracks: { recrutement: 5, formation: 3, administration: 3, paie: 1 },
    level: 6,
    expected: { family: 'rh-paie', office: 'any', roles: ['M1502'] },
  },
  {
    name: 'Jade, anime le compte Instagram de son club et suit ses statistiques',
    likes: ['marque-reseaux', 'marque-affiche', 'marque-acheteurs'],
    ok: ['marque-evenement', 'info-coder', 'vendre-convaincre', 'chiffres-ennui'],
    neutral: [
      'accueil-sourire',
      'chiffres-entreprise',
      'organiser-planning',
      'info-eviter',
      'equipe-eviter',
      'vendre-jamais',
    ],
    dislikes: ['chiffres-justes', 'organiser-dossiers', 'equipe-salaires', 'marque-indifferent'],
    tracks: { digital: 5, communication: 4, etudes: 3, produit: 3 },
    level: 6,
    expected: { family: 'marketing', office: 'front', roles: ['M1718', 'E1101'] },
  },
  {
    name: 'Yanis, calme au téléphone, aime régler les problèmes des clients',
    likes: ['accueil-telephone', 'accueil-calme', 'accueil-patience'],
    ok: ['accueil-sourire', 'organiser-dossiers', 'info-reparer', 'vendre-jamais'],
    neutral: [
      'organiser-planning',
      'vendre-magasin',
      'info-eviter',
      'marque-indifferent',
      'equipe-eviter',
      'chiffres-ennui',
    ],
    dislikes: ['vendre-objectifs', 'marque-affiche', 'chiffres-entreprise', 'accueil-eviter'],
    tracks: { distance: 5, relation: 4, accueil: 2 },
    level: 4,
    expected: { family: 'service-client', office: 'front', roles: ['D1408'] },
  },
  {
    name: 'Camille, aime que les commandes partent et arrivent à temps',
    likes: ['organiser-livraisons', 'organiser-planning'],
    ok: ['organiser-dossiers', 'chiffres-erreur', 'vendre-negocier'],
    neutral: [
      'chiffres-budget',
      'accueil-telephone',
      'vendre-jamais',
      'info-eviter',
      'accueil-eviter',
      'marque-indifferent',
      'equipe-eviter',
      'chiffres-ennui',
    ],
    dislikes: ['marque-affiche', 'info-coder', 'equipe-recruter', 'organiser-formulaires'],
    tracks: { logistique: 5, gestion: 3, assistanat: 2 },
    level: 4,
    expected: {
      family: 'operations-administration',
      office: 'back',
      roles: ['D1409', 'N1303', 'M1619', 'N1302', 'D1431'],
    },
  },
  {
    name: 'Sophie, organise tout pour sa responsable : agenda, courrier, réunions',
    likes: ['organiser-agenda', 'organiser-planning', 'organiser-dossiers'],
    ok: ['accueil-telephone', 'chiffres-erreur', 'equipe-regles', 'vendre-jamais'],
    neutral: [
      'accueil-sourire',
      'chiffres-budget',
      'info-eviter',
      'accueil-eviter',
      'marque-indifferent',
      'equipe-eviter',
    ],
    dislikes: ['vendre-objectifs', 'info-coder', 'marque-reseaux', 'organiser-formulaires'],
    tracks: { assistanat: 5, gestion: 3, logistique: 2 },
    level: 5,
    expected: { family: 'operations-administration', office: 'back', roles: ['M1604'] },
  },
  {
    name: 'Léo, fait parler les chiffres avec des programmes et des graphiques',
    likes: ['info-coder', 'info-logique', 'chiffres-erreur'],
    ok: ['marque-acheteurs', 'chiffres-entreprise', 'info-pirates', 'vendre-jamais', 'accueil-eviter'],
    neutral: [
      'chiffres-justes',
      'chiffres-budget',
      'info-reparer',
      'marque-indifferent',
      'equipe-eviter',
      'organiser-formulaires',
    ],
    dislikes: ['vendre-objectifs', 'accueil-sourire', 'accueil-telephone', 'info-eviter', 'chiffres-ennui'],
    tracks: { data: 5, developpement: 3, reseaux: 1, support: 1, controle: 3 },
    level: 6,
    expected: { family: 'informatique', office: 'back', roles: ['M1419'] },
  },
  {
    name: 'Maxime, aime négocier avec des entreprises et avoir des objectifs',
    likes: ['vendre-negocier', 'vendre-objectifs', 'vendre-convaincre'],
    ok: ['marque-evenement', 'chiffres-entreprise', 'accueil-calme', 'info-eviter', 'chiffres-ennui'],
    neutral: [
      'vendre-magasin',
      'marque-acheteurs',
      'organiser-formulaires',
      'equipe-eviter',
      'marque-indifferent',
    ],
    dislikes: ['organiser-dossiers', 'info-coder', 'equipe-salaires', 'vendre-jamais', 'accueil-eviter'],
    tracks: { terrain: 5, 'banque-assurance': 2, boutique: 2 },
    level: 5,
    expected: { family: 'ventes', office: 'front', roles: ['D1410', 'D1407', 'D1402', 'D1416'] },
  },
  {
    name: 'Amandine, veut comprendre où part l’argent et conseiller la direction',
    likes: ['chiffres-entreprise', 'chiffres-budget', 'chiffres-erreur'],
    ok: ['info-logique', 'organiser-planning', 'chiffres-justes', 'marque-acheteurs', 'vendre-jamais'],
    neutral: [
      'equipe-regles',
      'organiser-dossiers',
      'accueil-eviter',
      'info-eviter',
      'marque-indifferent',
      'equipe-eviter',
    ],
    dislikes: ['accueil-sourire', 'vendre-magasin', 'marque-affiche', 'chiffres-ennui'],
    tracks: { controle: 5, tresorerie: 4, comptabilite: 3, banque: 2 },
    level: 6,
    expected: { family: 'finance-comptabilite', office: 'back', roles: ['M1204'] },
  },
  {
    name: 'Lucas, fait vivre la page d’une association et organise ses événements',
    likes: ['marque-reseaux', 'marque-affiche', 'marque-evenement'],
    ok: ['accueil-sourire', 'vendre-convaincre', 'marque-acheteurs', 'chiffres-ennui'],
    neutral: ['info-coder', 'organiser-planning', 'info-eviter', 'equipe-eviter', 'vendre-jamais'],
    dislikes: ['chiffres-justes', 'chiffres-erreur', 'organiser-dossiers', 'marque-indifferent'],
    tracks: { digital: 5, communication: 5, etudes: 2, produit: 2 },
    level: 6,
    expected: { family: 'marketing', office: 'front', roles: ['E1101', 'M1718', 'E1112'] },
  },
  {
    name: 'Fatou, aime que les dossiers soient traités et bien rangés',
    likes: ['organiser-dossiers', 'organiser-agenda'],
    ok: ['accueil-telephone', 'organiser-planning', 'chiffres-erreur', 'vendre-jamais'],
    neutral: [
      'accueil-sourire',
      'equipe-regles',
      'accueil-eviter',
      'info-eviter',
      'marque-indifferent',
      'equipe-eviter',
    ],
    dislikes: ['vendre-objectifs', 'marque-affiche', 'info-coder', 'organiser-formulaires'],
    tracks: { gestion: 5, assistanat: 4, logistique: 2 },
    level: 3,
    expected: { family: 'operations-administration', office: 'back', roles: ['M1602', 'M1607', 'M1621'] },
  },
  {
    name: 'Noah, protège le réseau de son lycée contre les virus',
    likes: ['info-pirates', 'info-reparer', 'info-logique'],
    ok: ['info-coder', 'organiser-planning', 'vendre-jamais', 'accueil-eviter'],
    neutral: [
      'chiffres-justes',
      'accueil-patience',
      'marque-indifferent',
      'equipe-eviter',
      'organiser-formulaires',
    ],
    dislikes: ['vendre-convaincre', 'marque-affiche', 'equipe-recruter', 'info-eviter'],
    tracks: { reseaux: 5, support: 4, developpement: 2, data: 2 },
    level: 6,
    expected: { family: 'informatique', office: 'back', roles: ['M1801', 'M1816', 'M1830', 'M1854'] },
  },
];

export interface PersonaRun {
  result: QuizResult;
  stage2: Family[];
  suggestions: RoleSuggestions<RoleSummary>;
  office: OfficeLeaning;
}

/** Every first-stage answer of a persona, by item id. */
export function firstStageAnswers(bank: Pick<ItemBank, 'items'>, persona: Persona): Record<string, Answer> {
  const answerOf = (id: string): Answer => {
    if (persona.likes.includes(id)) return 5;
    if (persona.ok?.includes(id)) return 4;
    if (persona.neutral?.includes(id)) return 3;
    if (persona.dislikes?.includes(id)) return 1;
    return 2;
  };
  return Object.fromEntries(bank.items.map(({ id }) => [id, answerOf(id)]));
}

/** Plays a persona through both stages, the tie-break and the practical questions, as the quiz would. */
export function runPersona(bank: ItemBank, roles: readonly RoleSummary[], persona: Persona): PersonaRun {
  const answers: Record<string, Answer> = firstStageAnswers(bank, persona);
  const firstResult = scoreAnswers(bank, answers);
  // Asked « which of these two days? », the persona picks its `tieBreak` day if offered, else skips.
  const tieBreak = firstResult.tieBreakPair?.find((family) => family === persona.tieBreak) ?? null;
  const result = scoreAnswers(bank, answers, tieBreak);
  const stage2 = stage2FamiliesFor(bank, result);
  for (const family of stage2)
    for (const item of bank.stage2?.[family]?.items ?? []) answers[item.id] = persona.tracks[item.track] ?? 3;
  const suggestions = suggestRoles(
    bank,
    result,
    {
      tracks: scoreTracks(bank, answers, stage2),
      level: persona.level,
      conditions: persona.conditions ?? {},
    },
    roles,
  );
  return { result, stage2, suggestions, office: officeLeaning(result) };
}
