/**
 * How the quiz is cut into steps of a few items, for the quiz island. Pure: no DOM, no storage.
 *
 * The saved progress (`stored-progress.ts`) records an item index, not a step: `step` is the index of
 * the first item shown, or the item count once the person reached the end. This module turns that
 * index into the step to show, and says which items are still unanswered, so the UI can tell the
 * person without ever blocking them (an unanswered item simply does not count in the result).
 */
import type { Answers } from './answers';

/** Items shown together on one screen: short enough for a phone, few enough steps (6 for 30 items). */
export const ITEMS_PER_STEP = 5;

/** Where the person is: a step (items `first` to `end − 1`, bank order) or past the last one. */
export type QuizPosition =
  { kind: 'step'; /** 0-based. */ index: number; first: number; end: number } | { kind: 'done' };

export function stepCount(itemCount: number): number {
  return Math.ceil(Math.max(0, itemCount) / ITEMS_PER_STEP);
}

/**
 * The position of a saved item index: the step that contains it, or 'done' at or past the item count.
 * A negative or fractional index (never saved by the store, but cheap to guard) reads as the start.
 */
export function positionOf(itemIndex: number, itemCount: number): QuizPosition {
  const index = Number.isFinite(itemIndex) ? Math.max(0, Math.trunc(itemIndex)) : 0;
  if (index >= itemCount) return { kind: 'done' };
  return stepPosition(Math.floor(index / ITEMS_PER_STEP), itemCount);
}

/** The position of step `stepIndex` (clamped to the existing steps). */
export function stepPosition(stepIndex: number, itemCount: number): QuizPosition {
  const last = stepCount(itemCount) - 1;
  if (last < 0) return { kind: 'done' };
  const index = Math.min(last, Math.max(0, Math.trunc(stepIndex)));
  const first = index * ITEMS_PER_STEP;
  return { kind: 'step', index, first, end: Math.min(itemCount, first + ITEMS_PER_STEP) };
}

/** Steps that still have unanswered items (« Je ne sais pas » is an answer), in order. */
export function unansweredSteps(
  itemIds: readonly string[],
  answers: Answers,
): Array<{ /** 0-based. */ index: number; count: number }> {
  const steps: Array<{ index: number; count: number }> = [];
  itemIds.forEach((id, itemIndex) => {
    if (answers[id] !== undefined) return;
    const index = Math.floor(itemIndex / ITEMS_PER_STEP);
    const current = steps.at(-1);
    if (current?.index === index) current.count += 1;
    else steps.push({ index, count: 1 });
  });
  return steps;
}
