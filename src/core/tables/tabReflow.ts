import { figureKind } from './cells';
import { type GCell, type GRow, emptyAt, isBlank } from './grid';

/**
 * TAB text rendered from HTML (sectext) writes header rows on the HTML grid's stops (a colspan becomes that
 * many TABs, trailing ones trimmed) while data rows lose a TAB for every `$` cell dropped and every `%` or `)`
 * folded into its number, so one column's figures sit on two or three stops and a year printed over two
 * columns stands over neither. When the fullest data rows (the most figures) disagree on their stops, or a
 * header row has fewer cells than there are figures: the k-th figure of every fullest row is column k; a
 * shorter row's figures go to the columns nearest their stops (of their kind, in order); and each header row
 * spans the columns in order, its cells dividing them evenly ("2009 | 2008" over four columns: two each).
 * Left as they are: tables without a label column, with a column of words only, or with a header row that
 * does not divide the columns or stands off them. Linear in the cells, times the columns for shorter rows.
 */
export function reflowTabColumns(rows: GRow[]): GRow[] {
  let h = 0;
  while (h < rows.length && !hasFigure(rows[h])) h++;
  if (h === 0 || rows.length - h < 2) return rows;
  const stops = rows.map((r, i) => (i < h ? [] : valueStops(r)));
  let k = 0;
  for (let i = h; i < rows.length; i++) k = Math.max(k, stops[i].length);
  // The first slot must hold the row labels: a table of figures from its first slot has no label to keep.
  if (k < 2 || rows.some((r, i) => i >= h && !isBlank(r.cells[0]) && figureKind(r.cells[0].text) !== 'text')) {
    return rows;
  }
  const full: number[] = [];
  for (let i = h; i < rows.length; i++) if (stops[i].length === k) full.push(i);
  const fullStops = new Set(full.flatMap((i) => stops[i]));
  const drifted =
    full.some((i) => stops[i].some((s, j) => s !== stops[full[0]][j])) ||
    stops.some((st) => st.some((s) => !fullStops.has(s)));
  // A header row narrower than the figures: its cells' spans were lost with the TABs the renderer trimmed.
  const narrow = rows.slice(0, h).some((r) => {
    const n = valueStops(r).length;
    return n > 0 && n < k;
  });
  if (!drifted && !narrow) return rows;
  // The frame: column j at the furthest stop a fullest row puts its j-th figure (the least drifted).
  const at = new Array<number>(k).fill(0);
  const kinds = Array.from({ length: k }, () => new Set<string>());
  for (const i of full) {
    stops[i].forEach((s, j) => {
      at[j] = Math.max(at[j], s);
      kinds[j].add(figureKind(rows[i].cells[s].text));
    });
  }
  // Columns of words (a table of contents' titles) are no columns of figures to line up.
  if (kinds.some((kd) => !kd.has('number') && !kd.has('percent'))) return rows;
  for (let j = 1; j < k; j++) at[j] = Math.max(at[j], at[j - 1] + 1);
  const frame = [...fullStops].sort((a, b) => a - b);
  // Every header row must divide the columns, each cell standing within a stop of its group's first column
  // and before the next group's; or the table is left alone.
  for (let i = 0; i < h; i++) {
    const own = valueStops(rows[i]);
    if (own.length === 0) continue;
    if (k % own.length !== 0) return rows;
    const per = k / own.length;
    const fits =
      own[0] <= at[0] + 1 &&
      own.every((s, q) => s >= at[q * per] - 1 && (q + 1 === own.length || s < at[(q + 1) * per]));
    if (!fits) return rows;
  }
  // The last header row with a cell on every column's stop ("Note | 2020 | 2019 | 2018"): the rows above it were
  // written on the same stops, so a band standing on one of them starts at that column.
  let fullHeader = -1;
  if (!drifted) {
    for (let i = 0; i < h; i++) {
      const own = valueStops(rows[i]);
      if (own.length === k && own.every((s, j) => s === frame[j])) fullHeader = i;
    }
  }
  const out: GRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    const cells: GCell[] = [r.cells[0] ?? emptyAt(r.span.start, -1)];
    for (let j = 0; j < k; j++) cells.push(emptyAt(r.span.end, -1));
    const own = valueStops(r);
    // A band above that full row, standing on a column's stop right of where an even share would start it,
    // heads that column (and those it spreads over), as the text reads without reflowing; the even share would
    // put it over a Note or Total column it does not stand over.
    const onStops = i < fullHeader ? own.map((s) => frame.indexOf(s)) : [];
    const per = own.length > 0 ? k / own.length : 0;
    if (onStops.length > 0 && onStops.every((j, q) => j >= q * per) && onStops.some((j, q) => j > q * per)) {
      own.forEach((s, q) => {
        cells[1 + onStops[q]] = r.cells[s];
      });
      // A blank a rule row left out of the band above it stays so on its stop (3M's "3M Company Shareholders",
      // ruled over four of the six columns, not over Non-controlling Interest).
      frame.forEach((s, j) => {
        if (r.cells[s]?.unruled && isBlank(cells[1 + j])) cells[1 + j] = r.cells[s];
      });
    } else if (i < h) {
      own.forEach((s, q) => {
        const g = r.cells[s];
        cells[1 + q * per] = g;
        for (let d = 1; d < per; d++) cells[1 + q * per + d] = { ...g, covered: true };
      });
    } else {
      const place =
        own.length === k
          ? own.map((_, j) => j)
          : drifted
            ? nearest(own, r, at, kinds)
            : own.map((s) => frame.indexOf(s));
      own.forEach((s, q) => {
        cells[1 + place[q]] = r.cells[s];
      });
    }
    out.push({ cells, span: r.span, width: own.length > 0 ? cells.length : 1 });
  }
  return out;
}

