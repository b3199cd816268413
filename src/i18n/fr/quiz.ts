/**
 * French UI strings of the quiz: the intro, the steps, the result, the share component and the method
 * page for counselors (merged into the dictionary by src/i18n/fr.ts). Typography: ’, « » with a
 * no-break space inside, a no-break space before : ; ? ! and %, inclusive writing with the middle dot.
 * `{name}` placeholders are filled by `t()`.
 */
export const quizFr = {
  'home.studentHeading': 'Vous cherchez votre voie',
  'home.studentText':
    'Répondez au quiz en 7 à 8 minutes : vous verrez de quel côté vous penchez et quels métiers vous ressemblent.',
  'home.studentCta': 'Faire le quiz',

  'quiz.title': 'Quiz : côté client ou côté coulisses ?',
  'quiz.description':
    'Une quarantaine d’affirmations, 7 à 8 minutes : repérez les métiers du front office et du back office qui vous ressemblent. Vos réponses restent sur votre appareil.',
  'quiz.lead':
    'Dites si des activités vous ressemblent, et voyez de quel côté de l’entreprise vous penchez, côté client (front office) ou côté coulisses (back office), et quelles familles de métiers vous correspondent.',
  'quiz.intro.heading': 'Avant de commencer',
  'quiz.intro.durationLabel': '7 à 8 minutes.',
  'quiz.intro.durationText':
    '{count} affirmations en {steps} étapes, puis quelques-unes sur les familles qui ressortent, votre niveau d’études et vos conditions de travail. Vous pouvez revenir en arrière et changer une réponse à tout moment.',
  'quiz.intro.whatLabel': 'Un point de départ, pas un examen.',
  'quiz.intro.whatText':
    'Il n’y a ni bonne ni mauvaise réponse. Le résultat sert à lancer la conversation, avec une conseillère ou un conseiller d’orientation, ou vos proches ; il ne mesure ni votre valeur ni vos capacités.',
  'quiz.intro.privacyLabel': 'Vos réponses restent sur votre appareil.',
  'quiz.intro.privacyText':
    'Rien n’est envoyé : la progression est gardée dans votre navigateur, et le lien de résultat, que vous partagez seulement si vous le voulez, ne contient que vos réponses.',
  'quiz.intro.method': 'Comment le résultat est calculé',
  'quiz.noscript.heading': 'Le quiz a besoin de JavaScript',
  'quiz.noscript.text':
    'Activez JavaScript dans votre navigateur pour répondre au quiz. En attendant, vous pouvez lire les articles ou parcourir les métiers.',
  'quiz.noscript.articles': 'Lire les articles',
  'quiz.noscript.roles': 'Parcourir les métiers',

  'quiz.start': 'Commencer le quiz',
  'quiz.notice.reset-corrupt':
    'Votre progression enregistrée n’a pas pu être relue : le quiz repart de zéro.',
  'quiz.notice.bank-changed':
    'Le quiz a changé depuis votre dernière visite : il repart de zéro avec les nouvelles affirmations.',
  'quiz.notice.other-tab':
    'Vos réponses ont été modifiées dans un autre onglet : cet onglet affiche maintenant les mêmes, pour ne rien perdre.',
  'quiz.storage.full':
    'Votre navigateur n’a plus de place pour garder vos réponses : vous pouvez continuer, mais elles seront perdues si vous fermez ou rechargez la page. Le lien du résultat, lui, les contient toutes.',
  'quiz.storage.blocked':
    'Votre navigateur ne permet pas à ce site de garder vos réponses : vous pouvez répondre, mais rien ne survivra à un rechargement de la page. Le lien du résultat, lui, les contient toutes.',
  'quiz.tie.heading': 'Une question pour départager',
  'quiz.tie.legend':
    'Deux familles arrivent à égalité. Si vous deviez choisir, laquelle de ces deux journées vous attire le plus ?',
  'quiz.tie.skip': 'Je ne sais pas',
  'quiz.stage2.heading': 'Pour préciser : {family}',
  'quiz.stage2.hint':
    'Cette famille ressort de vos réponses. Ces quelques affirmations aident à choisir, à l’intérieur, les métiers à vous proposer.',
  'quiz.practical.heading': 'Deux questions pratiques',
  'quiz.practical.hint':
    'Elles ne changent pas votre profil : elles servent à choisir, parmi les métiers qui vous ressemblent, ceux qui vous conviennent en pratique.',
  'quiz.level.legend': 'Le niveau d’études que vous avez, ou que vous visez',
  'quiz.level.none': 'Je ne sais pas encore',
  'quiz.level.0': 'Sans diplôme',
  'quiz.level.3': 'CAP ou BEP',
  'quiz.level.4': 'Bac',
  'quiz.level.5': 'Bac + 2 (BTS…)',
  'quiz.level.6': 'Bac + 3 (licence, BUT)',
  'quiz.level.7': 'Bac + 5 (master, école)',
  'quiz.conditions.legend': 'Ce qui compte pour vous dans les conditions de travail',
  'quiz.conditions.hint': 'Répondez seulement pour ce qui compte : le reste ne change rien.',
  'quiz.condition.weekend': 'Travailler le week-end',
  'quiz.condition.shifts': 'Des horaires décalés (tôt le matin, tard le soir)',
  'quiz.condition.public': 'Être au contact des clients toute la journée',
  'quiz.condition.travel': 'Des déplacements fréquents',
  'quiz.condition.remote': 'Du télétravail',
  'quiz.preference.none': 'Peu importe',
  'quiz.preference.prefer': 'Je le souhaite',
  'quiz.preference.avoid': 'Je préfère éviter',
  'quiz.restart.textBlocked':
    'Toutes vos réponses seront effacées de cette page. Rien n’était enregistré sur cet appareil : votre navigateur ne le permet pas.',
  'quiz.notice.dismiss': 'Fermer ce message',
  'quiz.step.heading': 'Étape {step} sur {steps}',
  'quiz.step.progress': 'Progression : écran {step} sur {steps}',
  'quiz.step.hint':
    'Pour chaque affirmation, dites si elle vous ressemble. Choisir une réponse ne vous fait pas changer de page : vous pouvez la modifier à tout moment.',
  'quiz.answer.1': 'Pas du tout moi',
  'quiz.answer.2': 'Plutôt pas moi',
  'quiz.answer.3': 'Entre les deux',
  'quiz.answer.4': 'Plutôt moi',
  'quiz.answer.5': 'Tout à fait moi',
  'quiz.answer.0': 'Je ne sais pas',
  'quiz.nav.label': 'Étapes du quiz',
  'quiz.nav.previous': 'Étape précédente',
  'quiz.nav.next': 'Étape suivante',
  'quiz.nav.finish': 'Voir mon résultat',
  'quiz.unanswered.one':
    '1 affirmation est restée sans réponse : elle ne comptera pas dans le résultat. Vous pouvez y revenir, ou continuer.',
  'quiz.unanswered.many':
    '{count} affirmations sont restées sans réponse : elles ne compteront pas dans le résultat. Vous pouvez y revenir, ou continuer.',
  'quiz.unanswered.goTo': 'Revenir à l’étape {step} ({count} sans réponse)',
  'quiz.restart': 'Recommencer',
  'quiz.restart.heading': 'Recommencer le quiz ?',
  'quiz.restart.text':
    'Toutes vos réponses seront effacées de cet appareil. Vous ne pourrez pas les récupérer.',
  'quiz.restart.confirm': 'Oui, tout effacer',
  'quiz.restart.cancel': 'Annuler',
  'quiz.done.heading': 'Quiz terminé',
  'quiz.done.text':
    'Vous avez répondu jusqu’au bout. Votre résultat vous attend ; vous pouvez aussi revoir vos réponses.',
  'quiz.done.review': 'Revoir mes réponses',

  'quiz.result.title': 'Votre résultat au quiz',
  'quiz.result.description':
    'Le résultat du quiz Orient’Office : côté client ou côté coulisses, vos familles de métiers et des métiers à explorer.',
  'quiz.result.noscript':
    'Le résultat se calcule dans votre navigateur, à partir du lien : activez JavaScript pour l’afficher.',
  'quiz.result.date': 'Résultat affiché le {date}',
  'quiz.result.answered': 'Réponses prises en compte : {rated} sur {total}.',
  'quiz.result.answeredDontKnow':
    'Réponses prises en compte : {rated} sur {total} ({dontKnow} « Je ne sais pas »).',
  'quiz.result.verdict.heading': 'Votre résultat en bref',
  'quiz.result.office.not-separated':
    'Vos réponses ne séparent pas les familles : le quiz ne peut désigner aucun côté.',
  'quiz.result.office.explain':
    'Chaque affirmation décrit une activité plutôt côté client ou plutôt côté coulisses. Quand vous dites qu’elle vous ressemble, votre réponse tire vers son côté ; quand vous dites le contraire, vers l’autre. Le pourcentage est la part de ces tirages de chaque côté : 50 % et 50 % veut dire que rien ne penche, pas que vous êtes fait « à moitié » pour chacun.',
  'quiz.result.style.all-agree':
    'Vous avez répondu « plutôt moi » ou « tout à fait moi » à presque tout, même à des affirmations qui disent le contraire l’une de l’autre : vos réponses ne séparent pas les familles. Le quiz ne vous donne donc ni côté ni famille.',
  'quiz.result.style.all-disagree':
    'Vous avez répondu « pas moi » à presque tout, même à des affirmations qui disent le contraire l’une de l’autre : vos réponses ne séparent pas les familles. Le quiz ne vous donne donc ni côté ni famille.',
  'quiz.result.style.all-neutral':
    'Vous avez répondu « entre les deux » à presque tout : vos réponses ne séparent pas les familles. Le quiz ne vous donne donc ni côté ni famille.',
  'quiz.result.confidence.net':
    'Résultat net : changer une de vos réponses d’un cran ne changerait pas la famille en tête.',
  'quiz.result.confidence.a-confirmer':
    'Résultat à confirmer : il suffirait de changer une réponse d’un cran pour que la famille en tête change ({flips} cas possibles). Parlez-en, ou refaites le quiz dans quelques jours.',
  'quiz.result.tieBroken':
    'Deux familles arrivaient à égalité ; vous avez choisi la journée type de celle-ci.',
  'quiz.result.older':
    'Ce lien a été créé avec la version {version} du quiz : le résultat est calculé comme le jour où il a été partagé. Le quiz a changé depuis ; refaites-le pour un résultat à jour.',
  'quiz.result.roles.startLevel': 'Accessibles dès maintenant avec votre niveau ({level}).',
  'quiz.result.roles.startDefault':
    'Accessibles jusqu’à bac + 2. Indiquez votre niveau dans le quiz pour une liste à votre mesure.',
  'quiz.result.roles.growText2':
    'Les métiers où mènent ceux-ci (passerelles des fiches ROME), ou qui demandent un niveau plus élevé.',
  'quiz.result.roles.secondFamily': 'Autre famille proche : {family}',
  'quiz.result.reason.weekend': 'souvent le week-end',
  'quiz.result.reason.shifts': 'horaires décalés',
  'quiz.result.reason.public': 'contact avec le public',
  'quiz.result.reason.travel': 'déplacements',
  'quiz.result.reason.remote': 'télétravail possible',
  'quiz.result.reason.avoid': '{reason}, ce que vous préférez éviter',
  'quiz.result.reason.prefer': '{reason}, comme vous le souhaitez',
  'quiz.result.share.codeLabel': 'Code du résultat',
  'quiz.result.share.codeHint':
    'À dicter ou à recopier : il contient les mêmes réponses que le lien, et une erreur de frappe est toujours repérée.',
  'quiz.result.office.heading': 'Côté client ou côté coulisses ?',
  'quiz.result.office.front': 'Vos réponses penchent côté client (front office).',
  'quiz.result.office.back': 'Vos réponses penchent côté coulisses (back office).',
  'quiz.result.office.balanced': 'Vos réponses se partagent presque à égalité entre les deux côtés.',
  'quiz.result.office.frontShare': 'Côté client (front office) : {value} %',
  'quiz.result.office.backShare': 'Côté coulisses (back office) : {value} %',
  'quiz.result.families.heading': 'Vos scores par famille de métiers',
  'quiz.result.families.caption': 'Score de chaque famille de métiers, de 0 à 100',
  'quiz.result.families.family': 'Famille',
  'quiz.result.families.office': 'Côté',
  'quiz.result.families.score': 'Score sur 100',
  'quiz.result.families.notMeasured': 'non mesuré',
  'quiz.result.leading.heading': 'Ce qui ressort',
  'quiz.result.leading.one': 'La famille qui vous ressemble le plus : {family}.',
  'quiz.result.leading.tie':
    'Plusieurs familles arrivent à égalité en tête, à moins de {margin} points l’une de l’autre : {families}.',
  'quiz.result.leading.score': '{family} ({score} sur 100)',
  'quiz.result.flat.text':
    'Aucune famille ne se détache : vos scores sont proches les uns des autres (moins de {threshold} points entre le plus haut et le plus bas). C’est fréquent, et c’est une information en soi : vous n’avez pas encore de préférence marquée.',
  'quiz.result.flat.adviceHeading': 'Nos conseils',
  'quiz.result.flat.adviceBoth':
    'Explorez les deux côtés : lisez les articles sur le front office et le back office, puis parcourez les métiers.',
  'quiz.result.flat.adviceCounselor':
    'Parlez-en avec une conseillère ou un conseiller d’orientation : montrez ce résultat, vous pourrez préciser ensemble ce qui vous attire.',
  'quiz.result.flat.adviceRetake':
    'Dans quelques semaines, refaites le quiz : vos réponses auront peut-être changé.',
  'quiz.result.flat.articles': 'Lire les articles',
  'quiz.result.flat.roles': 'Parcourir les métiers',
  'quiz.result.noAnswers':
    'Ce lien ne contient aucune réponse notée (seulement des « Je ne sais pas », ou rien) : il n’y a pas de résultat à montrer.',
  'quiz.result.why.heading': 'Pourquoi ce résultat ?',
  'quiz.result.why.intro': 'Les réponses qui ont le plus compté pour chaque famille en tête :',
  'quiz.result.why.line': 'Vous avez répondu « {answer} » à « {item} »',
  'quiz.result.why.none': 'Aucune réponse ne tire nettement vers cette famille : elle arrive en tête de peu.',
  'quiz.result.roles.heading': 'Des métiers à explorer',
  'quiz.result.roles.intro':
    'Choisis d’après vos réponses, votre niveau et vos conditions de travail, dans la famille en tête et, s’il y en a une, dans une famille proche. Chaque fiche dit ce que fait le métier et comment y accéder.',
  'quiz.result.roles.start': 'Pour commencer',
  'quiz.result.roles.startText': 'Accessibles sans diplôme ou avec un CAP, un bac, un bac + 2.',
  'quiz.result.roles.grow': 'Pour évoluer',
  'quiz.result.roles.growText': 'Plutôt après un bac + 3 ou plus, ou avec de l’expérience.',
  'quiz.result.roles.none': 'Pas de métier à proposer dans cette liste.',
  'quiz.result.roles.loading': 'Chargement des métiers…',
  'quiz.result.roles.error': 'La liste des métiers n’a pas pu être chargée.',
  'quiz.result.roles.all': 'Parcourir tous les métiers',
  'quiz.result.roles.levelUnknown': 'niveau d’entrée non précisé',
  'quiz.result.share.heading': 'Garder ou partager ce résultat',
  'quiz.result.share.text':
    'Le lien et le code contiennent seulement vos réponses, rien d’autre : envoyez-les à votre conseillère ou conseiller, ou gardez-les pour retrouver ce résultat.',
  'quiz.result.share.title': 'Mon résultat au quiz Orient’Office',
  'quiz.result.print': 'Imprimer',
  'quiz.result.retake': 'Revenir au quiz',
  'quiz.result.method': 'Comment ce résultat est calculé',
  'quiz.result.printLink': 'Lien du résultat :',
  'quiz.result.error.heading': 'Ce lien de résultat ne peut pas être lu',
  'quiz.result.error.truncated':
    'Le lien semble coupé : il en manque la fin. Vérifiez que le lien a été copié en entier, ou passez le quiz.',
  'quiz.result.error.unknown-version':
    'Ce lien vient d’une version du quiz que ce site ne connaît pas. Passez le quiz pour obtenir un résultat à jour.',
  'quiz.result.error.damaged':
    'Le lien a été modifié ou abîmé : il ne correspond à aucun résultat. Passez le quiz pour obtenir le vôtre.',
  'quiz.result.empty.heading': 'Aucun résultat à afficher',
  'quiz.result.empty.text':
    'Cette page montre le résultat du quiz à partir du lien obtenu à la fin. Passez le quiz pour obtenir le vôtre.',
  'quiz.result.takeQuiz': 'Passer le quiz',

  'quiz.method.title': 'Comment le quiz calcule le résultat',
  'quiz.method.description':
    'Pour les conseillers et conseillères : poids des affirmations, scores par famille, côté client ou coulisses, métiers proposés, lien de partage et limites.',
  'quiz.method.tableCaption': 'Les {count} affirmations, dans l’ordre du quiz',
  'quiz.method.tableItem': 'Affirmation',
  'quiz.method.tableFamilies': 'Familles (poids)',
  'quiz.method.tableOffice': 'Côté (−2 à +2)',
  'quiz.method.tableRiasec': 'RIASEC',
  'quiz.method.takeQuiz': 'Passer le quiz',
} as const;
