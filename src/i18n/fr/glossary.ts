/** The glossary page (/glossaire/); the terms themselves are content (content/glossary/glossaire.yaml). */
export const glossaryFr = {
  'nav.glossary': 'Glossaire',
  'glossary.title': 'Glossaire',
  'glossary.description':
    'Front office, back office, BTS, BUT, titre professionnel, RNCP, niveaux 3 à 8, VAE, CPF : les mots de l’orientation et des métiers, expliqués simplement.',
  'glossary.lead':
    'Les mots que vous croiserez dans les articles, les fiches métiers et les formations, expliqués en quelques lignes. Dans les articles et les fiches, le premier emploi de chacun renvoie ici.',
  'glossary.source': 'Source\u00a0: {source}',
  'glossary.index': 'Aller à un terme',
} as const;
