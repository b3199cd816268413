/**
 * One role summary for the unit tests of the modules that read summaries (the payload schema, the
 * comparison, the explorer's responder): Comptable (M1203), as /metiers/resume.json carries it. A test
 * spreads it and changes what it is about.
 */
import type { RoleSummary } from './summary';

export const comptableSummary: RoleSummary = {
  slug: 'comptable-m1203',
  code: 'M1203',
  title: 'Comptable',
  office: 'back',
  family: 'finance-comptabilite',
  families: ['finance-comptabilite'],
  entryLevel: 5,
  cadre: false,
  riasec: { major: 'C', minor: 'I' },
  conditions: ['daytime'],
  curated: true,
  mobility: ['M1206'],
  interests: ['12'],
};
