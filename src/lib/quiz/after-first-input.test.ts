import { describe, expect, it, vi } from 'vitest';
import { afterFirstInput, FALLBACK_MS, FIRST_INPUT_EVENTS } from './after-first-input';

function fakeClock() {
  let pending: { run: () => void; at: number } | null = null;
  return {
    setTimeout: (run: () => void, ms: number) => (pending = { run, at: ms }),
    clearTimeout: () => (pending = null),
    advance: (ms: number) => {
      if (pending && pending.at <= ms) pending.run();
    },
  };
}

describe('afterFirstInput', () => {
  it.each(FIRST_INPUT_EVENTS.map((type) => [type]))('runs once at the first %s', (type) => {
    const target = new EventTarget();
    const clock = fakeClock();
    const run = vi.fn();
    afterFirstInput(run, target, clock);
    expect(run).not.toHaveBeenCalled();
    target.dispatchEvent(new Event(type));
    target.dispatchEvent(new Event('keydown'));
    clock.advance(FALLBACK_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['runs after the fallback delay when nothing happens', FALLBACK_MS, 1],
    ['waits until then', FALLBACK_MS - 1, 0],
  ])('%s', (_case, elapsed, calls) => {
    const run = vi.fn();
    const clock = fakeClock();
    afterFirstInput(run, new EventTarget(), clock);
    clock.advance(elapsed);
    expect(run).toHaveBeenCalledTimes(calls);
  });

  it('never runs once cancelled (the island went away)', () => {
    const target = new EventTarget();
    const clock = fakeClock();
    const run = vi.fn();
    afterFirstInput(run, target, clock)();
    target.dispatchEvent(new Event('pointerdown'));
    clock.advance(FALLBACK_MS);
    expect(run).not.toHaveBeenCalled();
  });
});
