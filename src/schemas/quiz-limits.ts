/**
 * The limits of the quiz content that code running in the browser also checks (saved progress, share
 * links). Kept apart from `quiz.ts` because that module builds zod schemas at load time: importing a
 * constant from it would ship zod to every page with the quiz. No import here, ever.
 */

/** Bounds on the number of items: enough to measure seven families, short enough to finish. */
export const MIN_ITEMS = 24;
export const MAX_ITEMS = 36;

/** What an item id looks like: kebab-case, lowercase ASCII letters and digits. */
export const ITEM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Item ids stay short: they are written in saved progress. */
export const ITEM_ID_MAX_LENGTH = 40;
