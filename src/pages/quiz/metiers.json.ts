/**
 * The roles the quiz result can suggest, as a small static JSON fetched by the result island (so the
 * catalogue stays out of the quiz pages' HTML and JavaScript). Only what `rankRoles` and the list need.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import type { QuizRole } from '../../lib/quiz/scoring';

export const GET: APIRoute = async () => {
  const { roles } = await getCatalogue();
  const quizRoles = roles.map(({ slug, code, title, family, office, riasec, entryLevel }): QuizRole => ({
    slug,
    code,
    title,
    family,
    office,
    riasec: { major: riasec.major, minor: riasec.minor },
    entryLevel,
  }));
  return new Response(JSON.stringify(quizRoles), { headers: { 'Content-Type': 'application/json' } });
};
