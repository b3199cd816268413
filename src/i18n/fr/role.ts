/**
 * French UI strings of the role pages (/metiers/<slug>/) and of the working conditions, merged into the
 * dictionary by src/i18n/fr.ts. Plain words for a reader who does not know ROME's vocabulary: ROME is
 * named as the source, never as jargon (« passerelle », « périmètre »…).
 * Typography: ’, « » with a no-break space inside, a no-break space before : ; ? ! `{name}` placeholders
 * are filled by `t()`.
 */
export const roleFr = {
  'role.keyFacts': 'L’essentiel',
  'role.fact.office': 'Côté',
  'role.fact.family': 'Famille',
  'role.fact.alsoIn': 'Aussi en',
  'role.fact.entryLevel': 'Niveau d’entrée courant',
  'role.fact.diplomas': 'Diplômes typiques',
  'role.fact.hours': 'Horaires',
  'role.fact.contact': 'Contact client',
  'role.fact.cadre': 'Statut cadre',
  'role.fact.unknown': 'Non précisé',
  'role.fact.none': 'Aucun diplôme exigé',
  'role.hours.regular': 'En journée',
  'role.hours.notSaid': 'Non précisés par le ROME',
  'role.contact.front': 'Au cœur du métier',
  'role.contact.both': 'Une partie du temps',
  'role.contact.back': 'Peu ou pas (en coulisses)',
  'role.cadre.yes': 'Emplois de cadre',
  'role.cadre.no': 'Emplois non cadres',

  'role.job': 'Le métier',
  'role.definition': 'La définition officielle',
  'role.definitionSource': 'Définition : France Travail, ROME 4.0 (v460), Licence Ouverte.',
  'role.accessSource': 'Accès au métier : France Travail, ROME 4.0 (v460), Licence Ouverte.',

  'role.conditions': 'Conditions de travail',
  'role.conditionsIntro':
    'Ce que la fiche du ROME signale souvent pour ce métier (cela varie selon l’employeur) :',
  'role.conditionsNone':
    'La fiche du ROME ne signale ni horaires particuliers ni déplacements pour ce métier.',
  'role.conditionsAll': 'Tous les contextes de travail cités par le ROME ({count})',
  'role.conditionsSource':
    'Source : contextes de travail de la fiche, France Travail, ROME 4.0 (v460). Un contexte absent ne veut pas dire « jamais ».',
  'conditions.weekend': 'Travail le week-end ou les jours fériés',
  'conditions.night': 'Travail de nuit',
  'conditions.shifts': 'Horaires décalés ou par roulement',
  'conditions.travel': 'Déplacements',
  'conditions.remote': 'Télétravail possible',
  'conditions.public': 'Contact avec le public',
  'conditions.standing': 'Station debout prolongée',
  'conditions.daytime': 'Travail en journée',

  'role.interests': 'Ce qui attire vers ce métier',
  'role.interestsIntro': 'Les centres d’intérêt que le ROME associe à ce métier :',
  'role.interestPrincipal': 'le principal',
  'role.riasecLine': 'Profil d’intérêts (RIASEC) : {profile}.',
  'role.riasecLetter': '{name} ({letter}) — {text}',
  'role.riasecNone': 'Le ROME ne donne pas de profil d’intérêts pour cette fiche.',

  'role.access': 'Diplômes et niveaux d’accès',
  'role.entryLevel': 'Niveau d’entrée courant : {level}.',
  'role.entrySource.curated': 'Niveau donné par la fiche rédigée par l’équipe.',
  'role.entrySource.reviewed':
    'Niveau relevé par l’équipe dans le texte d’accès du ROME et les diplômes qui y mènent.',
  'role.entrySource.rome': 'Niveau le plus bas que cite le texte d’accès du ROME.',
  'role.entryLevelNone': 'Le ROME ne cite pas de niveau de diplôme pour ce métier.',
  'role.diplomas': 'Diplômes qui y mènent',
  'role.diplomasNone':
    'Aucun diplôme de notre catalogue n’est rattaché à ce métier pour l’instant : voir ce que dit le ROME ci-dessous.',
  'role.diplomaLevel': '{level}',
  'role.romeLevels': 'Le texte du ROME cite : {levels}.',
  'role.romeLevelsDiffer':
    'Le ROME cite les diplômes avec lesquels on exerce ce métier, parfois jusqu’aux plus élevés ; le niveau d’entrée courant est celui auquel on débute le plus souvent. D’où l’écart entre les deux.',
  'role.romeAccess': 'Ce que dit le ROME',

  'role.progression': 'Où ce métier peut mener',
  'role.progressionPath': 'Un parcours possible, étape par étape :',
  'role.progressionFan': 'Les métiers vers lesquels le ROME indique qu’on peut évoluer ou changer :',
  'role.progressionNone': 'Le ROME n’indique pas d’évolution depuis ce métier.',
  'role.link.mobilite': 'évolution indiquée par le ROME',
  'role.link.parcours-courant': 'parcours courant',
  'role.step': 'Étape {n}',
  'role.notOnSite': 'métier non présenté sur ce site',
  'role.thisStep': 'ce métier',

  'role.skills': 'Compétences',
  'role.savoirFaire': 'Savoir-faire',
  'role.savoirEtre': 'Savoir-être professionnels',
  'role.savoirs': 'Savoirs',
  'role.more': 'Les {count} autres',
  'role.jobTitles': 'Intitulés de poste',
  'role.jobTitlesIntro': 'Les intitulés sous lesquels ce métier est proposé dans les offres d’emploi :',
  'role.related': 'Métiers proches',
  'role.cadre': 'Emplois de cadre',
  'role.classification': 'Pourquoi ce métier est rangé ici : {reason}',
  'role.reference': 'Fiche métier de France Travail : {code}, « {label} ».',
  'role.description':
    '{title} : ce que fait ce métier, ses conditions de travail, comment y entrer et où il mène.',

  'scope.title': 'Ce que couvre l’explorateur',
  'scope.description':
    'Quels métiers l’explorateur présente, lesquels il laisse de côté et pourquoi : la règle, les chiffres par famille et la liste des fiches écartées.',
  'scope.lead':
    'L’explorateur présente {roles} métiers du front office et du back office, dont {curated} avec une fiche rédigée par l’équipe. Voici la règle qui les choisit.',
  'scope.rule': 'La règle',
  'scope.ruleIn':
    'Un métier y figure quand son travail est une fonction de l’entreprise : tournée vers le client (vente, marketing et communication, service client et accueil) ou de support (finance et comptabilité, ressources humaines et paie, informatique, opérations, administration, logistique administrative, achats, juridique). Les fiches viennent surtout des domaines « Commerce, vente » et « Support à l’entreprise » du ROME, complétées par la banque, l’assurance, l’immobilier, l’hôtellerie, le transit et le droit.',
  'scope.ruleOut':
    'N’y figurent pas l’artisanat de production (boucherie, boulangerie…), les soins à la personne (coiffure, esthétique), les métiers scientifiques que le ROME range avec l’informatique (météo, cartographie), les médecins et la régulation médicale, les tournées de distribution et les métiers militaires.',
  'scope.counts': 'Les métiers par famille',
  'scope.familyLine':
    '{main} métiers, dont {curated} avec une fiche rédigée ; {also} autres y figurent aussi',
  'scope.excluded': 'Les {count} fiches du ROME laissées de côté',
  'scope.excludedIntro': 'Chaque fiche écartée, avec la raison :',
} as const;
