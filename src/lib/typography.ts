/**
 * French typography of our own prose (articles, roles, quiz items, UI dictionaries): what is wrong,
 * where, and how to mend what can be mended without a human.
 *
 * - `space-before-punctuation`: a plain space before « : ; ? ! » must be a non-breaking one, or the
 *   sign can start a new line on a phone;
 * - `space-inside-guillemets`: « » hold their text with non-breaking spaces, never plain or none;
 * - `straight-apostrophe`: the typographic apostrophe ’ between two letters, never ';
 * - `middle-dot`: no middle-dot inclusive forms (« client·es ») — the convention in content/README.md
 *   writes both words out, which needs a person to reword, so this rule is never fixed automatically.
 *
 * The file formats decide what counts as prose (`proseRanges`): link targets, code, YAML keys,
 * comments and TypeScript outside string literals are never touched. Pure: no file access.
 */

export type TypographyRule =
  'space-before-punctuation' | 'space-inside-guillemets' | 'straight-apostrophe' | 'middle-dot';

export interface TypographyIssue {
  rule: TypographyRule;
  /** Offset in the text where the offending characters start. */
  index: number;
  /** The offending characters, as found. */
  found: string;
}

/** The non-breaking space the fixes write (U+202F, narrow, is accepted as well). */
export const NBSP = '\u00a0';
const NON_BREAKING = `${NBSP}\u202f`;

interface Rule {
  rule: TypographyRule;
  pattern: RegExp;
  /** The replacement for a match, or undefined when only a person can fix it. */
  fix?: (match: string) => string;
}

const rules: readonly Rule[] = [
  {
    rule: 'space-before-punctuation',
    pattern: /(?<=\S) +(?=[:;?!])/gu,
    fix: () => NBSP,
  },
  { rule: 'space-inside-guillemets', pattern: /(?<=«) +| +(?=»)/gu, fix: () => NBSP },
  {
    rule: 'space-inside-guillemets',
    pattern: new RegExp(`«(?=[^\\s${NON_BREAKING}])|(?<=[^\\s${NON_BREAKING}])»`, 'gu'),
    fix: (match) => (match === '«' ? `«${NBSP}` : `${NBSP}»`),
  },
  { rule: 'straight-apostrophe', pattern: /(?<=\p{L})'(?=\p{L})/gu, fix: () => '’' },
  { rule: 'middle-dot', pattern: /(?<=\p{L})·(?=\p{L})/gu },
];

/** Every issue in `text`, in order of position. */
export function findTypographyIssues(text: string): TypographyIssue[] {
  const issues = rules.flatMap(({ rule, pattern }) =>
    [...text.matchAll(pattern)].map((match) => ({ rule, index: match.index, found: match[0] })),
  );
  return issues.sort((a, b) => a.index - b.index);
}

/** `text` with every fixable issue fixed; middle-dot forms are left for a person. */
export function fixTypography(text: string): string {
  return rules.reduce((current, { pattern, fix }) => (fix ? current.replace(pattern, fix) : current), text);
}

/** A half-open range [start, end) of a file's text that is our prose. */
export type Range = readonly [start: number, end: number];

export type ProseFormat = 'mdx' | 'yaml' | 'ts';

export interface ProseOptions {
  /** Frontmatter keys whose value is copied from ROME (kept as ROME writes it, straight ' included). */
  romeKeys?: readonly string[];
}

/** The parts of a file that are prose, by format. */
export function proseRanges(source: string, format: ProseFormat, options: ProseOptions = {}): Range[] {
  if (format === 'ts') return stringLiteralRanges(source);
  if (format === 'yaml') return yamlValueRanges(source, 0, source.length, options.romeKeys ?? []);
  return mdxRanges(source, options.romeKeys ?? []);
}

/** Issues of a whole file, limited to its prose. */
export function findIssuesInFile(
  source: string,
  format: ProseFormat,
  options: ProseOptions = {},
): TypographyIssue[] {
  return proseRanges(source, format, options).flatMap(([start, end]) =>
    findTypographyIssues(source.slice(start, end)).map((issue) => ({ ...issue, index: issue.index + start })),
  );
}

/** A whole file with its prose fixed and everything else untouched. */
export function fixFile(source: string, format: ProseFormat, options: ProseOptions = {}): string {
  let out = '';
  let cursor = 0;
  for (const [start, end] of proseRanges(source, format, options)) {
    out += source.slice(cursor, start) + fixTypography(source.slice(start, end));
    cursor = end;
  }
  return out + source.slice(cursor);
}

/** 1-based line and column of an offset, for messages. */
export function lineAndColumn(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** The contents of string literals ('…', "…", `…` without `${}`), skipping comments. */
function stringLiteralRanges(source: string): Range[] {
  const ranges: Range[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const next = source[i + 1];
    if (ch === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 2;
    } else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      while (j < source.length && source[j] !== ch) j += source[j] === '\\' ? 2 : 1;
      ranges.push([i + 1, Math.min(j, source.length)]);
      i = j + 1;
    } else {
      i += 1;
    }
  }
  return ranges;
}

const yamlKeyLine = /^(\s*(?:- )?)([\w.-]+):(?: |$)/;

/** The values of a YAML text between `from` and `to`, without keys, comments or ROME-copied keys. */
function yamlValueRanges(source: string, from: number, to: number, romeKeys: readonly string[]): Range[] {
  const ranges: Range[] = [];
  let offset = from;
  for (const line of source.slice(from, to).split('\n')) {
    const start = offset;
    offset += line.length + 1;
    if (/^\s*#/.test(line) || line.trim() === '') continue;
    const key = yamlKeyLine.exec(line);
    if (!key) {
      ranges.push([start, start + line.length]);
      continue;
    }
    // A key followed only by a comment (`M1203: # Comptable`) carries no prose.
    if (romeKeys.includes(key[2] ?? '') || line.slice(key[0].length).trimStart().startsWith('#')) continue;
    ranges.push([start + key[0].length, start + line.length]);
  }
  return ranges;
}

/**
 * Markdown that is not prose: fenced code, inline code, link targets, tags, import/export lines and
 * table separator rows (`| :--- |`).
 */
const mdxNonProse =
  /^```[\s\S]*?^```|`[^`\n]*`|\]\([^)]*\)|<[^>\n]+>|^(?:import|export) .*$|^\|[\s|:-]+\|$/gm;

function mdxRanges(source: string, romeKeys: readonly string[]): Range[] {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const bodyStart = frontmatter ? frontmatter[0].length : 0;
  const ranges: Range[] = frontmatter
    ? yamlValueRanges(source, 4, 4 + (frontmatter[1] ?? '').length, romeKeys)
    : [];
  let cursor = bodyStart;
  for (const match of source.slice(bodyStart).matchAll(mdxNonProse)) {
    const start = bodyStart + match.index;
    if (start > cursor) ranges.push([cursor, start]);
    cursor = start + match[0].length;
  }
  if (cursor < source.length) ranges.push([cursor, source.length]);
  return ranges;
}
