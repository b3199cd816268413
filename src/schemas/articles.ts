/**
 * Zod schema of the articles (`content/articles/*.mdx`). Pure: no `astro:*` import, so unit tests can
 * feed it bad frontmatter and check the message a content editor reads. `src/content.config.ts` wires
 * it to the collection.
 */
import { z } from 'astro/zod';
import { offices } from './taxonomy';

export const articleSchema = z.object({
  /** Page title, shown as the H1 and in the browser tab. */
  title: z
    .string({ error: 'title est obligatoire (le titre de l’article)' })
    .min(1, 'title ne peut pas être vide'),
  /** Summary for search engines and link previews; at most 160 characters. */
  description: z
    .string({ error: 'description est obligatoire' })
    .min(1, 'description ne peut pas être vide')
    .max(160, 'description : 160 caractères au plus'),
  /** Position in the reading order of the articles (1 = first). */
  order: z.number({ error: 'order doit être un nombre entier' }).int().positive(),
  /** Which office the article is about: front, back, or both. */
  office: z.enum(offices, { error: 'office doit valoir front, back ou both' }),
  /** Date of the last substantive update, YYYY-MM-DD. */
  updated: z.coerce.date({ error: 'updated doit être une date AAAA-MM-JJ' }),
});
export type Article = z.infer<typeof articleSchema>;
