/**
 * Zod schema of `content/rome/classification.yaml`: how the site sorts ROME sheets into an office and a
 * family, and which sheets outside grands domaines D and M it carries. Pure: no `astro:*` import and no
 * file access, so unit tests can feed it bad content and check the message a content editor reads.
 * It validates the shape only; whether a code exists in ROME v460 is checked by the import script.
 */
import { z } from 'astro/zod';
import { families, offices, romeCodePattern } from './taxonomy';

/** A domaine professionnel code: grand domaine letter then two digits, e.g. "M12". */
export const domaineCodePattern = /^[A-N]\d{2}$/;

/** Longest `reason` accepted: one short line, so a page can show it as a caption. */
const reasonMaxLength = 140;

/**
 * The message of a record whose key or value is wrong: zod reports a bad key on the record itself, so
 * the message has to name the field and show the key.
 */
function recordError(field: string, expectedKey: string, expectedValue: string) {
  return (issue: { code?: string; input?: unknown }) =>
    issue.code === 'invalid_key'
      ? `${field} : la clé « ${String(issue.input)} » n’est pas ${expectedKey}`
      : `${field} est obligatoire : ${expectedKey} → ${expectedValue} (peut être vide : {})`;
}

const romeCode = z.string().regex(romeCodePattern);
const domaineCode = z.string().regex(domaineCodePattern);
const romeCodeHint = 'un code ROME (une lettre de A à N puis 4 chiffres, ex. « M1203 »)';
const domaineCodeHint = 'un code de domaine (une lettre de A à N puis 2 chiffres, ex. « M12 »)';

/** One short French line; `field` names the field in the messages. */
function shortLine(field: string) {
  return z
    .string({ error: `${field} est obligatoire (une courte phrase en français)` })
    .trim()
    .min(1, `${field} ne peut pas être vide`)
    .max(reasonMaxLength, `${field} : ${reasonMaxLength} caractères au plus (une seule ligne)`);
}

/** Where a sheet (or a whole domaine) sits on the site, and why. */
export const classificationRuleSchema = z
  .strictObject(
    {
      /** Front office (client side), back office (behind the scenes), or both when the role really mixes. */
      office: z.enum(offices, { error: 'office doit valoir front, back ou both' }),
      /** One of the seven job families of `src/schemas/taxonomy.ts`. */
      family: z.enum(families, {
        error: `family doit être l’une des sept familles : ${families.join(', ')}`,
      }),
      /** One short French line saying why, read by the teammates who review the file. */
      reason: shortLine('reason'),
      /**
       * Other families where a counselor would also look for the sheet (e.g. Fiscaliste, a job title of
       * K1903 Juriste, under « Finance et comptabilité »). Never the main family.
       */
      alsoIn: z
        .array(
          z.enum(families, { error: `alsoIn : chaque famille doit être l’une de : ${families.join(', ')}` }),
          {
            error: 'alsoIn doit être une liste de familles',
          },
        )
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? 'champ inconnu : seuls office, family, reason et alsoIn sont permis'
          : undefined,
    },
  )
  .refine((rule) => !rule.alsoIn?.includes(rule.family), {
    path: ['alsoIn'],
    message: 'alsoIn ne doit pas répéter la famille principale (family)',
  });
export type ClassificationRule = z.infer<typeof classificationRuleSchema>;

export const classificationSchema = z
  .strictObject(
    {
      /** Rule per domaine professionnel (e.g. "M12"), applied to every sheet of that domaine in scope. */
      domaines: z.record(domaineCode, classificationRuleSchema, {
        error: recordError('domaines', domaineCodeHint, 'règle'),
      }),
      /** Rule per ROME code for the sheets that do not follow their domaine's rule; wins over `domaines`. */
      overrides: z.record(romeCode, classificationRuleSchema, {
        error: recordError('overrides', romeCodeHint, 'règle'),
      }),
      /** Sheets outside grands domaines D and M that the site also carries, each with the reason (one line). */
      extraCodes: z.record(romeCode, shortLine('extraCodes (la raison de l’ajout)'), {
        error: recordError('extraCodes', romeCodeHint, 'raison de l’ajout'),
      }),
      /**
       * What the scope rule leaves out, with the reason: a whole domaine (e.g. "D11") or one ROME code. A
       * sheet of an excluded domaine that has its own entry under `overrides` stays in (a human decided).
       */
      excluded: z.record(z.union([romeCode, domaineCode]), shortLine('excluded (la raison du retrait)'), {
        error: recordError('excluded', `${domaineCodeHint} ou ${romeCodeHint}`, 'raison du retrait'),
      }),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `champ inconnu : seuls domaines, overrides, extraCodes et excluded sont permis`
          : undefined,
    },
  )
  .superRefine((file, ctx) => {
    for (const code of Object.keys(file.excluded)) {
      if (Object.hasOwn(file.extraCodes, code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['excluded', code],
          message: `excluded : ${code} est aussi dans extraCodes ; choisir l’un ou l’autre`,
        });
      }
      if (romeCodePattern.test(code) && Object.hasOwn(file.overrides, code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['excluded', code],
          message: `excluded : ${code} a aussi une règle dans overrides ; retirer l’une des deux`,
        });
      }
    }
  });
export type Classification = z.infer<typeof classificationSchema>;
