/**
 * Zod schema of `content/search/synonyms.yaml`: groups of words or short phrases the explorer's search
 * treats as one (abbreviations, word families, one- or two-word spellings). Pure: no file access. The
 * schema is made from the catalogue's names, so that every group stays tied to ROME v460: each
 * `seenIn` title must be a job title or sheet label the site carries, and must hold one of the group's
 * members. Messages name the entry and the field a content editor has to fix.
 */
import { z } from 'astro/zod';
import { normalizeText } from '../lib/search/records';

/** What the file is checked against: every job title and sheet label of the catalogue, as ROME writes them. */
export interface SynonymReference {
  names: ReadonlySet<string>;
}

/** Longest member: a group holds words or short phrases, not sentences. */
export const MAX_MEMBER_WORDS = 4;

/** Whether the words of `member` appear in `name`, in order and next to each other (both normalised). */
export function nameHolds(name: string, member: string): boolean {
  return ` ${normalizeText(name)} `.includes(` ${normalizeText(member)} `);
}

export function makeSynonymsSchema(ref: SynonymReference) {
  const member = z
    .string({ error: 'chaque mot de words doit être un texte' })
    .trim()
    .refine((text) => normalizeText(text) !== '', 'un mot de words ne peut pas être vide')
    .refine(
      (text) => normalizeText(text).split(' ').length <= MAX_MEMBER_WORDS,
      `un mot de words tient en ${MAX_MEMBER_WORDS} mots au plus`,
    );
  const entry = z
    .object({
      /** The equivalent words or phrases, as a visitor would type them (accents and capitals kept). */
      words: z
        .array(member, { error: 'words est obligatoire : la liste des mots équivalents' })
        .min(2, 'words doit contenir au moins deux mots équivalents'),
      /** v460 job titles or sheet labels holding a member, exactly as ROME writes them. */
      seenIn: z
        .array(z.string({ error: 'chaque titre de seenIn doit être un texte' }), {
          error: 'seenIn est obligatoire : au moins un intitulé ROME v460 qui contient un des mots',
        })
        .min(1, 'seenIn doit citer au moins un intitulé ROME v460'),
      /** Why the group exists, for the reviewer. */
      note: z.string({ error: 'note doit être un texte' }).optional(),
    })
    .superRefine((value, ctx) => {
      const normalised = value.words.map(normalizeText);
      if (new Set(normalised).size !== normalised.length) {
        ctx.addIssue({ code: 'custom', path: ['words'], message: 'words contient deux fois le même mot' });
      }
      value.seenIn.forEach((title, i) => {
        if (!ref.names.has(title)) {
          ctx.addIssue({
            code: 'custom',
            path: ['seenIn', i],
            message: `seenIn : « ${title} » n’est ni une appellation ni un libellé ROME v460 du catalogue (écrire l’intitulé exactement comme le ROME)`,
          });
        } else if (!value.words.some((word) => nameHolds(title, word))) {
          ctx.addIssue({
            code: 'custom',
            path: ['seenIn', i],
            message: `seenIn : « ${title} » ne contient aucun des mots du groupe`,
          });
        }
      });
    });
  return z.object({
    equivalents: z.array(entry, { error: 'equivalents est obligatoire : la liste des groupes de mots' }),
  });
}

export type SynonymsFile = z.infer<ReturnType<typeof makeSynonymsSchema>>;
