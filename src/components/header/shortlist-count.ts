/**
 * <shortlist-count>: the number of roles in « Ma sélection » (src/stores/shortlist.ts), inside the
 * header's « Ma sélection » link on every page. A custom element, like <shortlist-toggle>, so a page
 * that ships no island gets no framework: this element with the store is under 2 kB gzipped.
 *
 * Attributes: `one` (« {count} métier », for 0 and 1) and `many` (« {count} métiers »), the words for screen readers; the
 * page gives them, so no dictionary ships with it.
 *
 * ARIA: the visible number is aria-hidden and the link's accessible name ends with the words in
 * visually hidden text (« Ma sélection (3 métiers) »), so the visible label starts the name (WCAG
 * 2.5.3). Not a live region: the count changes when the person adds a role, and the toggle already
 * says so. It follows other tabs through the store's `storage` events.
 *
 * Without JavaScript the element stays empty and the link reads « Ma sélection ».
 */
import { shortlist } from '../../stores/shortlist';

function countElementClass() {
  return class ShortlistCountElement extends HTMLElement {
    #unsubscribe: (() => void) | undefined;

    connectedCallback(): void {
      this.#unsubscribe ??= shortlist.subscribe((slugs) => this.#render(slugs.length));
    }

    disconnectedCallback(): void {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
    }

    #render(count: number): void {
      const badge = document.createElement('span');
      badge.className = 'shortlist-count__badge';
      badge.setAttribute('aria-hidden', 'true');
      badge.textContent = String(count);
      const words = document.createElement('span');
      words.className = 'visually-hidden';
      // French: 0 and 1 take the singular (« 0 métier », « 1 métier »).
      const template = this.getAttribute(count <= 1 ? 'one' : 'many') ?? '{count}';
      words.textContent = `(${template.replace('{count}', String(count))})`;
      this.replaceChildren(badge, words);
    }
  };
}

if (typeof customElements !== 'undefined' && !customElements.get('shortlist-count')) {
  customElements.define('shortlist-count', countElementClass());
}
