/**
 * The role data the kit's islands fetch at run time, written at build by two endpoints:
 * `/ma-selection/metiers.json` (every role, a few fields: the shortlist and the role picker) and
 * `/comparer/metiers/<slug>.json` (one role, what the comparison shows). Owns their shapes and the
 * checks an island runs on what it fetched; never adds a fact the catalogue does not hold.
 */
import { conditionFlags, type ConditionFlag } from '../conditions';
import {
  families,
  offices,
  riasecLetters,
  type Family,
  type Office,
  type RiasecLetter,
} from '../../schemas/taxonomy';

/** One role of `/ma-selection/metiers.json`. */
export interface KitRole {
  slug: string;
  code: string;
  title: string;
  office: Office;
  family: Family;
}

/** One step of where a role leads: a curated path step or a ROME v460 mobility target. */
export interface LeadStep {
  title: string;
  code: string;
  /** Page of the step, when the site carries it. */
  slug: string | null;
}

/** `/comparer/metiers/<slug>.json`. */
export interface CompareRole extends KitRole {
  cadre: boolean;
  /** National levels (3–8) at which the job is reached (ROME and the curated diplomas). */
  accessLevels: number[];
  accessWithoutDiploma: boolean;
  /** Lowest usual entry level (0 = sans diplôme), null when unknown. */
  entryLevel: number | null;
  /** The diplomas that lead to the role (curated page or reviewed access entry), with their level. */
  diplomas: { name: string; level: number }[];
  riasec: { major: RiasecLetter | null; minor: RiasecLetter | null };
  savoirEtre: string[];
  /** All of ROME's savoir-faire, in ROME's order: the first ones are shown, all count as shared. */
  savoirFaire: string[];
  /** Curated roles: the team's path ('path'); others: ROME v460 mobility targets ('mobility'). */
  leadsTo: { kind: 'path' | 'mobility'; steps: LeadStep[] };
  /** Working conditions ROME's work contexts name for the sheet (often, not always). */
  conditions: ConditionFlag[];
}

type Data = Record<string, unknown>;

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every(isString);
}

function isKitRole(value: unknown): value is KitRole {
  return (
    isObject(value) &&
    isString(value['slug']) &&
    isString(value['code']) &&
    isString(value['title']) &&
    (offices as readonly unknown[]).includes(value['office']) &&
    (families as readonly unknown[]).includes(value['family'])
  );
}

/** The roles of `/ma-selection/metiers.json`, or null when the file does not have the expected shape. */
export function readRoleIndex(data: unknown): KitRole[] | null {
  if (!Array.isArray(data) || !data.every(isKitRole)) return null;
  return data.map(({ slug, code, title, office, family }) => ({ slug, code, title, office, family }));
}

function isRiasec(value: unknown): boolean {
  return value === null || (riasecLetters as readonly unknown[]).includes(value);
}

function isLeadStep(value: unknown): value is LeadStep {
  return (
    isObject(value) &&
    isString(value['title']) &&
    isString(value['code']) &&
    (value['slug'] === null || isString(value['slug']))
  );
}

/** A role of `/comparer/metiers/<slug>.json`, or null when the file does not have the expected shape. */
export function readCompareRole(data: unknown): CompareRole | null {
  if (!isKitRole(data)) return null;
  const role = data as unknown as Data;
  const riasec = role['riasec'];
  const leadsTo = role['leadsTo'];
  const diplomas = role['diplomas'];
  const ok =
    typeof role['cadre'] === 'boolean' &&
    Array.isArray(role['accessLevels']) &&
    role['accessLevels'].every((level) => Number.isInteger(level)) &&
    typeof role['accessWithoutDiploma'] === 'boolean' &&
    (role['entryLevel'] === null || Number.isInteger(role['entryLevel'])) &&
    Array.isArray(diplomas) &&
    diplomas.every(
      (diploma) => isObject(diploma) && isString(diploma['name']) && Number.isInteger(diploma['level']),
    ) &&
    isObject(riasec) &&
    isRiasec(riasec['major']) &&
    isRiasec(riasec['minor']) &&
    isStringList(role['savoirEtre']) &&
    isStringList(role['savoirFaire']) &&
    isObject(leadsTo) &&
    (leadsTo['kind'] === 'path' || leadsTo['kind'] === 'mobility') &&
    Array.isArray(leadsTo['steps']) &&
    leadsTo['steps'].every(isLeadStep) &&
    Array.isArray(role['conditions']) &&
    role['conditions'].every((flag) => (conditionFlags as readonly unknown[]).includes(flag));
  return ok ? (data as CompareRole) : null;
}
