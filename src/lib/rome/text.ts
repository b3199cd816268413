/**
 * Cleaning of the text fields France Travail exports in the ROME CSVs. Owns the fixes of the export's
 * own quirks, and never rewords, translates or shortens: the site shows ROME's words as v460 has them.
 * - `normaliseRomeText`: the export escapes apostrophes SQL-style (`d''une`), so `''` becomes `'`. Every
 *   label goes through it.
 * - `cleanRomeSentence`, for the definition and access sentences the site quotes: also the typographic
 *   apostrophe, acronyms written between hyphens (« -RRH- » → « (RRH) »), and capital letters written
 *   without their accent (« Etre » → « Être »), which French typography requires.
 */

/** A ROME label or sentence with the SQL-doubled apostrophes (`''`) turned back into one (`'`). */
export function normaliseRomeText(text: string): string {
  return text.replaceAll("''", "'");
}

/** The accented lower-case e's a capital E may have lost, with their capitals. */
const accentedE = [
  ['é', 'É'],
  ['ê', 'Ê'],
  ['è', 'È'],
] as const;

/**
 * Capital E without its accent, at the start of the words where French writes É, Ê or È: the word in
 * lower case starts with that accented letter in ROME's own text (e.g. "être", "établit", "école").
 */
function accentCapitalE(text: string, accentedWords: ReadonlySet<string>): string {
  return text.replace(/(?<!\p{L})E(\p{Ll}+)/gu, (word, rest: string) => {
    const accent = accentedE.find(([lower]) => accentedWords.has(`${lower}${rest}`));
    return accent ? `${accent[1]}${rest}` : word;
  });
}

/** Lower-case words beginning with é, ê or è in a body of text: the evidence `cleanRomeSentence` uses. */
export function wordsWithAcuteE(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const text of texts)
    for (const match of text.matchAll(/(?<!\p{L})[éêè]\p{Ll}+/gu)) words.add(match[0]);
  return words;
}

/** A ROME sentence ready to be quoted on a page (see the module header for what changes). */
export function cleanRomeSentence(text: string, accentedWords: ReadonlySet<string>): string {
  const unescaped = normaliseRomeText(text).trim().replace(/\s+/g, ' ');
  const acronyms = unescaped.replace(/(^|\s)-([A-Z][A-Za-z0-9]*)-(?=[\s.,;:)]|$)/g, '$1($2)');
  return accentCapitalE(acronyms, accentedWords).replaceAll("'", '’');
}
