/**
 * <shortlist-toggle>: « Ajouter à ma sélection » / « Dans ma sélection », the one toggle that adds a role
 * to the shortlist (src/stores/shortlist.ts) or takes it out. Role pages render it through
 * ShortlistToggle.astro; the explorer island renders the same element in each result.
 *
 * Why a custom element and not a Svelte island: as an island, the toggle loaded 21 kB gzipped on a role
 * page (Svelte's runtime is most of it), over three times the 6 kB that role pages allow
 * (scripts/check-budgets.ts, BENCHMARKS.md); this element with the store loads under 3 kB, and works
 * the same inside a Svelte island and in a static page.
 *
 * Attributes: `slug` (the role), `name` (its title), `add-label`, `added-label`, `full-text` (said when
 * the list is full), `reset-text` (said once when the saved list was unreadable and started again),
 * `storage-full-text` and `storage-blocked-text` (said when the browser could not keep the change:
 * storage full, or refused; the change still shows, for this page only).
 * The page gives the strings, so no dictionary ships with it. `compact` (no value) draws a lighter button
 * for lists of results (shortlist-toggle.css).
 *
 * Keyboard and ARIA: one native <button aria-pressed> (Tab to reach it, Enter or Space to press); focus
 * stays on it. The visible label says the state and starts the accessible name, followed by the role's
 * title in visually hidden text, so each button in a list of results says which role it is for
 * (WCAG 2.5.3: the visible words come first). The star is decorative (aria-hidden): the state is in the
 * words and in aria-pressed, never in the star alone. When the list is full, the saved list was
 * unreadable and started again, or the browser did not keep the change, a role="alert" message appears after the button (inserted with its
 * text, so it is announced; an alert rather than one status region per toggle, as a list of results
 * would otherwise carry hundreds of empty live regions).
 *
 * Without JavaScript the element stays empty: the server renders no button that would do nothing.
 */
import {
  dismissShortlistNotice,
  shortlist,
  shortlistNotice,
  shortlistStorage,
  toggleInShortlist,
} from '../../stores/shortlist';

const SVG_NS = 'http://www.w3.org/2000/svg';
const STAR = 'M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z';

/** The element's class; made on first use, as `HTMLElement` exists only in a browser. */
function toggleElementClass() {
  return class ShortlistToggleElement extends HTMLElement {
    static observedAttributes = ['slug', 'name', 'add-label', 'added-label'];

    #button: HTMLButtonElement | undefined;
    #star: SVGPathElement | undefined;
    #label: HTMLSpanElement | undefined;
    #name: HTMLSpanElement | undefined;
    #message: HTMLSpanElement | undefined;
    #unsubscribe: (() => void) | undefined;

    connectedCallback(): void {
      if (!this.#button) this.#build();
      this.#unsubscribe ??= shortlist.subscribe(() => this.#render());
    }

    disconnectedCallback(): void {
      this.#unsubscribe?.();
      this.#unsubscribe = undefined;
    }

    attributeChangedCallback(): void {
      this.#render();
    }

    #build(): void {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button--secondary';
      button.addEventListener('click', () => this.#toggle());

      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('viewBox', '0 0 24 24');
      svg.setAttribute('width', '20');
      svg.setAttribute('height', '20');
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('focusable', 'false');
      const star = document.createElementNS(SVG_NS, 'path');
      star.setAttribute('d', STAR);
      star.setAttribute('stroke', 'currentColor');
      star.setAttribute('stroke-width', '1.8');
      star.setAttribute('stroke-linejoin', 'round');
      svg.append(star);

      const label = document.createElement('span');
      const name = document.createElement('span');
      name.className = 'visually-hidden';
      const text = document.createElement('span');
      text.append(label, name);
      button.append(svg, text);

      this.append(button);
      this.#button = button;
      this.#star = star;
      this.#label = label;
      this.#name = name;
    }

    #render(): void {
      if (!this.#button || !this.#star || !this.#label || !this.#name) return;
      const pressed = shortlist.get().includes(this.getAttribute('slug') ?? '');
      this.#button.setAttribute('aria-pressed', String(pressed));
      this.#star.setAttribute('fill', pressed ? 'currentColor' : 'none');
      this.#label.textContent = this.getAttribute(pressed ? 'added-label' : 'add-label');
      this.#name.textContent = ` (${this.getAttribute('name') ?? ''})`;
    }

    #toggle(): void {
      const outcome = toggleInShortlist(this.getAttribute('slug') ?? '');
      const messages = [];
      if (shortlistNotice.get() === 'reset-corrupt') {
        messages.push(this.getAttribute('reset-text'));
        dismissShortlistNotice();
      }
      if (outcome === 'full') messages.push(this.getAttribute('full-text'));
      const storage = shortlistStorage.get();
      if (storage !== 'saved') messages.push(this.getAttribute(`storage-${storage}-text`));
      this.#say(messages.filter(Boolean).join(' '));
    }

    /** Shows a message after the button (or removes it when there is nothing to say). */
    #say(text: string): void {
      if (!text) {
        this.#message?.remove();
        this.#message = undefined;
        return;
      }
      if (!this.#message) {
        this.#message = document.createElement('span');
        this.#message.className = 'shortlist-toggle__message';
        this.#message.setAttribute('role', 'alert');
        this.#message.textContent = text;
        this.append(this.#message);
      } else {
        this.#message.textContent = text;
      }
    }
  };
}

// Imported by server-rendered islands too: define the element only in a browser.
if (typeof customElements !== 'undefined' && !customElements.get('shortlist-toggle')) {
  customElements.define('shortlist-toggle', toggleElementClass());
}
