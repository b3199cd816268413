/**
 * Zod schemas of the skills quiz content: the item bank (`content/quiz/items.yaml`) and the ordered id
 * list of every published bank version (`content/quiz/versions.yaml`). Pure: no `astro:*` import, so
 * tests can feed bad content and check the message a counselor reads. Messages are French and start
 * with the field they are about; `parseItemBank` / `parseVersionHistory` add the file name and the
 * path (`items[3].families.ventes`) so the editor knows where to look.
 *
 * The balance rules (every family measured, both sides of the office axis present) are enforced here
 * rather than only in tests, so an unbalanced bank fails the build with a readable message.
 */
import { z } from 'astro/zod';
import { parseContent } from './parse-content';
import { families, riasecLetters, romeCodePattern, type Family } from './taxonomy';
import { ITEM_ID_MAX_LENGTH, ITEM_ID_PATTERN, MAX_ITEMS, MIN_ITEMS } from './quiz-limits';

// Re-exported: the limits live in a zod-free module so browser code can import them without zod.
export { ITEM_ID_MAX_LENGTH, ITEM_ID_PATTERN, MAX_ITEMS, MIN_ITEMS };

/** Each family must be measured by at least this many items (weight ≥ 1). */
export const MIN_ITEMS_PER_FAMILY = 4;
/** The office axis needs this many items with a nonzero lean, and this many on each side. */
export const MIN_OFFICE_ITEMS = 8;
export const MIN_OFFICE_ITEMS_PER_SIDE = 4;

/** A stable item id: short kebab-case, never changed, never reused for another statement. */
const itemIdSchema = z
  .string({ error: 'id est obligatoire (identifiant court en kebab-case)' })
  .max(ITEM_ID_MAX_LENGTH, `id : ${ITEM_ID_MAX_LENGTH} caractères au plus`)
  .regex(
    ITEM_ID_PATTERN,
    'id doit être en kebab-case : minuscules sans accent, chiffres et tirets (ex. convaincre-client)',
  );

export const quizItemSchema = z.object({
  /** Stable short kebab-case id; share links and saved progress refer to it. */
  id: itemIdSchema,
  /** The statement shown to the person, first person implied (« Convaincre un client hésitant »). */
  text: z
    .string({ error: 'text est obligatoire (l’énoncé affiché)' })
    .trim()
    .min(1, 'text ne peut pas être vide')
    .max(100, 'text : 100 caractères au plus, l’énoncé doit rester court')
    .refine((text) => !text.includes("'"), "text : utilisez l’apostrophe typographique ’ au lieu de '"),
  /** Family id → weight 0..3 (3 = the heart of the job, 1 = a secondary link); at least one weight ≥ 1. */
  families: z
    .partialRecord(
      z.enum(families),
      z
        .number({ error: 'families : le poids doit être un nombre entier de 0 à 3' })
        .int('families : le poids doit être un nombre entier de 0 à 3')
        .min(0, 'families : le poids doit être un nombre entier de 0 à 3')
        .max(3, 'families : le poids doit être un nombre entier de 0 à 3'),
      {
        error: (issue) => {
          const unknown = unknownFamilyKeys(issue.input);
          return unknown.length > 0
            ? `families : famille inconnue « ${unknown.join(', ')} », choisir parmi ${families.join(', ')}`
            : 'families est obligatoire : famille → poids, ex. { ventes: 3 }';
        },
      },
    )
    .refine(
      (weights) => Object.values(weights).some((weight) => weight !== undefined && weight > 0),
      'families : au moins une famille doit avoir un poids de 1 à 3',
    ),
  /** Lean on the office axis: −2 / −1 = front office (contact), +1 / +2 = back office (coulisses), 0 = neutral. */
  office: z
    .number({ error: 'office doit être un nombre entier de -2 (front office) à +2 (back office)' })
    .int('office doit être un nombre entier de -2 (front office) à +2 (back office)')
    .min(-2, 'office doit être un nombre entier de -2 (front office) à +2 (back office)')
    .max(2, 'office doit être un nombre entier de -2 (front office) à +2 (back office)'),
  /** One or two RIASEC letters the activity calls on, e.g. [E] or [S, C]. */
  riasec: z
    .array(z.enum(riasecLetters, { error: 'riasec : lettre inconnue, choisir parmi R, I, A, S, E, C' }), {
      error: 'riasec est obligatoire : une ou deux lettres, ex. [E, S]',
    })
    .min(1, 'riasec : une ou deux lettres, ex. [E, S]')
    .max(2, 'riasec : une ou deux lettres, ex. [E, S]')
    .refine(
      (letters) => new Set(letters).size === letters.length,
      'riasec : la même lettre apparaît deux fois',
    ),
  /** ROME centres d’intérêt (v460 codes 1–30) the statement expresses, e.g. [15] for « manier les chiffres ». */
  interests: z
    .array(
      z
        .number({ error: 'interests : un code de centre d’intérêt ROME, nombre entier de 1 à 30' })
        .int('interests : un code de centre d’intérêt ROME, nombre entier de 1 à 30')
        .min(1, 'interests : un code de centre d’intérêt ROME, nombre entier de 1 à 30')
        .max(30, 'interests : un code de centre d’intérêt ROME, nombre entier de 1 à 30'),
    )
    .default([]),
  /** A reverse-worded statement: « Tout à fait moi » counts as « Pas du tout moi » for its families and side. */
  reverse: z.boolean({ error: 'reverse : true ou false' }).default(false),
});
export type QuizItem = z.infer<typeof quizItemSchema>;

