// Outline and folding as plain data (no 'vscode' import), so they are unit-tested without an editor;
// symbols.ts and folding.ts turn them into VS Code objects.
import type { Analysis, Section, SectionKind, Span, Table } from '../core/model';

export interface OutlineNode {
  name: string;
  detail: string;
  kind: SectionKind | 'table';
  range: Span;
  /** The heading (or the table) itself: what the outline selects. */
  selection: Span;
  children: OutlineNode[];
}

/** Documents > Parts > Items > headings, with each table under the innermost section holding it. */
export function outline(analysis: Analysis): OutlineNode[] {
  const roots = analysis.sections.map(sectionNode);
  const tables = [...analysis.tables].sort((a, b) => a.span.start - b.span.start);
  tables.forEach((t, i) => insert(roots, tableNode(t, i), `Table ${i + 1}`));
  return roots;
}

function sectionNode(s: Section): OutlineNode {
  const detail = s.kind === 'document' ? 'document' : s.kind === 'heading' ? '' : s.kind;
  return {
    name: s.title || s.kind,
    detail,
    kind: s.kind,
    range: s.range,
    selection: s.span,
    children: s.children.map(sectionNode),
  };
}

function tableNode(t: Table, i: number): OutlineNode {
  const name = (t.caption || t.title || `Table ${i + 1}`).replace(/\s+/g, ' ').trim().slice(0, 120) || `Table ${i + 1}`;
  const detail = `${t.rows.length} rows × ${t.columns.length} columns`;
  return { name, detail, kind: 'table', range: t.span, selection: t.span, children: [] };
}

/**
 * Puts a node into the deepest section containing its start, keeping siblings in document order. A table
 * titled after the heading it sits under is called by its number instead ("Table 12", not the Item again).
 */
function insert(list: OutlineNode[], node: OutlineNode, plainName: string): void {
  for (;;) {
    const parent = list.find(
      (n) => n.kind !== 'table' && n.range.start <= node.range.start && node.range.start < n.range.end,
    );
    if (!parent) break;
    if (parent.name === node.name) node.name = plainName;
    list = parent.children;
  }
  let at = list.length;
  while (at > 0 && list[at - 1].range.start > node.range.start) at--;
  list.splice(at, 0, node);
}

export interface FoldSpan {
  span: Span;
  kind: 'section' | 'table' | 'footnotes';
}

/** Sections, tables and blocks of footnotes (a table's notes together; loose notes that follow each other). */
export function foldSpans(analysis: Analysis): FoldSpan[] {
  const out: FoldSpan[] = [];
  const walk = (list: Section[]) =>
    list.forEach((s) => {
      out.push({ span: s.range, kind: 'section' });
      walk(s.children);
    });
  walk(analysis.sections);
  for (const t of analysis.tables) out.push({ span: t.span, kind: 'table' });
  const notes = [...analysis.footnotes].sort((a, b) => a.span.start - b.span.start);
  let block: Span | undefined;
  let owner: string | undefined;
  for (const f of notes) {
    const key = f.tableId ?? `loose:${f.sectionId ?? ''}`;
    const adjacent = block && key === owner && (f.tableId !== undefined || f.span.start - block.end < 300);
    if (block && adjacent) block.end = Math.max(block.end, f.span.end);
    else {
      if (block) out.push({ span: block, kind: 'footnotes' });
      block = { ...f.span };
      owner = key;
    }
  }
  if (block) out.push({ span: block, kind: 'footnotes' });
  return out;
}
