/**
 * `npm run bench [-- --write]` — latency of the explorer's search (`src/lib/search`), per query, on:
 *   (a) the shipped catalogue (`content/`, read by `src/data/search-files.ts` as the relevance test
 *       reads it), payload loaded with `loadSearch`;
 *   (b) a 10× catalogue: every v460 sheet and job title (`readRome('../shared/data/rome-v460')`),
 *       with the same synonym groups;
 *   (c) a naive baseline on the shipped catalogue: `new Fuse(records, options)` built for each query,
 *       no prebuilt index, no exact/prefix tiers.
 * Every payload goes through `JSON.stringify` / `JSON.parse`, as the browser gets it. Each query is
 * warmed up, then timed many times with `performance.now()`; p50 / p95 are over every timed call.
 * Prints a Markdown table, the size of the shipped payload (raw and gzipped with node:zlib), and the
 * relevance table's top-1 / top-3 hit rates (`src/lib/search/relevance-cases.ts`); `--write` puts
 * them between the bench:search markers of BENCHMARKS.md.
 *
 * Speed is measured here and written down, never asserted in CI (timings depend on the machine).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import Fuse, { type IFuseOptions } from 'fuse.js';
import { readCatalogueFromFiles } from '../src/data/catalogue-files';
import { searchPayloadOf } from '../src/data/search-files';
import { searchSynonyms } from '../src/data/search-synonyms';
import { readRome } from '../src/lib/rome/read';
import {
  createSearchIndex,
  fuseOptions,
  loadSearch,
  vocabularyOf,
  type SearchFunction,
  type SearchPayload,
} from '../src/lib/search/index';
import {
  buildSearchRecords,
  normalizeText,
  searchRoleOf,
  type SearchRecord,
} from '../src/lib/search/records';
import { rankOf, relevanceCases } from '../src/lib/search/relevance-cases';

const root = join(import.meta.dirname, '..');
const romeDir = resolve(root, '../shared/data/rome-v460');

/**
 * What visitors type: full and partial words, job titles, skill words, missing accents, typos,
 * capitals, multi-word queries in any order.
 */
const queries = [
  'comptabilite',
  'comptabilité',
  'COMPTABLE',
  'compta',
  'compt',
  'comptabilte',
  'expert comptable',
  'fiscalste',
  'fiscaliste',
  'juriste',
  'vendeuse',
  'vendeur',
  'vendeurr',
  'téléconseiller',
  'teleconseillere',
  'paie',
  'gestionnaire de paie',
  'gestionaire de paye',
  'assistant rh',
  'ressources humaines',
  'drh',
  'developpeur',
  'développeur web',
  'accueil',
  "hôtesse d'accueil",
  'receptionniste',
  'commercial',
  'asistant commercial',
  'responsable magasin',
  'chef de rayon',
  'caissière',
  'contrôleur de gestion',
  'controleur gestion',
  'recouvrement',
  'conseiller clientèle',
  'conseillère bancaire',
  'secrétaire',
  'secretiare',
  'assistante de direction',
  'acheteur',
  'logistique',
  'marketing',
  'chef de produit',
  'community manager',
  'data analyst',
  'technicien informatique',
  'technicien de maintenance en informatiqe',
  'support informatique',
  'administrateur reseau',
  'cybersécurité',
  'trésorerie',
  'auditeur',
  'standardiste',
  'relation client',
  'service client',
  'banque',
  'assurance',
  'négociateur immobilier',
  'e-commerce',
  'recruteur',
  'chargé de recrutement',
  'manager',
  'excel',
  'rh',
];

const WARM_UP = 5;

interface Variant {
  name: string;
  corpus: string;
  target: string;
  iterations: number;
  search: (query: string) => unknown;
}

