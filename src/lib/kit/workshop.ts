/** Timings of the workshop plan (src/schemas/workshop.ts), for the printed sheet. Pure. */

/** Minutes from the start of the workshop to the start of each step: 0, 5, 15… */
export function stepStarts(steps: readonly { minutes: number }[]): number[] {
  let elapsed = 0;
  return steps.map((step) => {
    const start = elapsed;
    elapsed += step.minutes;
    return start;
  });
}
