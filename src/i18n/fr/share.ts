/** French UI strings of the share tools (ShareLink.svelte), used by every shareable view. */
export const shareFr = {
  'share.label': 'Lien à partager',
  'share.copy': 'Copier le lien',
  'share.copied': 'Lien copié.',
  'share.copyFallback':
    'Le lien est sélectionné : copiez-le avec Ctrl+C (Cmd+C sur Mac), ou par un appui long sur un téléphone.',
  'share.share': 'Partager…',
  'share.showQr': 'Afficher le QR code',
  'share.hideQr': 'Masquer le QR code',
  'share.qrName': 'QR code du lien « {title} »',
  'share.qrLoading': 'Création du QR code…',
  'share.qrError': 'Le QR code n’a pas pu être créé ; le lien reste utilisable.',
} as const;