interface Timing {
  variant: Variant;
  p50: number;
  p95: number;
  slowest: { query: string; p95: number };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function time(variant: Variant): Timing {
  const all: number[] = [];
  let slowest = { query: '', p95: -1 };
  for (const query of queries) {
    for (let i = 0; i < WARM_UP; i += 1) variant.search(query);
    const samples: number[] = [];
    for (let i = 0; i < variant.iterations; i += 1) {
      const start = performance.now();
      variant.search(query);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const p95 = percentile(samples, 95);
    if (p95 > slowest.p95) slowest = { query, p95 };
    all.push(...samples);
  }
  all.sort((a, b) => a - b);
  return { variant, p50: percentile(all, 50), p95: percentile(all, 95), slowest };
}

const catalogue = readCatalogueFromFiles();

/** Every v460 sheet, titled by its label. */
function allRomePayload(): { payload: SearchPayload; roles: number; jobTitles: number } {
  const sheets = readRome(romeDir);
  const roles = sheets.map((sheet) =>
    searchRoleOf({ slug: sheet.slug, title: sheet.label, label: sheet.label, sheet }),
  );
  const jobTitles = sheets.reduce((sum, sheet) => sum + sheet.jobTitles.length, 0);
  const synonyms = searchSynonyms(
    catalogue.map((role) => role.sheet),
    root,
  );
  return { payload: createSearchIndex(buildSearchRecords(roles), synonyms), roles: roles.length, jobTitles };
}

/** The payload as the browser receives it, the search function, and how long loading took. */
function shipped(payload: SearchPayload): {
  json: string;
  records: SearchRecord[];
  search: SearchFunction;
  loadMs: number;
} {
  const json = JSON.stringify(payload);
  const start = performance.now();
  const { search } = loadSearch(JSON.parse(json) as SearchPayload);
  return { json, records: payload.records, search, loadMs: performance.now() - start };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Other processes on the machine show up in p95: the load average is written down with the figures. */
const loadAtStart = loadavg()[0] ?? NaN;
const large = allRomePayload();
const a = shipped(searchPayloadOf(catalogue, root));
const b = shipped(large.payload);
const small = { records: a.records, roles: catalogue.length };
const naiveOptions: IFuseOptions<SearchRecord> = { ...fuseOptions, keys: ['text'] };

const variants: Variant[] = [
  {
    name: '(a) shipped, prebuilt payload',
    corpus: `${small.roles} roles, ${small.records.length} records, ${vocabularyOf(small.records).length} words`,
    target: 'p95 ≤ 2 ms',
    iterations: 200,
    search: (query) => a.search(query),
  },
  {
    name: '(b) 10× (all v460), prebuilt payload',
    corpus: `${large.roles} roles (${large.jobTitles} job titles), ${b.records.length} records, ${vocabularyOf(b.records).length} words`,
    target: 'p95 ≤ 16 ms',
    iterations: 100,
    search: (query) => b.search(query),
  },
  {
    name: '(c) shipped, naive: `new Fuse` per query',
    corpus: `${small.roles} roles, ${small.records.length} records`,
    target: 'baseline',
    iterations: 10,
    search: (query) => new Fuse(small.records, naiveOptions).search(normalizeText(query)),
  },
];

const timings = variants.map(time);
const rawBytes = Buffer.byteLength(a.json);
const gzipBytes = gzipSync(a.json).length;
const largeGzip = gzipSync(b.json).length;

const table = [
  '| Variant | Corpus | p50 | p95 | Slowest query (its p95) | Target |',
  '| --- | --- | ---: | ---: | --- | --- |',
  ...timings.map(
    ({ variant, p50, p95, slowest }) =>
      `| ${variant.name} | ${variant.corpus} | ${ms(p50)} | ${ms(p95)} | ${JSON.stringify(slowest.query)} (${ms(slowest.p95)}) | ${variant.target} |`,
  ),
].join('\n');
const codeOf = new Map(catalogue.map((role) => [role.slug, role.code]));
const ranks = relevanceCases.map(({ query, codes }) =>
  rankOf(
    a.search(query, { limit: 10 }).map((result) => codeOf.get(result.slug) ?? ''),
    codes,
  ),
);
const rate = (within: number) =>
  `${((100 * ranks.filter((rank) => rank !== undefined && rank <= within).length) / ranks.length).toFixed(0)} %`;
const sizes = [
  `Relevance (${relevanceCases.length} queries of \`src/lib/search/relevance-cases.ts\`, shipped catalogue): top 1 ${rate(1)}, top 3 ${rate(3)}, top 5 ${rate(5)}.`,
  `Shipped search payload (records + synonym groups; Fuse indexes are built in the browser on first need): ${kB(rawBytes)} raw, ${kB(gzipBytes)} gzipped (budget 150 kB gzipped); loads in ${ms(a.loadMs)} (JSON.parse + loadSearch).`,
  `10× payload, for scale: ${kB(Buffer.byteLength(b.json))} raw, ${kB(largeGzip)} gzipped; loads in ${ms(b.loadMs)}.`,
].join('\n');
const context = `${new Date().toISOString().slice(0, 10)} · Node ${process.version} · ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}) · load average ${loadAtStart.toFixed(1)} at start · ${queries.length} queries, ${WARM_UP} warm-up calls each, then ${variants.map((v) => `${v.iterations}`).join(' / ')} timed calls each for (a) / (b) / (c); no \`limit\` (every matching role is returned, as the explorer needs).`;

console.log(`${context}\n\n${table}\n\n${sizes}`);

if (process.argv.includes('--write')) {
  const file = join(root, 'BENCHMARKS.md');
  const start = '<!-- bench:search:start -->';
  const end = '<!-- bench:search:end -->';
  const section = `${start}\n${context}\n\n${table}\n\n${sizes}\n${end}`;
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmarks\n\nFigures measured by the scripts named in each section, written down rather than asserted in CI.\n';
  const next = current.includes(start)
    ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => section)
    : `${current.trimEnd()}\n\n## Explorer search (\`npm run bench\`)\n\n${section}\n`;
  writeFileSync(file, next);
  console.log(`\nWrote ${file}`);
}
