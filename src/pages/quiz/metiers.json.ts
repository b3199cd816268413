/**
 * The roles the quiz result can suggest, as a small static JSON fetched by the result island (so the
 * catalogue stays out of the quiz pages' HTML and JavaScript). Only what `suggestRoles` and the list
 * need, built by `toQuizRole` (src/lib/quiz/roles.ts), the same function the tests and
 * `npm run eval:quiz` use.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../data/catalogue';
import { toQuizRole } from '../../lib/quiz/roles';

export const GET: APIRoute = async () => {
  const { roles } = await getCatalogue();
  return new Response(JSON.stringify(roles.map(toQuizRole)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
