/**
 * The summary model's types: what the summary panel and the static HTML report show. Pure data (serialisable,
 * no 'vscode'); built by summary.ts, with its charts by charts.ts.
 */
import type { Analysis, Metadata, Span, Table } from '../core/model';
import type { Severity, TableCheck } from '../rules/types';

/** A place in the filing: offsets (UTF-16, end exclusive) and their 0-based line/column twins. */
export interface Loc extends Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface SummaryFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The printed value ("2.42%"). */
  actual?: string;
  /** The computed value or interval ("1.40%-1.44%"). */
  expected?: string;
  tableId?: string;
  section?: string;
  loc: Loc;
}

/** `partly`: some of the table was checked, some could not be (see rules/tableVerdict.ts). */
export type TableStatus = 'checked' | 'partly' | 'inconclusive' | 'not-checked';

export interface SummaryTable {
  id: string;
  title: string;
  layout: Table['layout'];
  rows: number;
  columns: number;
  status: TableStatus;
  checks: Pick<TableCheck, 'ruleId' | 'status' | 'reason' | 'skipped'>[];
  /**
   * What could be read of the table's figures and, where not, why: "3 amount columns (3 months ended
   * 2023-06-30 / 2022-06-30), 1 % change comparing them, 1 at constant currency: not derivable".
   */
  read: string;
  findings: number;
  section?: string;
  loc: Loc;
}

export interface SummaryFootnote {
  id: string;
  marker: string;
  /** The definition's text, shortened to a readable length. */
  text: string;
  references: number;
  tableId?: string;
  loc: Loc;
}

export interface SummaryCounts {
  tables: number;
  checkedTables: number;
  /** Tables checked in part: a rule skipped a column or a rule was inconclusive beside one that checked. */
  partlyTables: number;
  inconclusiveTables: number;
  /** Why rules could not decide a table or a part of it, with how many (table, rule) checks gave each reason. */
  inconclusiveReasons: { reason: string; count: number }[];
  findings: number;
  bySeverity: Record<Severity, number>;
  byRule: { ruleId: string; count: number }[];
  footnotes: number;
  /** Definitions at least one marker points at. */
  footnotesReferenced: number;
  /** Definitions no marker points at. */
  footnotesUnreferenced: number;
  references: number;
  /** Markers with no definition found. */
  referencesUnresolved: number;
  sections: number;
}

export interface Summary {
  /** The name shown as the report's heading: company, else the file name. */
  title: string;
  /** The file's name, from the analysis URI. */
  fileName?: string;
  uri?: string;
  format: Analysis['format'];
  length: number;
  lines: number;
  metadata: Metadata;
  counts: SummaryCounts;
  findings: SummaryFinding[];
  tables: SummaryTable[];
  footnotes: SummaryFootnote[];
  charts: Chart[];
  warnings: string[];
}

export interface ChartValue {
  /** The bar's length; undefined draws no bar (a value that could not be read). */
  value?: number;
  /** What the filing printed ("1.42%", "*" shown as "<1%"). */
  display: string;
  loc?: Loc;
}

export interface ChartGroup {
  label: string;
  loc?: Loc;
  values: ChartValue[];
}

export interface Chart {
  id: 'ownership' | 'findings-per-section';
  title: string;
  unit: 'percent' | 'count';
  /** One name per value in each group ("Before offering", "After offering"). */
  series: string[];
  groups: ChartGroup[];
  /** Groups left out to keep the chart readable. */
  omitted: number;
}
