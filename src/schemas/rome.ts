/**
 * Zod schemas of what `scripts/import-rome.ts` writes to `content/rome/`: the sheets, the import's
 * meta file and the v460 labels. The import is ours, but the files are committed and may be edited or
 * merged by hand: the build reads them through these schemas, so a broken file stops it naming the
 * field instead of rendering a wrong fact. Pure. The TypeScript shapes stay in src/lib/rome/types.ts;
 * the schemas are checked against them.
 */
import { z } from 'astro/zod';
import type { RomeSheet } from '../lib/rome/types';
import { levels, riasecLetters, romeCodePattern } from './taxonomy';

const romeCode = z.string().regex(romeCodePattern, 'un code ROME (une lettre de A à N puis 4 chiffres)');
const text = z.string().min(1);
const riasecLetter = z.enum(riasecLetters).nullable();

export const romeSheetSchema = z.strictObject({
  code: romeCode,
  label: text,
  slug: z.string().regex(/^(?:[a-z0-9]+-)*[a-n]\d{4}$/, 'les mots du libellé puis le code en minuscules'),
  grandDomaine: z.string().regex(/^[A-N]$/),
  domaine: z.strictObject({ code: z.string().regex(/^[A-N]\d{2}$/), label: text }),
  cadre: z.boolean().nullable(),
  riasec: z.strictObject({ major: riasecLetter, minor: riasecLetter }),
  jobTitles: z.array(z.strictObject({ id: text, label: text, cadre: z.boolean() })),
  skills: z.strictObject({
    savoirFaire: z.array(text),
    savoirEtre: z.array(text),
    savoirs: z.array(z.strictObject({ group: text, items: z.array(text) })),
  }),
  mobility: z.array(romeCode),
  accessLevels: z.array(z.literal(levels)),
  accessWithoutDiploma: z.boolean(),
  definition: z.array(text),
  accessText: z.array(text),
  contexts: z.array(z.strictObject({ id: text, label: text, type: text })),
  interests: z.array(z.strictObject({ id: text, label: text, principal: z.boolean() })),
}) satisfies z.ZodType<RomeSheet>;

/** content/rome/sheets.json: every sheet once. */
export const romeSheetsSchema = z.array(romeSheetSchema).superRefine((sheets, context) => {
  const seen = new Set<string>();
  sheets.forEach((sheet, index) => {
    if (seen.has(sheet.code))
      context.addIssue({ code: 'custom', path: [index, 'code'], message: `code ${sheet.code} en double` });
    seen.add(sheet.code);
  });
});

/** content/rome/v460-labels.json: every v460 code with its label. */
export const v460LabelsSchema = z.record(romeCode, text);

/** content/rome/meta.json. */
export const romeMetaSchema = z.strictObject({
  version: text,
  source: text,
  licence: text,
  counts: z.strictObject({
    sheets: z.int().nonnegative(),
    excluded: z.int().nonnegative(),
    jobTitles: z.int().nonnegative(),
    mobilityLinks: z.int().nonnegative(),
  }),
  excluded: z.array(z.strictObject({ code: romeCode, label: text, reason: text })),
});
export type RomeMeta = z.infer<typeof romeMetaSchema>;
