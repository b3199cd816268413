/**
 * French UI strings of the counselor kit: the shortlist (« Ma sélection ») and its toggle, the
 * comparison, the build-time QR code, the home page's first steps and the footer links (merged into the
 * dictionary by src/i18n/fr.ts). The prose of the static pages (/conseillers/, the workshop sheet,
 * /confidentialite/) lives in those pages: every island ships the whole dictionary.
 * Typography: ’, « » with a no-break space inside, a no-break space before : ; ? ! and %. `{name}`
 * placeholders are filled by `t()`.
 */
export const kitFr = {
  'home.seekerHeading': 'Vous cherchez un emploi',
  'home.seekerText':
    'Parcourez les métiers du front office et du back office, mettez de côté ceux qui vous attirent et comparez-les : niveaux d’accès, compétences, évolutions.',
  'home.seekerCta': 'Explorer les métiers',
  'home.counselorHeading': 'Vous êtes conseiller ou conseillère',
  'home.counselorText':
    'Un atelier de 45 minutes prêt à animer avec le quiz et l’explorateur, une fiche à imprimer, et d’où viennent les données.',
  'home.counselorCta': 'Le kit conseillers',

  'kit.footer.nav': 'Liens utiles',
  'kit.footer.shortlist': 'Ma sélection',
  'kit.footer.privacy': 'Confidentialité et mentions',

  'kit.toggle.add': 'Ajouter à ma sélection',
  'kit.toggle.added': 'Dans ma sélection',
  'kit.toggle.full': 'Votre sélection est pleine (50 métiers) : retirez-en un pour en ajouter un autre.',

  'kit.role.compare': 'Comparer avec…',
  'kit.role.shortlist': 'Voir ma sélection',

  'kit.qr.summary': 'Afficher l’adresse et le QR code de cette page',
  'kit.qr.name': 'QR code qui ouvre {label}',
  'kit.qr.roleLabel': 'la fiche métier « {title} »',
  'kit.qr.printHeading': 'Retrouver cette page en ligne :',

  'kit.explorer.share': 'Partager cette recherche (lien ou QR code)',
  'kit.explorer.shareTitle': 'Ma recherche de métiers sur Orient’Office',

  'kit.notice.reset-corrupt': 'Votre sélection enregistrée n’a pas pu être relue : elle repart de zéro.',
  'kit.notice.trimmed':
    'Votre sélection enregistrée comptait plus de 50 métiers : seuls les 50 premiers ont été gardés.',
  'kit.notice.dismiss': 'Fermer ce message',
  'kit.storage.full':
    'Votre navigateur n’a plus de place pour garder votre sélection : elle reste affichée sur cette page, mais ce dernier changement sera perdu au rechargement.',
  'kit.storage.blocked':
    'Votre navigateur bloque le stockage de ce site : votre sélection fonctionne sur cette page, mais elle ne survivra pas à un rechargement.',

  'kit.shortlist.title': 'Ma sélection de métiers',
  'kit.shortlist.description':
    'Les métiers que vous avez mis de côté sur Orient’Office : retrouvez-les, comparez-les, partagez la liste par un lien ou un QR code.',
  'kit.shortlist.lead':
    'Les métiers que vous avez mis de côté en parcourant le site. La liste reste dans ce navigateur : rien n’est envoyé.',
  'kit.shortlist.noscript':
    'Votre sélection est gardée dans votre navigateur et s’affiche avec JavaScript. Activez-le pour la voir ; en attendant, vous pouvez parcourir les métiers.',
  'kit.shortlist.browse': 'Parcourir les métiers',
  'kit.shortlist.loading': 'Chargement de la liste des métiers…',
  'kit.shortlist.loadError':
    'Les noms des métiers n’ont pas pu être chargés : votre sélection est affichée par adresse de fiche.',
  'kit.shortlist.empty.heading': 'Votre sélection est vide',
  'kit.shortlist.empty.text':
    'Sur chaque fiche métier et dans les résultats de l’explorateur, le bouton « Ajouter à ma sélection » met un métier de côté. Il apparaîtra ici.',
  'kit.shortlist.count.one': '1 métier dans votre sélection',
  'kit.shortlist.count.many': '{count} métiers dans votre sélection',
  'kit.shortlist.unknownRole': 'Métier introuvable sur le site ({slug})',
  'kit.shortlist.choose': 'Comparer',
  'kit.shortlist.remove': 'Retirer',
  'kit.shortlist.removed': '« {title} » a été retiré de votre sélection.',
  'kit.shortlist.compareHint': 'Cochez « Comparer » sur 2 ou 3 métiers de la liste.',
  'kit.shortlist.compareChosen.one': '1 métier coché : cochez-en un ou deux autres.',
  'kit.shortlist.compareChosen.ready': '{count} métiers cochés.',
  'kit.shortlist.compareChosen.tooMany': '{count} métiers cochés : on en compare 3 au plus, décochez-en.',
  'kit.shortlist.compare': 'Comparer les métiers cochés',
  'kit.shortlist.print': 'Imprimer',
  'kit.shortlist.clear': 'Tout retirer',
  'kit.shortlist.clear.heading': 'Retirer tous les métiers ?',
  'kit.shortlist.clear.text':
    'Votre sélection sera vidée sur cet appareil. Pour la garder ailleurs, copiez d’abord son lien.',
  'kit.shortlist.clear.confirm': 'Oui, tout retirer',
  'kit.shortlist.clear.cancel': 'Annuler',
  'kit.shortlist.cleared': 'Votre sélection a été vidée.',
  'kit.shortlist.share.heading': 'Partager ma sélection',
  'kit.shortlist.share.text':
    'Le lien contient seulement les codes ROME des métiers de la liste. Ouvert sur un autre appareil, il montre la liste, que l’on peut ajouter à sa propre sélection.',
  'kit.shortlist.share.title': 'Ma sélection de métiers sur Orient’Office',

  'kit.shared.heading': 'Une sélection partagée avec vous',
  'kit.shared.text':
    'Cette liste vient d’un lien. Elle n’est pas encore dans votre sélection : ajoutez-la pour la garder sur cet appareil.',
  'kit.shared.addAll': 'Ajouter à ma sélection',
  'kit.shared.added.one': '1 métier ajouté à votre sélection.',
  'kit.shared.added.many': '{count} métiers ajoutés à votre sélection.',
  'kit.shared.added.none': 'Ces métiers étaient déjà dans votre sélection.',
  'kit.shared.left': '{count} n’ont pas pu être ajoutés : votre sélection est pleine (50 métiers).',
  'kit.shared.viewMine': 'Voir ma sélection',
  'kit.shared.unknown':
    'Ces entrées du lien ne correspondent à aucun métier du site et ont été ignorées : {names}.',
  'kit.shared.truncated': 'Le lien comptait plus de 50 métiers : seuls les 50 premiers sont affichés.',
  'kit.shared.loadError': 'La liste des métiers n’a pas pu être chargée. Réessayez dans un instant.',
  'kit.shared.none': 'Aucun métier de ce lien n’a été reconnu.',
  'kit.shared.error.heading': 'Ce lien ne peut pas être lu',
  'kit.shared.error.too-long':
    'Ce lien est trop long pour être une sélection de métiers. Demandez un nouveau lien à la personne qui vous l’a envoyé.',

  'kit.compare.title': 'Comparer des métiers',
  'kit.compare.description':
    'Deux ou trois métiers côte à côte : côté client ou coulisses, niveaux d’accès et diplômes, compétences en commun, profil RIASEC et évolutions.',
  'kit.compare.lead':
    'Deux ou trois métiers côte à côte, critère par critère : ce qui les rapproche et ce qui les distingue.',
  'kit.compare.noscript.heading': 'La comparaison a besoin de JavaScript',
  'kit.compare.noscript.text':
    'Activez JavaScript pour comparer des métiers. En attendant, chaque fiche de l’explorateur donne les mêmes informations, métier par métier.',
  'kit.compare.loading': 'Chargement des métiers…',
  'kit.compare.loadError': 'Les métiers n’ont pas pu être chargés. Réessayez dans un instant.',
  'kit.compare.unknown': 'Ces métiers de l’adresse sont inconnus du site et ont été ignorés : {names}.',
  'kit.compare.dropped':
    'On compare 3 métiers au plus : les 3 premiers sont affichés. Laissés de côté : {names}.',
  'kit.compare.tooLong': 'L’adresse est trop longue pour être lue : choisissez les métiers ci-dessous.',
  'kit.compare.empty':
    'Choisissez deux ou trois métiers à comparer, dans votre sélection ou dans la liste ci-dessous.',
  'kit.compare.one': 'Ajoutez un ou deux métiers à comparer avec « {title} ».',
  'kit.compare.rolesLabel': 'Métiers comparés',
  'kit.compare.remove': 'Retirer de la comparaison',
  'kit.compare.removed': '« {title} » a été retiré de la comparaison.',
  'kit.compare.added': '« {title} » a été ajouté à la comparaison.',
  'kit.compare.add.heading': 'Ajouter un métier',
  'kit.compare.add.label': 'Métier à ajouter à la comparaison',
  'kit.compare.add.choose': 'Choisir un métier…',
  'kit.compare.add.button': 'Ajouter',
  'kit.compare.add.full': 'La comparaison compte déjà 3 métiers : retirez-en un pour en ajouter un autre.',
  'kit.compare.fromShortlist': 'Depuis ma sélection :',
  'kit.compare.addFromShortlist': 'Ajouter',
  'kit.compare.shortlistLink': 'Ma sélection',
  'kit.compare.criterion.office': 'Côté et famille',
  'kit.compare.criterion.access': 'Niveaux d’accès et diplômes',
  'kit.compare.criterion.skills': 'Compétences clés',
  'kit.compare.criterion.conditions': 'Conditions de travail',
  'kit.compare.noConditions': 'Ni horaires particuliers ni déplacements signalés par le ROME.',
  'kit.compare.conditionsSource':
    'D’après les contextes de travail des fiches du ROME (v460) : souvent, pas toujours ; cela varie selon l’employeur.',
  'kit.compare.criterion.riasec': 'Profil d’intérêts (RIASEC)',
  'kit.compare.criterion.leads': 'Où ce métier peut mener',
  'kit.compare.entryLevel': 'Niveau d’entrée courant : {level}',
  'kit.compare.levels': 'Niveaux d’accès : {levels}',
  'kit.compare.noLevel': 'Aucun niveau de diplôme cité.',
  'kit.compare.diplomas': 'Diplômes qui y mènent :',
  'kit.compare.diploma': '{name} ({level})',
  'kit.compare.skillsIntro':
    'Les savoir-être, puis les premiers savoir-faire de chaque fiche ROME. La mention « En commun » signale une compétence que la fiche d’un autre métier comparé cite aussi.',
  'kit.compare.sharedWith': 'En commun avec {titles}',
  'kit.compare.sharedHeading': 'Compétences en commun',
  'kit.compare.sharedIntro':
    'Les compétences que les fiches ROME de plusieurs métiers comparés citent toutes :',
  'kit.compare.sharedBy': '{skill} — {titles}',
  'kit.compare.sharedAll': 'les {count} métiers',
  'kit.compare.sharedNone': 'Les fiches ROME de ces métiers ne citent aucune compétence en commun.',
  'kit.compare.sharedMore': 'Voir les {count} autres compétences en commun',
  'kit.compare.riasecMajor': 'Dominante : {letter} — {name}',
  'kit.compare.riasecMinor': 'Secondaire : {letter} — {name}',
  'kit.compare.riasecNone': 'Le ROME ne donne pas de profil RIASEC.',
  'kit.compare.leads.path': 'Un parcours possible :',
  'kit.compare.leads.mobility': 'Passerelles du ROME v460 :',
  'kit.compare.leads.none': 'Le ROME v460 ne propose pas de passerelle.',
  'kit.compare.leads.more': 'et {count} autres sur la fiche',
  'kit.compare.share.heading': 'Partager cette comparaison',
  'kit.compare.share.title': 'Comparaison de métiers sur Orient’Office',
  'kit.compare.print': 'Imprimer',
} as const;
