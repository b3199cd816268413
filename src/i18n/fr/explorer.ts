/** French UI strings of the explorer (merged into the dictionary by src/i18n/fr.ts). */
export const explorerFr = {} as const;
