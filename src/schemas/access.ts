/**
 * Zod schema of the reviewed access files (`content/access/*.yaml`): for each ROME sheet in scope that has
 * no curated page, the usual entry level and the diplomas of the catalogue that lead to it, read from
 * ROME v460's « accès au métier » text and certification links and reviewed by a person. Pure: built
 * from a reference (codes in scope, ROME's levels per code, curated codes, diploma levels) so that a file
 * can never cite a code, a diploma or a level the data does not give. Each message names the field.
 */
import { z } from 'astro/zod';
import { levels, romeCodePattern } from './taxonomy';

export interface AccessReference {
  /** Codes the site carries. */
  codes: ReadonlySet<string>;
  /** Codes with a curated page: their entry level lives in content/roles, not here. */
  curated: ReadonlySet<string>;
  /** For each code, the levels ROME's access text names, and whether it says "sans diplôme". */
  romeAccess: ReadonlyMap<string, { levels: readonly number[]; withoutDiploma: boolean }>;
  /** Level of every diploma id of the catalogue. */
  diplomaLevels: ReadonlyMap<string, number>;
}

const entryLevels = [0, ...levels] as readonly number[];

const accessEntrySchema = z.strictObject(
  {
    /** 0 = accessible sans diplôme; otherwise the national level (3–8) at which people usually start. */
    entryLevel: z
      .number({ error: 'entryLevel doit être 0 (sans diplôme) ou un niveau national entre 3 et 8' })
      .refine((value) => entryLevels.includes(value), {
        error: 'entryLevel doit être 0 (sans diplôme) ou un niveau national entre 3 et 8',
      }),
    /** Catalogue ids of the diplomas that lead to the job (content/diplomas/*.yaml), most usual first. */
    diplomas: z.array(z.string({ error: 'chaque diplôme doit être un identifiant du catalogue' }), {
      error: 'diplomas doit être une liste d’identifiants de diplômes (peut être vide : [])',
    }),
    /**
     * Why, in one sentence: required when the entry level is not one that ROME's access text names, or
     * when no diploma is listed.
     */
    note: z
      .string()
      .trim()
      .min(1, 'note ne peut pas être vide')
      .max(240, 'note : 240 caractères au plus')
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? 'champ inconnu : seuls entryLevel, diplomas et note sont permis'
        : undefined,
  },
);
export type AccessEntry = z.infer<typeof accessEntrySchema>;

/** The schema of one access file, checked against `ref`. */
export function makeAccessFileSchema(ref: AccessReference) {
  return z
    .record(z.string().regex(romeCodePattern), accessEntrySchema, {
      error: (issue) =>
        issue.code === 'invalid_key'
          ? `la clé « ${String(issue.input)} » n’est pas un code ROME (ex. M1203)`
          : 'le fichier doit associer des codes ROME à { entryLevel, diplomas }',
    })
    .superRefine((file, ctx) => {
      for (const [code, entry] of Object.entries(file)) {
        const at = (field: string, index?: number) =>
          index === undefined ? [code, field] : [code, field, index];
        if (!ref.codes.has(code)) {
          ctx.addIssue({
            code: 'custom',
            path: [code],
            message: `${code} n’est pas une fiche du site (ROME v460, périmètre)`,
          });
          continue;
        }
        if (ref.curated.has(code)) {
          ctx.addIssue({
            code: 'custom',
            path: [code],
            message: `${code} a une fiche rédigée (content/roles/${code}.mdx) : son niveau et ses diplômes s’y trouvent déjà`,
          });
        }
        entry.diplomas.forEach((id, index) => {
          if (!ref.diplomaLevels.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: at('diplomas', index),
              message: `diplomas : « ${id} » n’est pas un diplôme de content/diplomas/`,
            });
          }
        });
        const listed = entry.diplomas.flatMap((id) => ref.diplomaLevels.get(id) ?? []);
        if (entry.entryLevel > 0 && listed.length > 0 && Math.min(...listed) !== entry.entryLevel) {
          ctx.addIssue({
            code: 'custom',
            path: at('entryLevel'),
            message: `entryLevel (${entry.entryLevel}) doit être le plus bas niveau des diplômes listés (${Math.min(...listed)})`,
          });
        }
        const rome = ref.romeAccess.get(code);
        const romeSays =
          entry.entryLevel === 0
            ? Boolean(rome?.withoutDiploma)
            : Boolean(rome?.levels.includes(entry.entryLevel));
        if (!romeSays && entry.note === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: at('note'),
            message: `note est obligatoire : le texte d’accès du ROME v460 ne cite pas ce niveau (${entry.entryLevel}) pour ${code}`,
          });
        }
        if (entry.diplomas.length === 0 && entry.note === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: at('note'),
            message: 'note est obligatoire quand aucun diplôme n’est listé (dire pourquoi)',
          });
        }
      }
    });
}
