import { describe, expect, it } from 'vitest';
import { layoutChain, layoutFan, wrapText } from './progression';

describe('wrapText', () => {
  it.each([
    ['Comptable', 34, ['Comptable']],
    [
      'Directeur / Directrice administratif et financier',
      20,
      ['Directeur /', 'Directrice', 'administratif et', 'financier'],
    ],
    ['Anticonstitutionnellement', 10, ['Anticonstitutionnellement']],
    ['', 10, []],
  ])('wraps %j at %i characters', (text, max, expected) => {
    expect(wrapText(text, max)).toEqual(expected);
  });
});

describe('layoutChain', () => {
  const steps = [
    { title: 'Aide-comptable', subtitle: 'M1203', current: true },
    { title: 'Comptable', subtitle: 'M1203' },
    { title: 'Responsable comptable', subtitle: 'M1206', href: '/metiers/x/' },
  ];
  const layout = layoutChain(steps, ['parcours-courant', 'mobilite']);

  it('stacks the steps in order without overlap', () => {
    const tops = layout.nodes.map((node) => node.y);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    layout.nodes.slice(1).forEach((node, index) => {
      const previous = layout.nodes[index];
      expect(node.y).toBeGreaterThan((previous?.y ?? 0) + (previous?.height ?? 0));
    });
  });

  it('joins consecutive steps with edges of the given kinds', () => {
    expect(layout.edges.map((edge) => edge.kind)).toEqual(['parcours-courant', 'mobilite']);
  });

  it('keeps every node inside the drawing', () => {
    for (const node of layout.nodes) {
      expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
    }
  });
});

describe('layoutFan', () => {
  it('places one node per target under the source, with one edge each', () => {
    const layout = layoutFan({ title: 'Comptable', subtitle: 'M1203' }, [
      { title: 'Contrôleur / Contrôleuse de gestion', subtitle: 'M1204' },
      { title: 'Gestionnaire de paie', subtitle: 'M1507' },
    ]);
    expect(layout.nodes).toHaveLength(3);
    expect(layout.edges).toHaveLength(2);
    expect(layout.nodes[1]?.x).toBeGreaterThan(layout.nodes[0]?.x ?? 0);
  });

  it('draws just the source when there is no target', () => {
    const layout = layoutFan({ title: 'Comptable', subtitle: 'M1203' }, []);
    expect(layout.edges).toEqual([]);
    expect(layout.height).toBeGreaterThan(0);
  });
});
