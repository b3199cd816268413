/**
 * Runs the work a page can leave for later (the lower parts of the quiz result) once the person shows
 * they are using the page — a touch, a key, the mouse, a scroll, focus, printing — or after
 * FALLBACK_MS without any, for someone who only listens to the page. So the first screen is drawn and
 * answers alone during load, and the rest never competes with it. Browser-only, no DOM of its own.
 */

/** The events that say someone is using the page. `beforeprint`: printing needs the whole result. */
export const FIRST_INPUT_EVENTS = [
  'pointerdown',
  'pointermove',
  'keydown',
  'touchstart',
  'wheel',
  'scroll',
  'focusin',
  'beforeprint',
] as const;

/** Without any sign of use, the rest comes after this long (a screen reader user may send no event). */
export const FALLBACK_MS = 4000;

interface Clock {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Calls `run` once, at the first event or after FALLBACK_MS; returns a function that cancels it. */
export function afterFirstInput(
  run: () => void,
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = window,
  clock: Clock = {
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  },
): () => void {
  let done = false;
  const options = { capture: true, passive: true } as const;
  const cancel = () => {
    done = true;
    clock.clearTimeout(timer);
    for (const type of FIRST_INPUT_EVENTS) target.removeEventListener(type, once, options);
  };
  const once = () => {
    if (done) return;
    cancel();
    run();
  };
  const timer = clock.setTimeout(once, FALLBACK_MS);
  for (const type of FIRST_INPUT_EVENTS) target.addEventListener(type, once, options);
  return cancel;
}
