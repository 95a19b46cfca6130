/**
 * The chart's background (grid, axes, tick labels, axis titles and one faint dot per plotted model)
 * as SVG markup, written once: into the shared file /charts/price-<series>.svg that every pair page
 * references with <use href="…#bg">, and inline on the directory. One string, so the two can never
 * disagree. Colours are `currentColor` with opacities (presentation attributes, no style): the page's
 * CSS sets `color` on the <svg>, which the <use> shadow tree inherits, so light and dark both work.
 */
import type { PriceChartView } from './price-chart';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Radius of a background dot, in user units. */
export const DOT_RADIUS = 3.5;
/** Opacity of grid lines, of the axis lines and of the background dots (faint context, not the message). */
const GRID_OPACITY = 0.15;
const AXIS_OPACITY = 0.6;
const DOT_OPACITY = 0.35;
/** Tick label size and the axis title offsets from the plot, in user units. */
const FONT_SIZE = 11;
const X_LABEL_DY = 16;
const X_TITLE_DY = 36;
const Y_LABEL_DX = 6;
const Y_TITLE_X = 14;

/** The background group `<g id="bg">…</g>`. */
export function chartBackground(c: PriceChartView): string {
  const { left, right, top, bottom } = c.plot;
  const grid =
    c.xTicks.map((t) => `M${t.pos} ${top}V${bottom}`).join('') + c.yTicks.map((t) => `M${left} ${t.pos}H${right}`).join('');
  const xLabels = c.xTicks.map((t) => `<text x="${t.pos}" y="${bottom + X_LABEL_DY}">${esc(t.label)}</text>`).join('');
  const yLabels = c.yTicks.map((t) => `<text x="${left - Y_LABEL_DX}" y="${t.pos + 4}">${esc(t.label)}</text>`).join('');
  const midX = (left + right) / 2;
  const midY = (top + bottom) / 2;
  const dots = c.points.map((p) => `<circle cx="${p.x}" cy="${p.y}" r="${DOT_RADIUS}" data-id="${esc(p.id)}"><title>${esc(p.name)}</title></circle>`).join('');
  return (
    `<g id="${c.bgId}" fill="currentColor" font-size="${FONT_SIZE}">` +
    `<path d="${grid}" fill="none" stroke="currentColor" stroke-opacity="${GRID_OPACITY}"/>` +
    `<path d="M${left} ${top}V${bottom}H${right}" fill="none" stroke="currentColor" stroke-opacity="${AXIS_OPACITY}"/>` +
    `<g text-anchor="middle">${xLabels}<text x="${midX}" y="${bottom + X_TITLE_DY}">${esc(c.xTitle)}</text></g>` +
    `<g text-anchor="end">${yLabels}</g>` +
    `<text text-anchor="middle" transform="rotate(-90)" x="${-midY}" y="${Y_TITLE_X}">${esc(c.yTitle)}</text>` +
    `<g fill-opacity="${DOT_OPACITY}">${dots}</g>` +
    `</g>`
  );
}

/** The shared file: a standalone SVG document holding the background group (and showing it when opened alone). */
export function chartBackgroundFile(c: PriceChartView): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${c.width} ${c.height}" width="${c.width}" height="${c.height}" font-family="system-ui, sans-serif">` +
    `<title>${esc(`Monthly cost against ${c.seriesText}`)}</title>` +
    chartBackground(c) +
    `</svg>\n`
  );
}
