/**
 * French UI strings of the counselor's group view (/conseillers/groupe/, « Bilan de groupe »), of the
 * offline page and the installable app, and of « Ma sélection » in the header (merged into the
 * dictionary by src/i18n/fr.ts). The group island receives the `group.` keys it needs, picked at build
 * time (src/i18n/island-strings.ts).
 * Typography: ’, « » with a no-break space inside, a no-break space before : ; ? ! and %.
 */
export const groupFr = {
  'group.title': 'Bilan de groupe',
  'group.description':
    'Pour les conseillers : collez les liens ou les codes de résultat du quiz d’un groupe et obtenez un bilan anonyme, à projeter ou à imprimer.',
  'group.lead':
    'Collez les liens ou les codes de résultat du quiz de votre groupe. Le bilan se calcule sur cet appareil : rien n’est envoyé et aucun élève n’est nommé.',
  'group.noscript':
    'Le bilan de groupe se calcule dans le navigateur et a besoin de JavaScript. Activez-le, ou ouvrez les liens de résultat un par un.',
  'group.workshopLink': 'Retour à l’atelier de 45 minutes',

  'group.input.label': 'Liens ou codes de résultat, un par ligne ({max} au plus)',
  'group.input.hint':
    'Copiez-les depuis la messagerie de l’établissement ou un document partagé. Une ligne vide ou un doublon ne compte pas.',
  'group.input.read': 'Faire le bilan',
  'group.input.clear': 'Tout effacer',
  'group.input.cleared': 'La liste a été vidée.',
  'group.add.label': 'Ajouter un lien ou un code lu à l’écran',
  'group.add.button': 'Ajouter',
  'group.add.added.one': 'Ligne ajoutée : 1 résultat compté.',
  'group.add.added.many': 'Ligne ajoutée : {count} résultats comptés.',
  'group.add.refused': 'Ce code n’a pas été ajouté : {reason}.',
  'group.add.empty': 'Le champ est vide : tapez ou collez un lien ou un code.',

  'group.status.none': 'Aucun résultat lu pour l’instant.',
  'group.status.one': '1 résultat compté.',
  'group.status.many': '{count} résultats comptés.',
  'group.status.rejected.one': '1 ligne écartée.',
  'group.status.rejected.many': '{count} lignes écartées.',

  'group.rejected.heading': 'Lignes écartées',
  'group.rejected.line': 'Ligne {line} ({text}) : {reason}',
  'group.problem.truncated': 'le lien est coupé, il manque la fin',
  'group.problem.unknown-version': 'ce résultat vient d’une version du quiz que ce site ne connaît pas',
  'group.problem.damaged': 'ce n’est pas un lien ni un code de résultat du quiz',
  'group.problem.duplicate': 'même résultat que la ligne {first}',
  'group.problem.too-many': 'le bilan compte déjà {max} résultats',
  'group.problem.too-long': 'la ligne est trop longue pour être un lien',

  'group.empty':
    'Le bilan apparaîtra ici : collez au moins un lien ou un code, puis choisissez « Faire le bilan ».',

  'group.summary.heading': 'Le bilan du groupe',
  'group.summary.students.one': '1 élève',
  'group.summary.students.many': '{count} élèves',
  'group.summary.anonymous': 'Bilan anonyme, calculé sur cet appareil le {date}.',
  'group.summary.office.heading': 'Côté client ou côté coulisses',
  'group.summary.office.front': 'Penchent côté client (front office)',
  'group.summary.office.back': 'Penchent côté coulisses (back office)',
  'group.summary.office.balanced': 'Entre les deux',
  'group.summary.office.not-separated': 'Réponses trop semblables pour trancher',
  'group.summary.spread.heading': 'La répartition',
  'group.summary.spread.caption': 'Nombre d’élèves selon la part « côté client » de leurs réponses',
  'group.summary.spread.front-strong': 'Nettement côté client (70 % et plus)',
  'group.summary.spread.front': 'Plutôt côté client',
  'group.summary.spread.balanced': 'Entre les deux (écart de moins de 10 points)',
  'group.summary.spread.back': 'Plutôt côté coulisses',
  'group.summary.spread.back-strong': 'Nettement côté coulisses (70 % et plus)',
  'group.summary.spread.range': 'Part « côté client » : de {min} % à {max} % selon les élèves.',
  'group.summary.families.heading': 'Les familles de métiers en tête',
  'group.summary.families.note': 'Un résultat à égalité compte pour chaque famille en tête.',
  'group.summary.families.family': 'Famille',
  'group.summary.families.count': 'Élèves',
  'group.summary.toConfirm.heading': 'À confirmer',
  'group.summary.toConfirm.text':
    '{count} sur {total} : aucune famille ne se détache seule (égalité ou réponses trop proches).',
  'group.summary.roles.heading': 'Les métiers les plus proposés',
  'group.summary.roles.count.one': 'proposé à 1 élève',
  'group.summary.roles.count.many': 'proposé à {count} élèves',
  'group.summary.roles.none': 'Aucun métier proposé : aucun résultat n’a de famille en tête.',
  'group.summary.roles.loading': 'Chargement des métiers…',
  'group.summary.roles.error':
    'La liste des métiers n’a pas pu être chargée : le reste du bilan est complet.',

  'group.actions.project': 'Projeter le bilan',
  'group.actions.print': 'Imprimer (une page A4)',
  'group.projection.label': 'Bilan du groupe en projection',
  'group.projection.close': 'Fermer la projection',

  'group.share.heading': 'Rouvrir ce bilan',
  'group.share.text':
    'Ce lien contient les codes de résultat (les réponses, aucun nom) : ouvert sur un autre appareil, il refait le même bilan.',
  'group.share.title': 'Bilan de groupe Orient’Office',
  'group.share.length': 'Lien de {length} caractères.',

  'offline.title': 'Hors ligne',
  'offline.description': 'Cette page n’a pas encore été enregistrée sur cet appareil.',
  'offline.lead':
    'Vous êtes hors ligne et cette page n’a pas encore été ouverte sur cet appareil : elle n’est pas disponible sans réseau.',
  'offline.available':
    'Le quiz, son résultat, les articles, l’explorateur, votre sélection, la comparaison, le bilan de groupe et les pages déjà ouvertes restent disponibles.',
  'offline.retry': 'Réessayez quand le réseau revient.',

  'header.shortlist': 'Ma sélection',
  'header.shortlist.count.one': '{count} métier',
  'header.shortlist.count.many': '{count} métiers',
} as const;
