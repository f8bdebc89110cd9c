/** The shapes the ownership rules share: a holder's cells, a group of columns sharing O, and the O chosen. */
import type { Interval } from '../../core/interval';
import type { Cell, Column, OutstandingCandidate, Row, Span, Table } from '../../core/model';

export interface OwnershipCell {
  row: Row;
  percentColumn: Column;
  sharesColumn: Column;
  cell: Cell;
  shares: Cell;
  /** Rounding interval of the shares, in units. */
  n: Interval;
  /** Rounding interval of the printed percent, as a fraction (1.42% -> [0.01415, 0.01425]). */
  p?: Interval;
  /** Shares-outstanding counts that explain this row (percent cells only). */
  admissible?: Interval;
  /** The table's notes leave acquirable shares out of the percentages: x = 0. */
  xZero?: boolean;
}

export interface OwnershipGroup {
  table: Table;
  columns: { percent: Column; shares: Column }[];
  /** Percent cells with their shares. */
  cells: OwnershipCell[];
  /** `*` cells with their shares. */
  stars: OwnershipCell[];
  /** The O chosen for each percent column (the same object when columns share O). */
  outstanding: Map<Column, Outstanding>;
  /** Why some cells could not be checked. */
  inconclusive?: string;
}

export interface Outstanding {
  region: Interval;
  source: 'stated' | 'inferred';
  /** Where the stated count is. */
  span?: Span;
  /** Where it was stated (notes, section, document), its date and sentence. */
  scope?: OutstandingCandidate['scope'];
  date?: string;
  text?: string;
  /** The rows this O explains (the evidence for an inferred O). */
  basis: OwnershipCell[];
  /** Rows considered when choosing it. */
  of: number;
}
