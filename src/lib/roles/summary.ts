/**
 * A role as every island receives it: the part of a `CatalogueRole` (src/lib/catalogue.ts) that the
 * build writes into the static JSON payloads, and the one schema each island reads them back through.
 * Owns the payload shapes: the summary (`roleSummarySchema`, every island), the explorer's entry (the
 * summary plus one line of text) and the comparison's detail (the summary plus what the comparison
 * shows). Never adds a fact the catalogue does not hold: `toRoleSummary` copies it.
 *
 * Written with `zod/mini`, the tree-shakable build of the zod that `astro/zod` re-exports: the checks
 * weigh about 6 kB gzipped in an island, where the full build would weigh 93 kB.
 */
import * as z from 'zod/mini';
import { conditionFlags } from '../conditions';
import type { CatalogueRole } from '../catalogue';
import { families, offices, riasecLetters, romeCodePattern } from '../../schemas/taxonomy';

/** A role page's slug: words of the v460 label, then the lower-case ROME code ("comptable-m1203"). */
export const roleSlugPattern = /^(?:[a-z0-9]+-)*[a-n]\d{4}$/;

const romeCode = z.string().check(z.regex(romeCodePattern));
const riasecLetter = z.nullable(z.enum(riasecLetters));

export const roleSummarySchema = z.object({
  slug: z.string().check(z.regex(roleSlugPattern)),
  code: romeCode,
  title: z.string(),
  office: z.enum(offices),
  family: z.enum(families),
  /** The main family first, then the others the role is also listed in. */
  families: z.array(z.enum(families)),
  /** 0 = sans diplôme, 3–8 = national level, null = unknown. */
  entryLevel: z.nullable(z.int()),
  /** Null when ROME v460 does not say. */
  cadre: z.nullable(z.boolean()),
  riasec: z.object({ major: riasecLetter, minor: riasecLetter }),
  conditions: z.array(z.enum(conditionFlags)),
  /** Described in full by the site (content/roles). */
  curated: z.boolean(),
  /** ROME codes of the mobility targets the site has a page for, in ROME's order. */
  mobility: z.array(romeCode),
  /** ROME centre d’intérêt ids. */
  interests: z.array(z.string()),
});

export type RoleSummary = z.infer<typeof roleSummarySchema>;

/** Every role of the catalogue, as `/metiers/resume.json` carries them. */
export const roleSummariesSchema = z.array(roleSummarySchema);

/** The summary of a catalogue role: the only way a payload gets one. */
export function toRoleSummary(role: CatalogueRole): RoleSummary {
  return {
    slug: role.slug,
    code: role.code,
    title: role.title,
    office: role.office,
    family: role.family,
    families: [...role.families],
    entryLevel: role.entryLevel,
    cadre: role.cadre,
    riasec: { major: role.riasec.major, minor: role.riasec.minor },
    conditions: [...role.conditions],
    curated: role.curated,
    mobility: role.mobility.flatMap(({ code, slug }) => (slug === undefined ? [] : [code])),
    interests: role.sheet.interests.map(({ id }) => id),
  };
}

/** One step of where a role leads, as the comparison shows it. */
const leadStepSchema = z.object({
  title: z.string(),
  code: romeCode,
  /** Page of the step; null when the site does not carry it. */
  slug: z.nullable(z.string().check(z.regex(roleSlugPattern))),
});

/** A role as `/comparer/metiers/<slug>.json` carries it: the summary plus what the comparison shows. */
export const roleDetailSchema = z.extend(roleSummarySchema, {
  /** National levels (3–8) at which the job is reached (ROME and the curated diplomas). */
  accessLevels: z.array(z.int()),
  accessWithoutDiploma: z.boolean(),
  /** The diplomas that lead to the role, most usual first. */
  diplomas: z.array(z.object({ name: z.string(), level: z.int() })),
  savoirEtre: z.array(z.string()),
  /** All of ROME's savoir-faire, in ROME's order: the first ones are shown, all count as shared. */
  savoirFaire: z.array(z.string()),
  /** Curated roles: the team's path after the role; others: ROME v460 mobility targets. */
  leadsTo: z.object({ kind: z.enum(['path', 'mobility']), steps: z.array(leadStepSchema) }),
});

export type RoleDetail = z.infer<typeof roleDetailSchema>;

/** The comparison's detail of a catalogue role: the only way `/comparer/metiers/<slug>.json` gets one. */
export function toRoleDetail(role: CatalogueRole): RoleDetail {
  return {
    ...toRoleSummary(role),
    accessLevels: [...role.accessLevels],
    accessWithoutDiploma: role.accessWithoutDiploma,
    diplomas: role.diplomas.map(({ name, level }) => ({ name, level })),
    savoirEtre: [...role.sheet.skills.savoirEtre],
    savoirFaire: [...role.sheet.skills.savoirFaire],
    leadsTo: {
      kind: role.leadsTo.kind,
      steps: role.leadsTo.steps.map(({ title, code, slug }) => ({ title, code, slug })),
    },
  };
}

/** What went wrong in a payload, in a line a developer can act on: the first field and the rule. */
export function payloadError(source: string, error: z.core.$ZodError): Error {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') || '(racine)';
  return new Error(`${source} : champ ${path} : ${issue?.message ?? 'forme inattendue'}`);
}

/** `data` read through `schema`; throws `payloadError` naming the source and the field when it does not fit. */
export function readPayload<T>(schema: z.ZodMiniType<T>, data: unknown, source: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw payloadError(source, result.error);
  return result.data;
}

/**
 * A role as the explorer lists it (`/metiers/index-recherche.json`): its summary without the mobility
 * and interests the explorer never shows (a tenth of the payload, precached by the service worker),
 * plus one line of what the job is, our own words for a curated role (`summary`), else the first
 * sentence of ROME's definition (`definition`, shown as a quotation).
 */
export const explorerRoleSchema = z.extend(z.omit(roleSummarySchema, { mobility: true, interests: true }), {
  summary: z.optional(z.string()),
  definition: z.optional(z.string()),
});

export type ExplorerRole = z.infer<typeof explorerRoleSchema>;
