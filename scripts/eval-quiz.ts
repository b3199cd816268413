/**
 * `npm run eval:quiz [-- --write]`: plays the written personas (src/lib/quiz/personas.ts) through
 * both stages of the quiz against the real bank and catalogue, and prints for each the family and
 * side found, the confidence, and the rank of the expected role among the suggestions (« Pour
 * commencer » then « Pour évoluer »). `--write` puts the table between the eval:quiz markers of
 * BENCHMARKS.md. Deterministic: no timing, the same figures on every machine.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readQuizContent, readRoleSummariesFromFiles } from '../src/data/quiz';
import { personas, runPersona } from '../src/lib/quiz/personas';
import { encodeResponses, resultCodeOf, STAGE2_ALONE, STAGE2_PAIR } from '../src/lib/quiz/share-link';
import { quizConditions } from '../src/lib/quiz/practical';

const root = join(import.meta.dirname, '..');
const { bank, history } = readQuizContent(join(root, 'content', 'quiz'));
const roles = readRoleSummariesFromFiles();

const rows = personas.map((persona) => {
  const run = runPersona(bank, roles, persona);
  const { profile } = run.result;
  const family = profile.kind === 'leading' ? (profile.families[0]?.family ?? '—') : `(${profile.reason})`;
  const suggested = [...run.suggestions.start, ...run.suggestions.grow];
  const index = suggested.findIndex(({ role }) => persona.expected.roles.includes(role.code));
  const found = suggested[index];
  return {
    persona: persona.name,
    familyOk: family === persona.expected.family,
    family,
    office: run.office,
    officeOk: persona.expected.office === 'any' || run.office === persona.expected.office,
    confidence: run.result.confidence?.level ?? '—',
    stage2: run.stage2.join(' + '),
    expected: persona.expected.roles.join(' / '),
    rank: index < 0 ? null : index + 1,
    foundAs: found
      ? `${found.role.title} (${found.role.code}, ${index < run.suggestions.start.length ? 'pour commencer' : 'pour évoluer'})`
      : '—',
  };
});

const layout = history.versions.find(({ version }) => version === bank.version);
const link = layout
  ? encodeResponses(layout, { answers: {}, stage2: [], tieBreak: null, level: null, conditions: {} })
  : '';
const stage2Max = 2 * STAGE2_PAIR;
// About 10 s per statement (read, choose), 20 s per practical question.
const minutes = (statements: number, practical: number) =>
  Math.round(((statements * 10 + practical * 20) / 60) * 10) / 10;

const table = [
  '| Persona | Family | Side | Confidence | Second stage | Expected role | Rank | Shown as |',
  '| --- | --- | --- | --- | --- | --- | ---: | --- |',
  ...rows.map(
    (row) =>
      `| ${row.persona} | ${row.familyOk ? '✓' : '✗'} ${row.family} | ${row.officeOk ? '✓' : '✗'} ${row.office} | ${row.confidence} | ${row.stage2} | ${row.expected} | ${row.rank ?? '—'} | ${row.foundAs} |`,
  ),
].join('\n');
const found = rows.filter((row) => row.rank !== null).length;
const families = rows.filter((row) => row.familyOk).length;
const offices = rows.filter((row) => row.officeOk).length;
const summary = [
  `${new Date().toISOString().slice(0, 10)} · bank v${bank.version}, ${roles.length} roles · expected role shown for **${found} of ${rows.length}** personas, family right for **${families} of ${rows.length}**, side right for ${offices} of ${rows.length}.`,
  '',
  `Length: first stage ${bank.items.length} statements, second stage ${STAGE2_ALONE} (one family) or ${stage2Max} (two), one tie-break question when two families are within 5 points, then the level and ${quizConditions.length} working conditions: ${bank.items.length + STAGE2_ALONE}–${bank.items.length + stage2Max + 1} statements, about ${minutes(bank.items.length, 0)} min for the first stage and ${minutes(bank.items.length + STAGE2_ALONE, 2)}–${minutes(bank.items.length + stage2Max + 1, 2)} min in all (10 s a statement, 20 s a practical question).`,
  '',
  `Share link: \`/quiz/resultat/#${link}\` — ${link.length} characters after the \`#\`; result code \`${resultCodeOf(link) ?? ''}\` (${(resultCodeOf(link) ?? '').replaceAll('-', '').length} symbols in groups of 4). Every one-character substitution, swap of neighbours, drop or insertion is refused (src/lib/quiz/share-link.test.ts).`,
].join('\n');

console.log(`${summary}\n\n${table}`);

if (process.argv.includes('--write')) {
  const file = join(root, 'BENCHMARKS.md');
  const start = '<!-- eval:quiz:start -->';
  const end = '<!-- eval:quiz:end -->';
  const section = `${start}\n${summary}\n\n${table}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const next = current.includes(start)
    ? current.replace(new RegExp(`${start}[\\s\\S]*?${end}`), () => section)
    : `${current.trimEnd()}\n\n## Quiz evaluation (\`npm run eval:quiz\`)\n\n${section}\n`;
  writeFileSync(file, next);
  console.log(`\nWrote ${file}`);
}
