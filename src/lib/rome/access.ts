/**
 * National qualification levels (3–8) and "open without a diploma", derived from ROME's "accès au
 * métier" sentences by the rule table below. Owns that table and nothing else. Must never return or
 * store the sentences themselves: the site only states the facts it derives, in its own words
 * (licence and editorial policy), and each fact must be traceable to a rule here.
 *
 * How the rules read the text:
 * - Only the levels a sentence names are kept: "Bac +3 à Bac +5" gives 6 and 7, not 6–7 filled in, and
 *   "CAP à Bac" gives 3 and 4.
 * - A diploma mentioned as an asset ("peut être un atout") still counts: the text names that level as
 *   a way into the job.
 * - Levels follow the cadre national des certifications professionnelles (2019): CAP 3, Bac 4, Bac+2 5,
 *   Bac+3 and Bac+4 6, Bac+5 7, doctorat 8. Bac+6 and Bac+7 (long health studies) are counted 7, any
 *   Bac+8 or more 8.
 * - Acronyms (CAP, BEP, BP, BTS, DUT, BUT, DCG, DSCG, DEC, MBA) match in capitals only, so the French
 *   word "but" or "cap" is not read as a diploma; CAPA and CAPES don't match CAP.
 * - "licence IV" (bar licence), a tobacco or pilot's licence, "licence européenne de conducteur de train"
 *   are permits, not the Licence degree.
 * - "Master (M1, …)" is read as Master, level 7, as ROME means it.
 */
import { normaliseRomeText } from './text';
import type { Level } from '../../schemas/taxonomy';

export interface AccessLevelRule {
  /** What the rule recognises, for the reader of the table and the test names. */
  names: string;
  /** Global regex run over each (normalised) sentence. */
  pattern: RegExp;
  /** The level a match names, or several for "Bac+2/3"; nothing when the match names no level. */
  levelsOf: (match: RegExpMatchArray) => Level[];
}

/** Level of "Bac + n years" in the national framework. */
function levelOfBacPlus(years: number): Level | undefined {
  if (years >= 8) return 8;
  if (years >= 5) return 7;
  if (years >= 3) return 6;
  if (years === 2) return 5;
  return undefined;
}

const fixed = (level: Level) => (): Level[] => [level];

export const accessLevelRules: readonly AccessLevelRule[] = [
  { names: 'CAP, BEP', pattern: /\b(?:CAP|BEP)\b/g, levelsOf: fixed(3) },
  {
    names: "certificat d'aptitude professionnelle, brevet d'études professionnelles",
    pattern: /certificat d'aptitude professionnelle|brevet d'[ée]tudes professionnelles/gi,
    levelsOf: fixed(3),
  },
  {
    names: 'Bac, baccalauréat, Bac pro (not Bac+n)',
    pattern: /\bbac(?:calaur[ée]at)?\b(?!\s*\+)/gi,
    levelsOf: fixed(4),
  },
  { names: 'BP', pattern: /\bBP\b/g, levelsOf: fixed(4) },
  { names: 'brevet professionnel', pattern: /brevet professionnel/gi, levelsOf: fixed(4) },
  {
    names: 'Bac+n, Bac + n/m',
    pattern: /\bbac\s*\+\s*(\d{1,2})(?:\s*\/\s*\+?\s*(\d{1,2}))?/gi,
    levelsOf: (match) =>
      [match[1], match[2]]
        .map((years) => (years === undefined ? undefined : levelOfBacPlus(Number(years))))
        .filter((level): level is Level => level !== undefined),
  },
  { names: 'BTS, BTSA, DUT, DEUST', pattern: /\b(?:BTSA?|DUT|DEUST)\b/g, levelsOf: fixed(5) },
  {
    names: 'brevet de technicien supérieur, diplôme universitaire de technologie',
    pattern: /brevet de technicien sup[ée]rieur|dipl[ôo]me universitaire de technologie/gi,
    levelsOf: fixed(5),
  },
  { names: 'BUT, DCG', pattern: /\b(?:BUT|DCG)\b/g, levelsOf: fixed(6) },
  {
    names: 'Licence, licence professionnelle (not a permit)',
    pattern:
      /\blicences?\b(?!\s+(?:IV\b|et un agr[ée]ment|annuelle|de pilote|europ[ée]enne|et une exp[ée]rience de pilote))/gi,
    levelsOf: fixed(6),
  },
  { names: 'Master', pattern: /\bmasters?\b/gi, levelsOf: fixed(7) },
  { names: 'DSCG, DEC, MBA', pattern: /\b(?:DSCG|DEC|MBA)\b/g, levelsOf: fixed(7) },
  {
    names: "diplôme d'expertise comptable, diplôme ou école d'ingénieur, école de commerce",
    pattern:
      /dipl[ôo]me d'expertise comptable|(?:dipl[ôo]mes?|[ée]coles?) d'ing[ée]nieurs?|[ée]coles? (?:sup[ée]rieures? )?de commerce/gi,
    levelsOf: fixed(7),
  },
  { names: 'doctorat', pattern: /\bdoctorats?\b/gi, levelsOf: fixed(8) },
  {
    names: 'niveau 3 … niveau 8 (the national level named outright)',
    pattern: /\bniveau\s+([3-8])\b/gi,
    levelsOf: (match) => [Number(match[1]) as Level],
  },
];

/**
 * "Open without a diploma", in the ways v460 says it: "sans diplôme (particulier, ni expérience…)",
 * "sans condition de diplôme", "avec ou sans diplôme", "accessible / pratiqué sans qualification,
 * formation ou certification", "aucun diplôme … n'est requis", "pas de diplôme obligatoire",
 * "accessible à tous les niveaux de qualification". Not "accessible sans expérience" (says nothing
 * about diplomas) nor "ne peut s'exercer sans qualification" (says the opposite).
 */
export const withoutDiplomaPatterns: readonly RegExp[] = [
  /\bsans\s+(?:condition\s+de\s+)?dipl[ôo]mes?\b/i,
  /\b(?:accessible|pratiqu[ée]e?|acc[èe]s)\s+(?:avec ou\s+)?sans\s+(?:qualification|formation|certification)\b/i,
  /\baucune?\s+(?:dipl[ôo]me|formation|qualification)\b[^.]*\b(?:requis|exig[ée]|obligatoire)/i,
  /\bpas de dipl[ôo]me\s+(?:obligatoire|requis|exig[ée])/i,
  /\baccessible à tous les niveaux de qualification\b/i,
];

export interface AccessFacts {
  /** Sorted, unique national levels the sentences name. */
  levels: Level[];
  /** The sentences say the job is open without a diploma. */
  withoutDiploma: boolean;
}

/** The levels and the "without a diploma" fact named by a sheet's "accès au métier" sentences. */
export function accessFactsFromSentences(sentences: readonly string[]): AccessFacts {
  const levels = new Set<Level>();
  let withoutDiploma = false;
  for (const raw of sentences) {
    const sentence = normaliseRomeText(raw);
    for (const rule of accessLevelRules) {
      for (const match of sentence.matchAll(rule.pattern)) {
        for (const level of rule.levelsOf(match)) levels.add(level);
      }
    }
    if (withoutDiplomaPatterns.some((pattern) => pattern.test(sentence))) withoutDiploma = true;
  }
  return { levels: [...levels].sort((a, b) => a - b), withoutDiploma };
}