/** A second-stage statement: which road inside its family it speaks for. */
const stage2ItemSchema = z.object({
  /** Stable id, like the first-stage ones (never reused). */
  id: itemIdSchema,
  /** The statement, same rules as the first stage. */
  text: quizItemSchema.shape.text,
  /** The id of one of the family's tracks. */
  track: z.string({ error: 'track est obligatoire (l’id d’une voie de la famille)' }),
});

/** A family's second stage: its tracks (roads inside the family, as ROME codes) and their statements. */
const stage2FamilySchema = z
  .object({
    tracks: z
      .array(
        z.object({
          /** Kebab-case id of the road, e.g. developpement. */
          id: itemIdSchema,
          /** ROME codes of the sheets on that road (any family: a bank adviser is in ventes). */
          codes: z
            .array(
              z
                .string()
                .regex(romeCodePattern, 'codes : un code ROME, une lettre et quatre chiffres (ex. M1203)'),
            )
            .min(1, 'codes : au moins un code ROME'),
        }),
      )
      .min(2, 'tracks : au moins deux voies à départager'),
    items: z.array(stage2ItemSchema).length(6, 'items : exactement 6 énoncés de deuxième étape par famille'),
  })
  .superRefine((stage, ctx) => {
    const tracks = new Set(stage.tracks.map(({ id }) => id));
    stage.items.forEach((item, index) => {
      if (!tracks.has(item.track))
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'track'],
          message: `track « ${item.track} » inconnue : choisir parmi ${[...tracks].join(', ')}`,
        });
    });
    const firstFive = new Set(stage.items.slice(0, 5).map(({ track }) => track));
    const uncovered = [...tracks].filter((track) => !firstFive.has(track));
    if (uncovered.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['items'],
        message: `items : les 5 premiers énoncés doivent couvrir toutes les voies (manque ${uncovered.join(', ')}) : ce sont ceux posés quand deux familles sont en tête`,
      });
  });
export type Stage2Family = z.infer<typeof stage2FamilySchema>;

/** The keys of a `families` map that are not family ids (the record's own issue does not name them). */
function unknownFamilyKeys(input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const known: readonly string[] = families;
  return Object.keys(input).filter((key) => !known.includes(key));
}

