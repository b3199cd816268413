/**
 * Zod schema of the curated roles (`content/roles/<CODE>.mdx`). Pure: no `astro:*` import. The schema is
 * made from the ROME v460 reference (codes, job titles, mobility links) and the diploma ids, so that a
 * role can never cite a code, a job title, a diploma or a mobility link that does not exist. Each message
 * names the field a content editor has to fix.
 */
import { z } from 'astro/zod';
import { levels, romeCodePattern } from './taxonomy';

/** What a role's frontmatter is checked against, built from ROME v460 and the diploma catalogue. */
export interface RoleReference {
  /** Every ROME v460 code. */
  codes: Set<string>;
  /** For each code, its job titles (appellations, `libelle_appellation_long`) and its sheet label. */
  jobTitles: Map<string, Set<string>>;
  /** Every v460 mobility link, as `"A1101>A1102"` (source code > target code). */
  mobility: Set<string>;
  /** Every id of `content/diplomas/diplomas.yaml`. */
  diplomaIds: Set<string>;
  /** Optional: level of each diploma id; when given, `entryLevel` must match the diplomas listed. */
  diplomaLevels?: Map<string, number>;
}

/** Relationship vs analysis, in the source article's terms. */
export const profiles = ['relationnel', 'analytique', 'mixte'] as const;
/** Contact with customers vs behind the scenes. */
export const settings = ['contact', 'coulisses', 'mixte'] as const;
/** How a path step follows the previous one: a v460 mobility link, or a usual progression we explain. */
export const pathLinks = ['mobilite', 'parcours-courant'] as const;
/** 0 means "accessible sans diplôme"; otherwise a national level 3 to 8. */
export const entryLevels = [0, ...levels] as const;

export const MAX_SUMMARY = 160;
export const MIN_PATH_STEPS = 3;
export const MAX_PATH_STEPS = 5;

const pathStepSchema = z.object({
  /** ROME v460 code of this step (may be outside the site's scope, but must exist in v460). */
  code: z
    .string({ error: 'code de l’étape est obligatoire (code ROME v460, ex. M1203)' })
    .regex(
      romeCodePattern,
      'code de l’étape doit être un code ROME (une lettre et quatre chiffres, ex. M1203)',
    ),
  /** A v460 job title of that code (appellation), or its sheet label, exactly as ROME writes it. */
  title: z
    .string({ error: 'title de l’étape est obligatoire (appellation ROME v460 de ce code)' })
    .min(1, 'title de l’étape ne peut pas être vide'),
  /** Absent on the first step; `mobilite` or `parcours-courant` on the next ones. */
  link: z.enum(pathLinks, { error: 'link doit valoir mobilite ou parcours-courant' }).optional(),
  /** Why this step usually follows the previous one (own words), or its source; required for parcours-courant. */
  reason: z.string({ error: 'reason doit être un texte' }).min(1, 'reason ne peut pas être vide').optional(),
});
export type PathStep = z.infer<typeof pathStepSchema>;

