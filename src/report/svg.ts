/**
 * Draws a summary chart as inline SVG markup: horizontal bars, one group per holder or section, one bar
 * per series. No style attributes (the CSP forbids inline styles): colours come from CSS classes that use
 * var(--vscode-*). Every label goes through esc(); each bar carries its place in data-start/data-end.
 */
import type { Chart, ChartValue } from './summaryModel';
import { esc } from './escape';
import { shorten } from './text';

const WIDTH = 560;
const LABEL_W = 200;
const VALUE_W = 56;
const BAR_H = 14;
const GAP = 12;
const AXIS_H = 18;
const LEGEND_H = 18;

export function chartSvg(chart: Chart, index: number): string {
  const series = chart.series.length;
  const groupH = series * BAR_H + (series - 1) * 2 + GAP;
  const legendH = series > 1 ? LEGEND_H : 0;
  const height = legendH + chart.groups.length * groupH + AXIS_H;
  const max = niceMax(Math.max(0, ...chart.groups.flatMap((g) => g.values.map((v) => v.value ?? 0))), chart.unit);
  const barW = WIDTH - LABEL_W - VALUE_W;
  const scale = (v: number) => Math.max(0, Math.min(barW, (v / max) * barW));
  const titleId = `chart-${index}-title`;
  const out: string[] = [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${titleId}" preserveAspectRatio="xMinYMin meet">`,
    `<title id="${titleId}">${esc(chart.title)}</title>`,
  ];
  if (series > 1) {
    chart.series.forEach((name, s) => {
      const x = LABEL_W + s * 150;
      out.push(`<rect class="bar series-${s}" x="${x}" y="3" width="10" height="10"></rect>`);
      out.push(`<text class="legend" x="${x + 14}" y="12">${esc(shorten(name, 26))}</text>`);
    });
  }
  // Grid lines at 0, half and the top of the scale.
  const bottom = height - AXIS_H;
  for (const f of [0, 0.5, 1]) {
    const x = LABEL_W + f * barW;
    out.push(`<line class="grid" x1="${x}" y1="${legendH}" x2="${x}" y2="${bottom}"></line>`);
    const tick = f * max;
    if (chart.unit === 'count' && !Number.isInteger(tick)) continue;
    out.push(
      `<text class="axis" x="${x}" y="${bottom + 13}" text-anchor="middle">${esc(formatTick(tick, chart.unit))}</text>`,
    );
  }
  chart.groups.forEach((g, gi) => {
    const y0 = legendH + gi * groupH + GAP / 2;
    const labelY = y0 + (series * BAR_H + (series - 1) * 2) / 2 + 4;
    out.push(
      `<text class="label" x="${LABEL_W - 8}" y="${labelY}" text-anchor="end">${esc(shorten(g.label, 30))}<title>${esc(g.label)}</title></text>`,
    );
    g.values.forEach((v, s) => out.push(bar(v, s, y0 + s * (BAR_H + 2), scale, g.label, chart.series[s])));
  });
  out.push('</svg>');
  return out.join('');
}

function bar(v: ChartValue, s: number, y: number, scale: (v: number) => number, label: string, series: string): string {
  const w = v.value === undefined ? 0 : Math.max(1, scale(v.value));
  const attrs = v.loc
    ? ` class="chart-bar reveal" tabindex="0" role="button" data-start="${v.loc.start}" data-end="${v.loc.end}"`
    : ' class="chart-bar"';
  const tip = `${label} — ${series}: ${v.display || 'n/a'}`;
  return (
    `<g${attrs}><title>${esc(tip)}</title>` +
    `<rect class="bar series-${s}" x="${LABEL_W}" y="${y}" width="${w.toFixed(1)}" height="${BAR_H}"></rect>` +
    `<text class="value" x="${(LABEL_W + w + 4).toFixed(1)}" y="${y + BAR_H - 2}">${esc(v.display)}</text></g>`
  );
}

/** A round top for the axis: 1, 2, 2.5 or 5 times a power of ten, at least the largest value. */
function niceMax(max: number, unit: Chart['unit']): number {
  if (!(max > 0)) return unit === 'percent' ? 1 : 1;
  const p = Math.pow(10, Math.floor(Math.log10(max)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

function formatTick(v: number, unit: Chart['unit']): string {
  const s = Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, '');
  return unit === 'percent' ? `${s}%` : s;
}
