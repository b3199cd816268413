import { describe, expect, it } from 'vitest';
import { slugForSheet } from './slug';

describe('slugForSheet', () => {
  it.each([
    ['M1203', 'Comptable', 'comptable-m1203'],
    [
      'C1206',
      'Conseiller / Conseillère de clientèle bancaire',
      'conseiller-conseillere-de-clientele-bancaire-c1206',
    ],
    ['D1505', 'Hôte / Hôtesse de caisse', 'hote-hotesse-de-caisse-d1505'],
    [
      'M1859',
      "Chef / Cheffe de projet maîtrise d'œuvre informatique",
      'chef-cheffe-de-projet-maitrise-d-oeuvre-informatique-m1859',
    ],
    [
      'M1803',
      "Directeur / Directrice des systèmes d'information -DSI-",
      'directeur-directrice-des-systemes-d-information-dsi-m1803',
    ],
    ['M1507', 'Gestionnaire paie', 'gestionnaire-paie-m1507'],
    ['E1101', 'Community manager', 'community-manager-e1101'],
    ['M1716', '  Directeur / Directrice marketing digital  ', 'directeur-directrice-marketing-digital-m1716'],
    ['Z9999', '', 'z9999'],
  ])('%s "%s" → %s', (code, label, slug) => {
    expect(slugForSheet(code, label)).toBe(slug);
  });

  it('keeps slugs of sheets with the same label apart by code', () => {
    expect(slugForSheet('M1201', 'Analyste')).not.toBe(slugForSheet('M1419', 'Analyste'));
  });
});
