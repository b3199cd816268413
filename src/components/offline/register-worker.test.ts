import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterSettling, SETTLE_MS } from './register-worker';

/** A page still loading: a window that only knows events and, when asked, idle callbacks (run by the
 * test), and a document whose `readyState` turns to complete at `load()`. */
function stubWindow(withIdle: boolean) {
  const page = new EventTarget() as EventTarget & { requestIdleCallback?: (task: () => void) => number };
  const idle: (() => void)[] = [];
  if (withIdle) page.requestIdleCallback = (task) => idle.push(task);
  const document = { readyState: 'interactive' };
  vi.stubGlobal('window', page);
  vi.stubGlobal('document', document);
  const load = () => {
    document.readyState = 'complete';
    page.dispatchEvent(new Event('load'));
  };
  return { load, idle };
}

/** `register` is called when the settling time has passed, not a millisecond before. */
function expectRegisteredAfterSettling(register: () => void): void {
  vi.advanceTimersByTime(SETTLE_MS - 1);
  expect(register).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(register).toHaveBeenCalledOnce();
}

describe('the service worker waits for the page to settle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is not registered at load, only after the settling time, at an idle moment', () => {
    const page = stubWindow(true);
    const register = vi.fn();
    afterSettling(register);
    page.load();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(page.idle).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(register).not.toHaveBeenCalled();
    page.idle.forEach((task) => task());
    expect(register).toHaveBeenCalledOnce();
  });

  it('registers after the settling time where idle callbacks are missing', () => {
    const page = stubWindow(false);
    const register = vi.fn();
    afterSettling(register);
    page.load();
    expectRegisteredAfterSettling(register);
  });

  it('waits for load, however long the page takes', () => {
    const page = stubWindow(false);
    const register = vi.fn();
    afterSettling(register);
    vi.advanceTimersByTime(SETTLE_MS * 10);
    expect(register).not.toHaveBeenCalled();
    page.load();
    expectRegisteredAfterSettling(register);
  });

  it('counts from now when the page had already loaded', () => {
    const page = stubWindow(false);
    page.load();
    const register = vi.fn();
    afterSettling(register);
    expectRegisteredAfterSettling(register);
  });
});
