import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { rehypeTables } from './rehype-tables';

const cell = (tagName: 'th' | 'td', text: string): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: [{ type: 'text', value: text }],
});
const row = (...cells: Element[]): Element => ({
  type: 'element',
  tagName: 'tr',
  properties: {},
  children: cells,
});
const element = (tagName: string, ...children: Element[]): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});

function comparisonTable(): Root {
  return {
    type: 'root',
    children: [
      element(
        'table',
        element('thead', row(cell('th', 'Critère'), cell('th', 'Front office'), cell('th', 'Back office'))),
        element('tbody', row(cell('td', 'Missions'), cell('td', 'Vendre'), cell('td', 'Gérer'))),
      ),
    ],
  };
}

describe('rehypeTables', () => {
  const tree = comparisonTable();
  rehypeTables()(tree);
  const table = tree.children[0] as Element;
  const [head, body] = table.children as Element[];
  const headerCells = ((head as Element).children[0] as Element).children as Element[];
  const bodyCells = ((body as Element).children[0] as Element).children as Element[];

  it('marks the table for the stacked phone layout', () => {
    expect(table.properties['className']).toEqual(['stack-on-mobile']);
  });

  it('scopes header cells to their column', () => {
    expect(headerCells.map((c) => c.properties['scope'])).toEqual(['col', 'col', 'col']);
  });

  it('turns the first cell of a body row into a row header', () => {
    expect(bodyCells[0]?.tagName).toBe('th');
    expect(bodyCells[0]?.properties['scope']).toBe('row');
  });

  it('labels each data cell with its column header', () => {
    expect(bodyCells.slice(1).map((c) => c.properties['dataLabel'])).toEqual(['Front office', 'Back office']);
  });
});