export const itemBankSchema = z
  .object({
    /** Bank version; bump it (and add the new id list to versions.yaml) whenever the id list changes. */
    version: z
      .number({ error: 'version doit être un nombre entier ≥ 1' })
      .int('version doit être un nombre entier ≥ 1')
      .min(1, 'version doit être un nombre entier ≥ 1'),
    /** The items, in the order the quiz asks them (and share links encode them). */
    items: z
      .array(quizItemSchema, { error: 'items est obligatoire (la liste des énoncés)' })
      .min(MIN_ITEMS, `items : ${MIN_ITEMS} énoncés au moins`)
      .max(MAX_ITEMS, `items : ${MAX_ITEMS} énoncés au plus`),
    /** From version 2, required: the second stage of every family. */
    stage2: z.partialRecord(z.enum(families), stage2FamilySchema).optional(),
    /** From version 2, required: one « typical day » per family, for the tie-break question. */
    tieBreak: z.partialRecord(z.enum(families), quizItemSchema.shape.text).optional(),
  })
  .superRefine((bank, ctx) => {
    const firstIndexById = new Map<string, number>();
    bank.items.forEach((item, index) => {
      const first = firstIndexById.get(item.id);
      if (first === undefined) firstIndexById.set(item.id, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['items', index, 'id'],
          message: `id « ${item.id} » déjà utilisé par l’énoncé n° ${first + 1} : chaque id doit être unique`,
        });
    });
    const stage2Ids = Object.values(bank.stage2 ?? {}).flatMap((stage) => stage.items.map(({ id }) => id));
    for (const id of stage2Ids) {
      if (firstIndexById.has(id))
        ctx.addIssue({
          code: 'custom',
          path: ['stage2'],
          message: `stage2 : id « ${id} » déjà utilisé par un énoncé de la première étape`,
        });
      else firstIndexById.set(id, -1);
    }
    if (new Set(stage2Ids).size !== stage2Ids.length)
      ctx.addIssue({ code: 'custom', path: ['stage2'], message: 'stage2 : un id apparaît deux fois' });
    for (const problem of findBalanceProblems(bank.items))
      ctx.addIssue({ code: 'custom', path: ['items'], message: problem });
    // The design rules of version 2 (balance, reverse items, second stage); v1 is frozen as published.
    if (bank.version >= 2)
      for (const { path, message } of findDesignProblems(bank))
        ctx.addIssue({ code: 'custom', path, message });
  });
export type ItemBank = z.infer<typeof itemBankSchema>;

/** How many items measure each family (weight ≥ 1) and lean each way on the office axis. */
export function countItemBankCoverage(items: readonly QuizItem[]): {
  perFamily: Record<Family, number>;
  office: { front: number; back: number; neutral: number };
} {
  const perFamily = Object.fromEntries(families.map((family) => [family, 0])) as Record<Family, number>;
  const office = { front: 0, back: 0, neutral: 0 };
  for (const item of items) {
    for (const family of families) if ((item.families[family] ?? 0) > 0) perFamily[family] += 1;
    if (item.office < 0) office.front += 1;
    else if (item.office > 0) office.back += 1;
    else office.neutral += 1;
  }
  return { perFamily, office };
}

function findBalanceProblems(items: readonly QuizItem[]): string[] {
  const { perFamily, office } = countItemBankCoverage(items);
  const problems: string[] = [];
  for (const family of families) {
    if (perFamily[family] < MIN_ITEMS_PER_FAMILY)
      problems.push(
        `items : la famille ${family} n’est mesurée que par ${perFamily[family]} énoncé(s), il en faut au moins ${MIN_ITEMS_PER_FAMILY}`,
      );
  }
  if (office.front + office.back < MIN_OFFICE_ITEMS)
    problems.push(
      `items : ${office.front + office.back} énoncé(s) seulement ont un office non nul, il en faut au moins ${MIN_OFFICE_ITEMS}`,
    );
  if (office.front < MIN_OFFICE_ITEMS_PER_SIDE)
    problems.push(
      `items : ${office.front} énoncé(s) seulement penchent côté front office (office < 0), il en faut au moins ${MIN_OFFICE_ITEMS_PER_SIDE}`,
    );
  if (office.back < MIN_OFFICE_ITEMS_PER_SIDE)
    problems.push(
      `items : ${office.back} énoncé(s) seulement penchent côté back office (office > 0), il en faut au moins ${MIN_OFFICE_ITEMS_PER_SIDE}`,
    );
  return problems;
}

