/**
 * Zod schema of the diploma catalogue (`content/diplomas/diplomas.yaml`). Pure: no `astro:*` import, so
 * unit tests and build scripts can check the catalogue and show a content editor which entry and which
 * field is wrong. A level enters the catalogue only with the source it comes from; `verified` says
 * whether that source is a check of this very diploma or a general rule.
 */
import { z } from 'astro/zod';
import { levels } from './taxonomy';
import { parseContent } from './parse-content';

/** The kinds of diploma the site groups by; `autre` for anything the list does not name. */
export const diplomaKinds = [
  'cap',
  'bac',
  'bts',
  'but',
  'licence',
  'licence-pro',
  'master',
  'dcg',
  'dscg',
  'dec',
  'titre-pro',
  'autre',
] as const;
export type DiplomaKind = (typeof diplomaKinds)[number];

const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const diplomaSchema = z.object({
  /** Stable identifier cited by the roles (`diplomas: [bts-cg]`), in kebab-case. */
  id: z
    .string({ error: 'id est obligatoire (identifiant en kebab-case, ex. bts-cg)' })
    .regex(kebabCase, 'id doit être en kebab-case (minuscules, chiffres et tirets, ex. bts-cg)'),
  /** Full official French name, e.g. "BTS Comptabilité et gestion". */
  name: z
    .string({ error: 'name est obligatoire (nom officiel complet)' })
    .min(1, 'name ne peut pas être vide'),
  /** Short name shown in lists, e.g. "BTS CG". */
  short: z
    .string({ error: 'short est obligatoire (nom court, ex. BTS CG)' })
    .min(1, 'short ne peut pas être vide'),
  /** National qualification level (cadre national des certifications professionnelles, 2019): 3 to 8. */
  level: z
    .number({ error: 'level doit être un niveau national entre 3 et 8' })
    .int('level doit être un niveau national entre 3 et 8')
    .refine((value) => (levels as readonly number[]).includes(value), {
      message: 'level doit être un niveau national entre 3 et 8',
    }),
  /** Kind of diploma, used to group the catalogue. */
  kind: z.enum(diplomaKinds, {
    error: `kind doit valoir l’un de : ${diplomaKinds.join(', ')}`,
  }),
  /** Where the level comes from: a URL or a legal text (article, arrêté, fiche RNCP). */
  source: z
    .string({ error: 'source est obligatoire (d’où vient le niveau : URL ou texte officiel)' })
    .min(1, 'source ne peut pas être vide (d’où vient le niveau : URL ou texte officiel)'),
  /** True when the level was checked for this diploma in a primary source; false for a general rule. */
  verified: z.boolean({ error: 'verified doit valoir true ou false' }),
});
export type Diploma = z.infer<typeof diplomaSchema>;

export const diplomaCatalogueSchema = z
  .array(diplomaSchema, { error: 'le catalogue doit être une liste de diplômes' })
  .superRefine((entries, ctx) => {
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      const first = seen.get(entry.id);
      if (first === undefined) {
        seen.set(entry.id, index);
        return;
      }
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `id « ${entry.id} » est en double (déjà utilisé par l’entrée ${first})`,
      });
    });
  });

/**
 * Validate the parsed YAML of a diploma catalogue. Returns the typed entries, or throws an Error whose
 * message names the file and, for each problem, the field path (e.g. `3.level`).
 */
export function parseDiplomaCatalogue(data: unknown, fileName: string): Diploma[] {
  return parseContent(diplomaCatalogueSchema, data, fileName);
}
