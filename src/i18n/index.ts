/**
 * UI strings and locale routing. French is the default locale and lives at the site root; another
 * edition lives under `/<locale>/` (e.g. `/en/`), so adding one never moves a French page.
 * Strings a dictionary lacks fall back to French.
 */
import { formatString } from './format-string';
import { fr, type UIKey } from './fr';

export type { UIKey };

export const defaultLocale = 'fr';
export const locales = ['fr'] as const;
export type Locale = (typeof locales)[number];

type Dictionary = Partial<Record<UIKey, string>>;

const dictionaries: Record<Locale, Dictionary> = { fr };

/** BCP 47 tags for `lang` attributes and `Intl` formatters. */
export const localeTags: Record<Locale, string> = { fr: 'fr-FR' };

/** The locale of a URL path: its first segment when that is a known locale, French otherwise. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return (locales as readonly string[]).includes(first ?? '') ? (first as Locale) : defaultLocale;
}

/**
 * The string for `key` in `locale`, with `{name}` placeholders replaced by `params`.
 * A placeholder without a value is left as is, so a missing parameter shows up in review.
 */
export function t(locale: Locale, key: UIKey, params: Record<string, string | number> = {}): string {
  return formatString(dictionaries[locale][key] ?? fr[key], params);
}

/**
 * A date as French readers expect it: "27 novembre 2026", and "1er décembre 2026" for the first of the
 * month (Intl writes "1 décembre", which French typography does not).
 */
export function formatDate(locale: Locale, date: Date): string {
  const formatted = new Intl.DateTimeFormat(localeTags[locale], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(date);
  return locale === 'fr' ? formatted.replace(/^1 /, '1er ') : formatted;
}