/** Increasing columns for a shorter row's figures: least distance to the frame's stops, a kind mismatch dear. */
function nearest(own: number[], r: GRow, at: number[], kinds: Set<string>[]): number[] {
  const n = own.length;
  const k = at.length;
  if (n === 0) return [];
  const cost = (q: number, j: number): number => {
    const kind = figureKind(r.cells[own[q]].text);
    const clash = kind !== 'text' && !kinds[j].has(kind) ? 100 : 0;
    return clash + Math.abs(own[q] - at[j]);
  };
  // best[q][j]: least cost placing figures 0..q with figure q in column j.
  const best: number[][] = [];
  const from: number[][] = [];
  for (let q = 0; q < n; q++) {
    const row = new Array<number>(k).fill(Number.POSITIVE_INFINITY);
    const back = new Array<number>(k).fill(-1);
    let runMin = Number.POSITIVE_INFINITY;
    let runArg = -1;
    for (let j = 0; j < k; j++) {
      if (q === 0) row[j] = cost(0, j);
      else if (runMin < Number.POSITIVE_INFINITY) {
        row[j] = runMin + cost(q, j);
        back[j] = runArg;
      }
      if (q > 0 && best[q - 1][j] < runMin) {
        runMin = best[q - 1][j];
        runArg = j;
      }
    }
    best.push(row);
    from.push(back);
  }
  let j = 0;
  for (let c = 1; c < k; c++) if (best[n - 1][c] < best[n - 1][j]) j = c;
  const place = new Array<number>(n);
  for (let q = n - 1; q >= 0; q--) {
    place[q] = j;
    j = from[q][j];
  }
  return place;
}

/** Slots past the label holding something. */
function valueStops(r: GRow): number[] {
  const s: number[] = [];
  for (let c = 1; c < r.cells.length; c++) if (!isBlank(r.cells[c])) s.push(c);
  return s;
}

function hasFigure(r: GRow): boolean {
  return r.cells.some((c, i) => i > 0 && !isBlank(c) && figureKind(c.text) !== 'text');
}
