/**
 * Zod schema of the glossary (`content/glossary/glossaire.yaml`). Pure: no `astro:*` import, so the
 * Markdown plugin that links terms (read at config time), the content collection behind /glossaire/ and
 * unit tests all check the same file the same way.
 */
import { z } from 'astro/zod';
import { escapeRegExp } from '../lib/glossary';

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const glossaryEntrySchema = z.object({
  /** Stable anchor on /glossaire/ (`/glossaire/#rncp`), in kebab-case. */
  id: z
    .string({ error: 'id est obligatoire (ancre en kebab-case, ex. titre-professionnel)' })
    .regex(kebabCase, 'id doit être en kebab-case (minuscules, chiffres et tirets)'),
  /** The term as the glossary shows it. */
  term: z.string({ error: 'term est obligatoire (le terme défini)' }).min(1, 'term ne peut pas être vide'),
  /**
   * The exact words that count as a use of the term in an article or a role page, whole words only.
   * A form written in capitals (« BTS », « BUT ») matches only in capitals; any other form ignores case.
   */
  forms: z
    .array(z.string().min(2, 'forms : chaque forme a au moins deux caractères'), {
      error: 'forms est obligatoire (liste des formes à relier, ex. [BTS])',
    })
    .min(1, 'forms : au moins une forme'),
  /** The definition, in our words, one short paragraph. */
  definition: z
    .string({ error: 'definition est obligatoire' })
    .min(20, 'definition : au moins une phrase')
    .max(600, 'definition : 600 caractères au plus'),
  /** Where a fact in the definition comes from: a named public source and its year. */
  source: z.string().min(1, 'source ne peut pas être vide').optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const glossarySchema = z
  .array(glossaryEntrySchema, { error: 'le glossaire est une liste d’entrées (- id: …)' })
  .superRefine((entries, ctx) => {
    const ids = new Set<string>();
    const forms = new Map<string, string>();
    entries.forEach((entry, index) => {
      if (ids.has(entry.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id : « ${entry.id} » est déjà pris` });
      }
      ids.add(entry.id);
      for (const form of entry.forms) {
        const owner = forms.get(form.toLowerCase());
        if (owner && owner !== entry.id) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'forms'],
            message: `forms : « ${form} » appartient déjà à ${owner}`,
          });
        }
        forms.set(form.toLowerCase(), entry.id);
      }
    });
    // The quiz pages stop looking for a term once another place links it (src/lib/quiz/glossary-links.ts):
    // that is only right while no term's form holds another term's form (« bac » inside « bac pro »).
    entries.forEach((entry, index) => {
      for (const form of entry.forms) {
        for (const [other, owner] of forms) {
          if (owner === entry.id || other === form.toLowerCase()) continue;
          if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(other)}(?![\\p{L}\\p{N}])`, 'iu').test(form)) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'forms'],
              message: `forms : « ${form} » contient « ${other} », une forme de ${owner} : un terme ne peut en contenir un autre`,
            });
          }
        }
      }
    });
  });
