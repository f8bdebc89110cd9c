import type { Cell, Marker } from '../model';
import type { TypedCell } from './grid';
import { typeCell } from './cells';
import { type GCell, offsetIn } from './grid';
import { mayHaveMarker, splitMarkers } from './markers';

/** A grid cell typed: footnote markers off (with spans in the original), value parsed from what is left. */
export function cellOf(g: GCell): TypedCell {
  // Cells are typed once however many steps look at them (header detection, bands, rows).
  if (g.typed) return g.typed;
  const out = compute(g);
  g.typed = out;
  return out;
}

function compute(g: GCell): TypedCell {
  if (g.text.length === 0) {
    return { cell: { text: '', span: g.span, value: { kind: 'empty' }, markers: [] }, stripped: '' };
  }
  if (g.covered) {
    return {
      cell: { text: '', span: { start: g.span.end, end: g.span.end }, value: { kind: 'empty' }, markers: [] },
      stripped: '',
    };
  }
  // Most cells cannot end in a marker: no split result for them.
  const split = mayHaveMarker(g.text) ? splitMarkers(g.text, 0) : { text: g.text, markers: [] };
  const markers: Marker[] =
    split.markers.length === 0
      ? split.markers
      : split.markers.map((m) => ({
          marker: m.marker,
          key: m.key,
          span: { start: offsetIn(g, m.span.start), end: offsetIn(g, m.span.end - 1) + 1 },
        }));
  const cell: Cell = { text: g.text, span: g.span, value: typeCell(split.text), markers };
  if (g.fact) cell.fact = g.fact;
  return { cell, stripped: split.text };
}
