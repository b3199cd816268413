/**
 * How the quiz is cut into screens, for the quiz island. Pure: no DOM, no storage.
 *
 * Screens, in order: the first stage in steps of ITEMS_PER_STEP statements (`s1-0` … `s1-6`), the
 * tie-break question when two families came out within the tie margin (`tie`), the second stage —
 * one screen per family asked (`s2-0`, `s2-1`) — and the practical questions (`practical`); then the
 * result (`done`). The list depends on the answers (which families lead), so it is recomputed after
 * every answer; a saved screen the list no longer has falls back to the nearest one before it.
 */
import type { ItemBank } from '../../schemas/quiz';
import type { Family } from '../../schemas/taxonomy';
import type { Answers } from './answers';
import type { QuizProgress } from './stored-progress';
import { scoreAnswers, stage2FamiliesFor } from './scoring';
import { STAGE2_ALONE, STAGE2_PAIR, type QuizResponses, type VersionLayout } from './share-link';

/** Statements shown together on one screen: short enough for a phone (7 steps for 35 statements). */
export const ITEMS_PER_STEP = 5;

export type FlowBank = Pick<ItemBank, 'version' | 'items' | 'stage2' | 'tieBreak'>;

export type Screen =
  | { id: string; kind: 'stage1'; /** 0-based. */ index: number; first: number; end: number }
  | { id: 'tie'; kind: 'tie-break'; pair: readonly [Family, Family] }
  | { id: string; kind: 'stage2'; family: Family; itemIds: readonly string[] }
  | { id: 'practical'; kind: 'practical' };

export function stepCount(itemCount: number): number {
  return Math.ceil(Math.max(0, itemCount) / ITEMS_PER_STEP);
}

/** The screens of the quiz for the answers given so far. */
export function quizScreens(bank: FlowBank, progress: Pick<QuizProgress, 'answers' | 'tieBreak'>): Screen[] {
  const screens: Screen[] = [];
  for (let index = 0; index < stepCount(bank.items.length); index += 1) {
    const first = index * ITEMS_PER_STEP;
    screens.push({
      id: `s1-${index}`,
      kind: 'stage1',
      index,
      first,
      end: Math.min(bank.items.length, first + ITEMS_PER_STEP),
    });
  }
  const { pair, stage2 } = adaptiveChoices(bank, progress);
  if (pair) screens.push({ id: 'tie', kind: 'tie-break', pair });
  const per = stage2.length > 1 ? STAGE2_PAIR : STAGE2_ALONE;
  stage2.forEach((family, index) => {
    const itemIds = (bank.stage2?.[family]?.items ?? []).slice(0, per).map(({ id }) => id);
    screens.push({ id: `s2-${index}`, kind: 'stage2', family, itemIds });
  });
  screens.push({ id: 'practical', kind: 'practical' });
  return screens;
}

/**
 * The tie-break pair to ask (from the first-stage answers alone) and the second-stage families (with
 * the tie-break choice, when it is one of the pair).
 */
function adaptiveChoices(
  bank: FlowBank,
  progress: Pick<QuizProgress, 'answers' | 'tieBreak'>,
): { pair: readonly [Family, Family] | null; stage2: Family[]; tieBreak: Family | null } {
  const pair = scoreAnswers(bank, progress.answers).tieBreakPair;
  const tieBreak = pair && progress.tieBreak && pair.includes(progress.tieBreak) ? progress.tieBreak : null;
  return { pair, tieBreak, stage2: stage2FamiliesFor(bank, scoreAnswers(bank, progress.answers, tieBreak)) };
}

/**
 * Where a saved screen id sits in the list: its index, the list's length for 'done', the start for
 * '' (not started), and for an id the list no longer has (the second stage changed), the last
 * first-stage-or-later screen before it — at worst the practical questions.
 */
export function screenIndex(screens: readonly Screen[], id: string): number {
  if (id === 'done') return screens.length;
  const found = screens.findIndex((screen) => screen.id === id);
  if (found >= 0) return found;
  if (id === '') return 0;
  return Math.max(
    0,
    screens.findIndex(({ kind }) => kind === 'practical'),
  );
}

/** What the result link carries for this progress: only the second stage actually asked. */
export function responsesOf(bank: FlowBank, progress: QuizProgress): QuizResponses {
  const { tieBreak, stage2 } = adaptiveChoices(bank, progress);
  const asked = new Set([
    ...bank.items.map(({ id }) => id),
    ...quizScreens(bank, progress).flatMap((screen) => (screen.kind === 'stage2' ? screen.itemIds : [])),
  ]);
  const answers: Answers = Object.fromEntries(
    Object.entries(progress.answers).filter(([id]) => asked.has(id)),
  );
  return { answers, stage2, tieBreak, level: progress.level, conditions: progress.conditions };
}

/** Screens (first and second stage) that still have unanswered statements, with their count. */
export function unansweredScreens(
  bank: FlowBank,
  screens: readonly Screen[],
  answers: Answers,
): Array<{ id: string; number: number; count: number }> {
  return screens.flatMap((screen, index) => {
    const count = screenItemIds(bank, screen).filter((id) => answers[id] === undefined).length;
    return count > 0 ? [{ id: screen.id, number: index + 1, count }] : [];
  });
}

/** The statements a screen asks, by id, in order (none on the tie-break and practical screens). */
export function screenItemIds(bank: Pick<FlowBank, 'items'>, screen: Screen | undefined): readonly string[] {
  if (screen?.kind === 'stage1') return bank.items.slice(screen.first, screen.end).map(({ id }) => id);
  return screen?.kind === 'stage2' ? screen.itemIds : [];
}

/** Every statement's text by id, first and second stage. */
export function statementTexts(bank: Pick<FlowBank, 'items' | 'stage2'>): ReadonlyMap<string, string> {
  return new Map([
    ...bank.items.map(({ id, text }) => [id, text] as const),
    ...Object.values(bank.stage2 ?? {}).flatMap((stage) =>
      stage.items.map(({ id, text }) => [id, text] as const),
    ),
  ]);
}

/** The current bank's layout, as the share link writes it (the order of every statement). */
export function bankLayout(bank: Pick<FlowBank, 'version' | 'items' | 'stage2'>): VersionLayout {
  return {
    version: bank.version,
    ids: bank.items.map(({ id }) => id),
    stage2: Object.fromEntries(
      Object.entries(bank.stage2 ?? {}).map(([family, stage]) => [family, stage.items.map(({ id }) => id)]),
    ),
  };
}

/** The hint under a screen's heading, as a dictionary key: the first screen, the second stage, the practical one. */
export function screenHint(
  screen: Screen,
  index: number,
): 'quiz.step.hint' | 'quiz.stage2.hint' | 'quiz.practical.hint' | null {
  if (index === 0) return 'quiz.step.hint';
  if (screen.kind === 'stage2') return 'quiz.stage2.hint';
  return screen.kind === 'practical' ? 'quiz.practical.hint' : null;
}
