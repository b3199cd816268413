/** French UI strings of the job-role explorer (merged into the dictionary by src/i18n/fr.ts). */
export const explorerFr = {
  'explorer.title': 'Les métiers du front office et du back office',
  'explorer.description':
    'Cherchez parmi les métiers du front office et du back office : diplômes, niveaux, compétences et évolutions, d’après le ROME de France Travail.',
  'explorer.lead':
    '{roles} fiches métiers et {titles} intitulés de poste, côté client et côté coulisses. Cherchez un métier ou filtrez la liste.',
  'explorer.familiesNav': 'Aller à une famille de métiers',
  'explorer.from': 'dès le {level}',
  'explorer.searchLabel': 'Rechercher un métier, un intitulé de poste ou une compétence',
  'explorer.searchHint': 'Par exemple : comptable, fiscaliste, accueil, paie…',
  'explorer.filters': 'Filtres',
  'explorer.facet.office': 'Côté',
  'explorer.facet.family': 'Famille de métiers',
  'explorer.facet.level': 'Niveau d’accès',
  'explorer.facet.cadre': 'Emplois de cadre',
  'explorer.facet.riasec': 'Profil d’intérêts dominant (RIASEC)',
  'explorer.cadre.all': 'Tous',
  'explorer.cadre.oui': 'Oui',
  'explorer.cadre.non': 'Non',
  'explorer.clearAll': 'Tout effacer',
  'explorer.count.none': 'Aucun métier ne correspond.',
  'explorer.count.one': '1 métier correspond.',
  'explorer.count.many': '{count} métiers correspondent.',
  'explorer.loading': 'Chargement de la recherche…',
  'explorer.loadError':
    'La recherche n’a pas pu être chargée. La liste complète reste disponible ci-dessous.',
  'explorer.results': 'Résultats',
  'explorer.matched': 'trouvé via « {title} »',
  'explorer.emptyTitle': 'Aucun métier ne correspond à cette recherche',
  'explorer.emptyTips':
    'Vérifiez l’orthographe, essayez un mot plus court (« compta » plutôt que « comptabilité générale ») ou retirez un filtre.',
  'explorer.shareHint': 'L’adresse de cette page reproduit votre recherche : copiez-la pour la partager.',
} as const;