/** Items per family (weight 3) from version 2: enough to separate it from the others. */
export const MIN_CORE_ITEMS_PER_FAMILY = 5;

/**
 * The rules a v2+ bank follows so that answering everything alike names no side and no family:
 * each family measured by MIN_CORE_ITEMS_PER_FAMILY items of weight 3 with one reverse item; the
 * same total lean (Σ |office|) on both sides, for direct and for reverse items separately; no two
 * neighbours with the same main family; a second stage and a tie-break day for every family.
 */
export function findDesignProblems(
  bank: Pick<ItemBank, 'items' | 'stage2' | 'tieBreak'>,
): Array<{ path: PropertyKey[]; message: string }> {
  const problems: Array<{ path: PropertyKey[]; message: string }> = [];
  for (const family of families) {
    const core = bank.items.filter((item) => item.families[family] === 3);
    if (core.length < MIN_CORE_ITEMS_PER_FAMILY)
      problems.push({
        path: ['items'],
        message: `items : la famille ${family} n’a que ${core.length} énoncé(s) de poids 3, il en faut au moins ${MIN_CORE_ITEMS_PER_FAMILY}`,
      });
    if (!core.some((item) => item.reverse))
      problems.push({
        path: ['items'],
        message: `items : la famille ${family} n’a pas d’énoncé inversé (reverse: true) de poids 3`,
      });
    if (!bank.stage2?.[family])
      problems.push({
        path: ['stage2', family],
        message: `stage2 : la famille ${family} n’a pas de deuxième étape`,
      });
    if (!bank.tieBreak?.[family])
      problems.push({
        path: ['tieBreak', family],
        message: `tieBreak : la famille ${family} n’a pas de journée type`,
      });
  }
  for (const reverse of [false, true]) {
    const leans = bank.items.filter((item) => item.reverse === reverse).map(({ office }) => office);
    const front = -leans.filter((lean) => lean < 0).reduce((sum, lean) => sum + lean, 0);
    const back = leans.filter((lean) => lean > 0).reduce((sum, lean) => sum + lean, 0);
    if (front !== back)
      problems.push({
        path: ['items'],
        message: `items : les énoncés ${reverse ? 'inversés' : 'directs'} penchent de ${front} côté client et de ${back} côté coulisses (somme des |office|) : il faut le même total des deux côtés`,
      });
  }
  bank.items.forEach((item, index) => {
    const before = bank.items[index - 1];
    if (before && mainFamily(before) === mainFamily(item))
      problems.push({
        path: ['items', index],
        message: `items : « ${item.id} » suit « ${before.id} » qui mesure la même famille principale : alternez les familles`,
      });
  });
  return problems;
}

/** The family an item weighs most on (first in taxonomy order on a tie). */
export function mainFamily(item: Pick<QuizItem, 'families'>): Family {
  let best: Family = families[0];
  for (const family of families) if ((item.families[family] ?? 0) > (item.families[best] ?? 0)) best = family;
  return best;
}

