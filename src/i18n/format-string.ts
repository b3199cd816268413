/**
 * Fills the `{name}` placeholders of a UI string. Its own module, with no import, so islands can word
 * the strings their page picked for them (src/i18n/island-strings.ts) without bundling the dictionary.
 */

/**
 * The string with its `{name}` placeholders replaced by `params`, as `t` does; a placeholder without a
 * value is left as is, so a missing parameter shows up in review.
 */
export function formatString(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
