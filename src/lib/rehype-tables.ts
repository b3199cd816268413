/**
 * Rehype plugin for the tables written in content: makes them accessible and phone-friendly.
 * - the first cell of each body row becomes a row header (`<th scope="row">`);
 * - header cells get `scope="col"`;
 * - every data cell carries `data-label` (its column header) so CSS can stack rows as cards on narrow
 *   screens without losing which column a value belongs to;
 * - the table gets the `stack-on-mobile` class that turns that layout on.
 * It never changes the text of a cell.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function isElement(node: RootContent | ElementContent, tagName?: string): node is Element {
  return node.type === 'element' && (tagName === undefined || node.tagName === tagName);
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function childElements(node: Element, tagName: string): Element[] {
  return node.children.filter((child): child is Element => isElement(child, tagName));
}

function enhanceTable(table: Element): void {
  const existing = table.properties['className'];
  const classes = Array.isArray(existing) ? existing.map(String) : [];
  table.properties['className'] = [...classes, 'stack-on-mobile'];

  const headerRow = childElements(table, 'thead').flatMap((head) => childElements(head, 'tr'))[0];
  const headerCells = headerRow ? childElements(headerRow, 'th') : [];
  for (const cell of headerCells) cell.properties['scope'] = 'col';
  const labels = headerCells.map((cell) => textOf(cell).trim());

  for (const row of childElements(table, 'tbody').flatMap((body) => childElements(body, 'tr'))) {
    const cells = row.children.filter(
      (child): child is Element => isElement(child, 'td') || isElement(child, 'th'),
    );
    cells.forEach((cell, index) => {
      if (index === 0) {
        cell.tagName = 'th';
        cell.properties['scope'] = 'row';
        return;
      }
      const label = labels[index];
      if (label) cell.properties['dataLabel'] = label;
    });
  }
}

function visit(node: Root | Element): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === 'table') enhanceTable(child);
    else visit(child);
  }
}

export function rehypeTables(): (tree: Root) => void {
  return (tree) => visit(tree);
}
