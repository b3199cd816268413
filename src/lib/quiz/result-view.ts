/**
 * What the result page shows, as data: reads a share link into a result or a problem to explain, and
 * orders what the scoring returns for display. Pure (no DOM): the result island only words it with the
 * i18n dictionary. It must never throw on a link, whatever its text: `decodeShared` returns errors,
 * and this module turns each one into a problem the page can explain.
 */
import { families, type Family } from '../../schemas/taxonomy';
import type { ItemBank } from '../../schemas/quiz';
import {
  scoreAnswers,
  scoreTracks,
  type Answer,
  type ItemExplanation,
  type QuizResult,
  type TrackScores,
} from './scoring';
import { decodeShared, type PublishedOrders, type QuizResponses, type ShareLinkError } from './share-link';

/**
 * Below this gap between the front and the back percentages (e.g. 54 / 46), the page says the answers
 * split almost evenly rather than naming a side: such a gap comes from one or two answers.
 */
export const OFFICE_BALANCE_MARGIN = 10;

/** What the page tells about a link it cannot read. */
export type ResultLinkProblem =
  /** No fragment at all: the page was opened without a result. */
  | 'no-result'
  /** The link was cut (copied partially, wrapped by a messaging app). */
  | 'truncated'
  /** A version this site never published. */
  | 'unknown-version'
  /** Changed by hand or damaged: not a link the quiz wrote. */
  | 'damaged';

/** What the result page needs of a published bank: the scoring and the wording of each statement. */
export type ResultBank = Pick<ItemBank, 'version' | 'items' | 'stage2' | 'tieBreak'>;

export type ResultLink =
  | {
      ok: true;
      version: number;
      /** The link was made with an older scoring than the current one (shown as it was, and said). */
      olderMethod: boolean;
      responses: QuizResponses;
      result: QuizResult;
      tracks: TrackScores;
    }
  | { ok: false; problem: ResultLinkProblem };

const problemOf: Record<ShareLinkError, ResultLinkProblem> = {
  empty: 'no-result',
  truncated: 'truncated',
  'unknown-version': 'unknown-version',
  malformed: 'damaged',
  'check-failed': 'damaged',
  'out-of-range': 'damaged',
};

/**
 * Reads a pasted link, a fragment (`#v2.…`) or a result code against every published version, and
 * scores it with the bank of *its* version, so the result is the one shown when it was shared.
 */
export function readResultLink(
  text: string,
  banks: readonly ResultBank[],
  published: PublishedOrders,
): ResultLink {
  const decoded = decodeShared(published, text);
  if (!decoded.ok) return { ok: false, problem: problemOf[decoded.error] };
  const bank = banks.find(({ version }) => version === decoded.version);
  if (!bank) return { ok: false, problem: 'unknown-version' };
  const { responses } = decoded;
  const latest = Math.max(...banks.map(({ version }) => version));
  return {
    ok: true,
    version: decoded.version,
    olderMethod: decoded.version < latest,
    responses,
    result: scoreAnswers(bank, responses.answers, responses.tieBreak),
    tracks: scoreTracks(bank, responses.answers, responses.stage2),
  };
}

/** 'not-separated': the answers were nearly all alike (scoring's response-style rule): no side named. */
export type OfficeLeaning = 'front' | 'back' | 'balanced' | 'not-separated';

/**
 * The side the answers lean to: 'balanced' when the gap is under OFFICE_BALANCE_MARGIN points,
 * 'not-separated' when the answers were nearly all alike.
 */
export function officeLeaning(result: Pick<QuizResult, 'office' | 'profile'>): OfficeLeaning {
  if (result.profile.kind === 'undifferentiated' && result.profile.reason === 'same-answers')
    return 'not-separated';
  const { office } = result;
  if (Math.abs(office.front - office.back) < OFFICE_BALANCE_MARGIN) return 'balanced';
  return office.front > office.back ? 'front' : 'back';
}

/** Every family with its score, best first; equal scores in taxonomy order, unmeasured ones last. */
export function familyRanking(
  familyScores: QuizResult['familyScores'],
): Array<{ family: Family; score: number | null }> {
  // `families` is in taxonomy order and the sort is stable, so equal scores keep that order.
  return families
    .map((family) => ({ family, score: familyScores[family] }))
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
}

/** The explanations of a leading family with the statement of each item; unknown ids are left out. */
export function explanationLines(
  explanations: readonly ItemExplanation[],
  items: readonly { id: string; text: string }[],
): Array<{ itemId: string; text: string; answer: Answer }> {
  const textById = new Map(items.map(({ id, text }) => [id, text]));
  return explanations.flatMap(({ itemId, answer }) => {
    const text = textById.get(itemId);
    return text === undefined ? [] : [{ itemId, text, answer }];
  });
}

/** What the page says instead of a result, as dictionary keys; null when there is a result to show. */
export interface ResultProblemWording {
  heading: 'quiz.result.empty.heading' | 'quiz.result.error.heading';
  text:
    | 'quiz.result.empty.text'
    | 'quiz.result.noAnswers'
    | `quiz.result.error.${Exclude<ResultLinkProblem, 'no-result'>}`;
}

/** No link, a link that cannot be read, or a link without one rated answer. */
export function resultProblem(link: ResultLink): ResultProblemWording | null {
  if (!link.ok)
    return link.problem === 'no-result'
      ? { heading: 'quiz.result.empty.heading', text: 'quiz.result.empty.text' }
      : { heading: 'quiz.result.error.heading', text: `quiz.result.error.${link.problem}` };
  const { profile } = link.result;
  if (profile.kind === 'undifferentiated' && profile.reason === 'no-answers')
    return { heading: 'quiz.result.empty.heading', text: 'quiz.result.noAnswers' };
  return null;
}

/** The line under « Pour commencer » / « Pour évoluer »: the person's level when they gave one. */
export function roleListNote(
  list: 'start' | 'grow',
  level: number | null,
): 'quiz.result.roles.growText2' | 'quiz.result.roles.startDefault' | 'quiz.result.roles.startLevel' {
  if (list === 'grow') return 'quiz.result.roles.growText2';
  return level === null ? 'quiz.result.roles.startDefault' : 'quiz.result.roles.startLevel';
}

/** How many answers counted, as a dictionary key: the « Je ne sais pas » are named when there are some. */
export function answeredKey(
  answered: QuizResult['answered'],
): 'quiz.result.answered' | 'quiz.result.answeredDontKnow' {
  return answered.dontKnow > 0 ? 'quiz.result.answeredDontKnow' : 'quiz.result.answered';
}
