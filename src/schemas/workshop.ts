/**
 * Zod schema of the workshop plan (`content/workshop/atelier.yaml`), shown by /conseillers/ and printed
 * by /conseillers/fiche-atelier/. Pure: no `astro:*` import, so tests can show a content editor which
 * step and which field is wrong. The steps must add up to WORKSHOP_MINUTES: both pages announce it.
 */
import { z } from 'astro/zod';
import { parseContent } from './parse-content';

/** The length both pages announce (« un atelier de 45 minutes »). */
export const WORKSHOP_MINUTES = 45;

const text = (field: string) =>
  z
    .string({ error: `${field} est obligatoire (du texte)` })
    .trim()
    .min(1, `${field} ne peut pas être vide`);

export const workshopStepSchema = z.object({
  /** Duration of the step, in whole minutes. */
  minutes: z
    .number({ error: 'minutes doit être un nombre entier de minutes, entre 1 et 30' })
    .int('minutes doit être un nombre entier de minutes, entre 1 et 30')
    .min(1, 'minutes doit être un nombre entier de minutes, entre 1 et 30')
    .max(30, 'minutes doit être un nombre entier de minutes, entre 1 et 30'),
  /** Short name of the step. */
  title: text('title'),
  /** What the counselor does, in two or three sentences. */
  text: text('text'),
  /** One to three questions to get the group talking. */
  questions: z
    .array(text('une question'), { error: 'questions doit être une liste de questions' })
    .min(1, 'questions doit compter de 1 à 3 questions')
    .max(3, 'questions doit compter de 1 à 3 questions'),
});
export type WorkshopStep = z.infer<typeof workshopStepSchema>;

export const workshopSchema = z
  .object({
    /** The steps, in the order of the workshop. */
    steps: z
      .array(workshopStepSchema, { error: 'steps doit être une liste d’étapes' })
      .min(1, 'steps est vide'),
  })
  .refine((plan) => plan.steps.reduce((sum, step) => sum + step.minutes, 0) === WORKSHOP_MINUTES, {
    path: ['steps'],
    message: `la somme des durées (minutes) doit faire ${WORKSHOP_MINUTES} minutes`,
  });
export type Workshop = z.infer<typeof workshopSchema>;

/**
 * Validate the parsed YAML of the workshop plan. Returns it typed, or throws an Error whose message
 * names the file and, for each problem, the field path (e.g. `steps.2.minutes`).
 */
export function parseWorkshop(data: unknown, fileName: string): Workshop {
  return parseContent(workshopSchema, data, fileName);
}
