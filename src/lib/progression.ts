/**
 * Layout of a role's progression graph, computed at build time so the page ships an inline SVG and no
 * JavaScript. Two shapes: a chain (a curated path, step after step) and a fan (a sheet and the ROME
 * mobility links that leave it). Pure geometry: no markup, no data loading.
 */

export type EdgeKind = 'mobilite' | 'parcours-courant';

export interface GraphNode {
  /** Link target, when the step has a page on the site. */
  href?: string | undefined;
  title: string;
  /** Second line, e.g. the ROME code. */
  subtitle: string;
  /** The role whose page shows the graph. */
  current?: boolean;
}

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The title wrapped to fit the box. */
  lines: string[];
}

export interface PlacedEdge {
  kind: EdgeKind;
  /** SVG path data, ending where the arrow head goes. */
  d: string;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

/** Geometry in SVG user units; the viewBox scales it to the screen. */
const width = 320;
const lineHeight = 18;
const padding = 10;
const gap = 28;
const indent = 28;
const charsPerLine = 34;

/** Splits text into lines of at most `max` characters, breaking between words (a long word stays whole). */
export function wrapText(text: string, max = charsPerLine): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function place(node: GraphNode, x: number, y: number, boxWidth: number): PlacedNode {
  const lines = wrapText(node.title, Math.floor((boxWidth - 2 * padding) / 8.2));
  const height = padding * 2 + lineHeight * (lines.length + 1);
  return { ...node, x, y, width: boxWidth, height, lines };
}

/** A path, one step under the other, each arrow pointing down to the next step. */
export function layoutChain(steps: readonly GraphNode[], kinds: readonly EdgeKind[]): GraphLayout {
  const nodes: PlacedNode[] = [];
  const edges: PlacedEdge[] = [];
  let y = 1;
  steps.forEach((step, index) => {
    const node = place(step, 1, y, width - 2);
    const previous = nodes[index - 1];
    if (previous) {
      const x = width / 2;
      edges.push({
        kind: kinds[index - 1] ?? 'parcours-courant',
        d: `M${x} ${previous.y + previous.height} V${y - 2}`,
      });
    }
    nodes.push(node);
    y += node.height + gap;
  });
  return { width, height: Math.max(y - gap + 1, 0), nodes, edges };
}

/** A sheet on top and the sheets it leads to below, joined by a vertical line on the left. */
export function layoutFan(
  source: GraphNode,
  targets: readonly GraphNode[],
  kind: EdgeKind = 'mobilite',
): GraphLayout {
  const root = place(source, 1, 1, width - 2);
  const nodes: PlacedNode[] = [root];
  const edges: PlacedEdge[] = [];
  const trunkX = indent / 2;
  let y = root.y + root.height + gap / 2;
  for (const target of targets) {
    const node = place(target, indent, y, width - indent - 1);
    const middle = node.y + node.height / 2;
    edges.push({ kind, d: `M${trunkX} ${root.y + root.height} V${middle} H${indent - 2}` });
    nodes.push(node);
    y += node.height + gap / 2;
  }
  return { width, height: y - gap / 2 + 1, nodes, edges };
}