export const versionHistorySchema = z
  .object({
    /** Every published bank version, oldest first, each with its item ids in bank order. Append-only. */
    versions: z
      .array(
        z.object({
          /** The bank version number, as in items.yaml. */
          version: z
            .number({ error: 'version doit être un nombre entier ≥ 1' })
            .int('version doit être un nombre entier ≥ 1')
            .min(1, 'version doit être un nombre entier ≥ 1'),
          /** The item ids of that version, in the order of items.yaml at the time. */
          ids: z
            .array(itemIdSchema, { error: 'ids est obligatoire (la liste ordonnée des identifiants)' })
            .min(1, 'ids : au moins un identifiant')
            .refine((ids) => new Set(ids).size === ids.length, 'ids : un identifiant apparaît deux fois'),
          /**
           * From version 2: per family, the ids of its second-stage statements in the order asked. A
           * link stores the answers to the first ones only (6 for one family, 5 each for two).
           */
          stage2: z
            .partialRecord(
              z.enum(families),
              z.array(itemIdSchema, { error: 'stage2 : une liste d’identifiants par famille' }),
              { error: 'stage2 : famille → liste d’identifiants, ex. { ventes: [vendre-boutique] }' },
            )
            .optional(),
        }),
        { error: 'versions est obligatoire (la liste des versions publiées)' },
      )
      .min(1, 'versions : au moins une version publiée'),
  })
  .superRefine((history, ctx) => {
    const retired = new Set<string>();
    let previous: readonly string[] = [];
    history.versions.forEach((entry, index) => {
      const before = history.versions[index - 1];
      if (before && entry.version <= before.version)
        ctx.addIssue({
          code: 'custom',
          path: ['versions', index, 'version'],
          message: `version ${entry.version} : les versions doivent être croissantes (la précédente est ${before.version})`,
        });
      for (const id of entry.ids)
        if (retired.has(id))
          ctx.addIssue({
            code: 'custom',
            path: ['versions', index, 'ids'],
            message: `ids : « ${id} » a été retiré d’une version précédente, un identifiant retiré ne doit jamais revenir`,
          });
      const current = new Set(entry.ids);
      for (const id of previous) if (!current.has(id)) retired.add(id);
      previous = entry.ids;
    });
  });
export type VersionHistory = z.infer<typeof versionHistorySchema>;

/** Parses `items.yaml` data; throws an Error naming the file, the field path and the item id. */
export function parseItemBank(data: unknown, fileName: string): ItemBank {
  return parseContent(itemBankSchema, data, fileName, { describePath });
}

/** Parses `versions.yaml` data; throws an Error naming the file and the field path. */
export function parseVersionHistory(data: unknown, fileName: string): VersionHistory {
  return parseContent(versionHistorySchema, data, fileName, { describePath });
}

/**
 * Why the bank is not published as-is (French, one line per problem), or [] when versions.yaml
 * records the bank's version with the same ids in the same order. A change of the id list without a
 * new version would silently break the share links already sent.
 */
export function findUnpublishedBankChanges(bank: ItemBank, history: VersionHistory): string[] {
  const published = history.versions.find((entry) => entry.version === bank.version);
  if (!published)
    return [
      `version ${bank.version} d’items.yaml absente de versions.yaml : ajoutez-y la liste ordonnée de ses identifiants`,
    ];
  const ids = bank.items.map((item) => item.id);
  const sameList = (a: readonly string[], b: readonly string[] | undefined = []) =>
    a.length === b.length && a.every((id, index) => id === b[index]);
  const sameStage2 = families.every((family) =>
    sameList(bank.stage2?.[family]?.items.map(({ id }) => id) ?? [], published.stage2?.[family] ?? []),
  );
  if (sameList(ids, published.ids) && sameStage2) return [];
  return [
    `items.yaml ne correspond plus à la version ${bank.version} publiée dans versions.yaml (ajout, retrait ou ordre des énoncés) : ` +
      'augmentez version dans items.yaml et ajoutez la nouvelle liste à versions.yaml, sans modifier les anciennes',
  ];
}

/** `items[3].families.ventes (id « convaincre-client »)`: the path as the editor reads the YAML. */
function describePath(path: readonly PropertyKey[], data: unknown): string {
  if (path.length === 0) return '(racine du fichier)';
  let text = '';
  for (const segment of path)
    text += typeof segment === 'number' ? `[${segment}]` : `${text ? '.' : ''}${String(segment)}`;
  const [list, index] = path;
  if (list === 'items' && typeof index === 'number') {
    const id = itemIdAt(data, index);
    if (id) text += ` (id « ${id} »)`;
  }
  return text;
}

function itemIdAt(data: unknown, index: number): string | undefined {
  if (typeof data !== 'object' || data === null || !('items' in data) || !Array.isArray(data.items))
    return undefined;
  const item: unknown = data.items[index];
  if (typeof item !== 'object' || item === null || !('id' in item) || typeof item.id !== 'string')
    return undefined;
  return item.id;
}