/** Build the role schema for a given reference (real ROME data at build time, small fixtures in tests). */
export function makeRoleSchema(ref: RoleReference) {
  const isTitleOf = (code: string, title: string): boolean => ref.jobTitles.get(code)?.has(title) ?? false;

  return z
    .object({
      /** ROME v460 code of the role, e.g. "M1203". */
      code: z
        .string({ error: 'code est obligatoire (code ROME v460, ex. M1203)' })
        .refine((code) => ref.codes.has(code), {
          error: (issue) => `code « ${String(issue.input)} » n’existe pas dans le ROME v460`,
        }),
      /** Usual job title: a v460 job title of that code, or its sheet label, exactly as ROME writes it. */
      title: z
        .string({ error: 'title est obligatoire (appellation ROME v460 du code)' })
        .min(1, 'title ne peut pas être vide'),
      /** One sentence in our own words, at most 160 characters. */
      summary: z
        .string({ error: 'summary est obligatoire (une phrase, 160 caractères au plus)' })
        .min(1, 'summary ne peut pas être vide')
        .max(MAX_SUMMARY, `summary : ${MAX_SUMMARY} caractères au plus`),
      /** Relationship, analysis, or both. */
      profile: z.enum(profiles, { error: 'profile doit valoir relationnel, analytique ou mixte' }),
      /** Contact with customers, behind the scenes, or both. */
      setting: z.enum(settings, { error: 'setting doit valoir contact, coulisses ou mixte' }),
      /** Lowest national level at which people commonly enter (3 to 8), or 0 for "accessible sans diplôme". */
      entryLevel: z
        .number({ error: 'entryLevel doit être 0 (sans diplôme) ou un niveau national entre 3 et 8' })
        .refine((value) => (entryLevels as readonly number[]).includes(value), {
          error: 'entryLevel doit être 0 (sans diplôme) ou un niveau national entre 3 et 8',
        }),
      /** Ids of the diplomas that lead to the role (from content/diplomas/diplomas.yaml). */
      diplomas: z.array(
        z
          .string({ error: 'chaque diplôme doit être un identifiant du catalogue' })
          .refine((id) => ref.diplomaIds.has(id), {
            error: (issue) =>
              `diplomas : « ${String(issue.input)} » n’est pas un diplôme de content/diplomas/diplomas.yaml`,
          }),
        { error: 'diplomas doit être une liste d’identifiants de diplômes' },
      ),
      /** Where the role leads: 3 to 5 steps, the first being the role itself. */
      path: z
        .array(pathStepSchema, { error: 'path doit être une liste d’étapes' })
        .min(MIN_PATH_STEPS, `path doit compter de ${MIN_PATH_STEPS} à ${MAX_PATH_STEPS} étapes`)
        .max(MAX_PATH_STEPS, `path doit compter de ${MIN_PATH_STEPS} à ${MAX_PATH_STEPS} étapes`),
      /** Date of the last substantive update, YYYY-MM-DD. */
      updated: z.coerce.date({ error: 'updated doit être une date AAAA-MM-JJ' }),
    })
    .superRefine((role, ctx) => {
      if (!isTitleOf(role.code, role.title)) {
        ctx.addIssue({
          code: 'custom',
          path: ['title'],
          message: `title « ${role.title} » n’est pas une appellation ROME v460 du code ${role.code}`,
        });
      }

      if (ref.diplomaLevels && role.entryLevel > 0 && role.diplomas.length > 0) {
        const listed = role.diplomas.map((id) => ref.diplomaLevels?.get(id)).filter((l) => l !== undefined);
        const lowest = Math.min(...listed);
        if (listed.length > 0 && lowest !== role.entryLevel) {
          ctx.addIssue({
            code: 'custom',
            path: ['entryLevel'],
            message: `entryLevel (${role.entryLevel}) doit être le plus bas niveau des diplômes listés (${lowest})`,
          });
        }
      }

      role.path.forEach((step, index) => {
        const at = (field: string) => ['path', index, field];
        const known = ref.codes.has(step.code);
        if (!known) {
          ctx.addIssue({
            code: 'custom',
            path: at('code'),
            message: `path.${index}.code « ${step.code} » n’existe pas dans le ROME v460`,
          });
        } else if (!isTitleOf(step.code, step.title)) {
          ctx.addIssue({
            code: 'custom',
            path: at('title'),
            message: `path.${index}.title « ${step.title} » n’est pas une appellation ROME v460 du code ${step.code}`,
          });
        }

        if (index === 0) {
          if (step.code !== role.code) {
            ctx.addIssue({
              code: 'custom',
              path: at('code'),
              message: `path.0.code doit être le code du métier (${role.code}) : le parcours part de ce métier`,
            });
          }
          if (step.link !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: at('link'),
              message: 'path.0.link doit être absent : la première étape est le métier lui-même',
            });
          }
          return;
        }

        const previous = role.path[index - 1];
        if (step.link === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: at('link'),
            message: `path.${index}.link est obligatoire (mobilite ou parcours-courant)`,
          });
        } else if (
          step.link === 'mobilite' &&
          previous &&
          !ref.mobility.has(`${previous.code}>${step.code}`)
        ) {
          ctx.addIssue({
            code: 'custom',
            path: at('link'),
            message: `path.${index}.link : ${previous.code} → ${step.code} n’est pas une mobilité du ROME v460 (utiliser parcours-courant avec reason)`,
          });
        } else if (
          step.link === 'parcours-courant' &&
          (step.reason === undefined || step.reason.trim() === '')
        ) {
          ctx.addIssue({
            code: 'custom',
            path: at('reason'),
            message: `path.${index}.reason est obligatoire pour un parcours-courant (pourquoi cette étape est habituelle, ou sa source)`,
          });
        }
      });
    });
}

export type Role = z.infer<ReturnType<typeof makeRoleSchema>>;
