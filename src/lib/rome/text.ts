/**
 * Cleaning of the text fields France Travail exports in the ROME CSVs. Owns the one fix every imported
 * label needs: the export escapes apostrophes SQL-style (`d''une`), so `''` becomes `'`. Must never
 * reword, translate or shorten a label: the site shows ROME's words exactly as v460 has them.
 */

/** A ROME label or sentence with the SQL-doubled apostrophes (`''`) turned back into one (`'`). */
export function normaliseRomeText(text: string): string {
  return text.replaceAll("''", "'");
}
