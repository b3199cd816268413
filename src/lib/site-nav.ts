/**
 * The main navigation, in order. A section is listed only once its page exists (a link to nothing is
 * worse than no link): add it here when its page lands.
 */
import type { UIKey } from '../i18n';

export interface NavItem {
  /** Path of the section's landing page, with trailing slash. */
  href: string;
  label: UIKey;
}

export const mainNav: readonly NavItem[] = [
  { href: '/articles/', label: 'nav.articles' },
  { href: '/quiz/', label: 'nav.quiz' },
  { href: '/metiers/', label: 'nav.roles' },
  { href: '/conseillers/', label: 'nav.counselors' },
];

/** Whether `pathname` is inside the section `href` (the home page only matches itself). */
export function isCurrentSection(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname.startsWith(href);
}
