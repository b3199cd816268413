/**
 * Working conditions in plain words, from ROME v460's work contexts. Owns the table that groups ROME's
 * contexts (by their code_ogr) into the few conditions a person asks about: week-ends, nights, shifted
 * hours, travel, remote work, contact with the public, standing, daytime hours. Pure: the labels live in
 * the dictionary (`conditions.<flag>`). Must never turn a missing tag into a "no": ROME's tagging is
 * uneven, so pages say « souvent » and filters say « d’après le ROME ».
 */
import type { RomeContext } from './rome/types';

export const conditionFlags = [
  'weekend',
  'night',
  'shifts',
  'travel',
  'remote',
  'public',
  'standing',
  'daytime',
] as const;
export type ConditionFlag = (typeof conditionFlags)[number];

/** ROME context ids (code_ogr, v460) behind each condition, with their v460 labels for the reader. */
export const conditionContexts: Record<ConditionFlag, Record<string, string>> = {
  weekend: {
    '23376': 'Travail les week-ends et jours fériés',
    '23374': 'Travail le samedi',
    '300793': 'Travail le dimanche',
  },
  night: { '300803': 'Travail de nuit' },
  shifts: {
    '300805': 'Travail en horaires décalés',
    '126450': 'Travail posté (2x8, 3x8, 5x8, etc.)',
    '300808': 'Travail par roulement',
    '400005': 'Travail en horaires fractionnés',
  },
  travel: {
    '300779': 'Déplacements professionnels',
    '23378': 'Zone départementale',
    '23381': 'Zone régionale',
    '300817': 'Zone nationale',
    '300814': 'Zone européenne',
    '300816': 'Zone internationale',
  },
  remote: { '300799': 'Possibilité de télétravail' },
  public: { '403020': 'En contact avec du public' },
  standing: { '300800': 'Station debout prolongée' },
  daytime: { '300806': 'Travail en journée' },
};

const flagByContext = new Map(
  conditionFlags.flatMap((flag) => Object.keys(conditionContexts[flag]).map((id) => [id, flag] as const)),
);

/** The conditions a sheet's work contexts name, in `conditionFlags` order, each once. */
export function conditionsOf(contexts: readonly Pick<RomeContext, 'id'>[]): ConditionFlag[] {
  const found = new Set(contexts.flatMap((context) => flagByContext.get(context.id) ?? []));
  return conditionFlags.filter((flag) => found.has(flag));
}
