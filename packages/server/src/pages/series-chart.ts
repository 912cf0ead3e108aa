import type { SeriesPoint } from '@newsfacts/store';
import { html } from './html.ts';
import type { Html } from './layout.ts';

const W = 640;
const H = 220;
const PAD = 36;

/**
 * A series as an SVG drawn on the server: bars per period with the value above each, so the page
 * needs no script. Only the first unit is drawn (a series mixes units only when the data does).
 */
export function seriesChart(points: readonly SeriesPoint[]): Html {
  const unit = points[0]?.unit ?? null;
  const shown = points.filter((p) => p.unit === unit).slice(-40);
  if (shown.length === 0) return html`<p class="muted">No figures with a period for this entity yet.</p>`;
  const max = Math.max(...shown.map((p) => p.value), 0) || 1;
  const step = (W - 2 * PAD) / shown.length;
  const bar = Math.max(2, step * 0.7);
  return html`<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="series by period${unit ? ` in ${unit}` : ''}" id="entity-chart">
  <line x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}" stroke="#999" />
  ${shown.map((p, i) => {
    const h = ((H - 2 * PAD) * Math.max(p.value, 0)) / max;
    const x = PAD + i * step + (step - bar) / 2;
    const y = H - PAD - h;
    return html`<g data-period="${p.period}" data-value="${p.value}">
    <rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="${p.conflict ? '#b3261e' : '#1f5fbf'}"><title>${p.period}: ${p.value} ${p.unit ?? ''} (${p.sources} sources)</title></rect>
    <text x="${(x + bar / 2).toFixed(1)}" y="${(y - 4).toFixed(1)}" font-size="10" text-anchor="middle">${p.value}</text>
    <text x="${(x + bar / 2).toFixed(1)}" y="${H - PAD + 14}" font-size="10" text-anchor="middle">${p.period}</text>
  </g>`;
  })}
</svg>${unit ? html`<p class="muted">unit: ${unit}</p>` : ''}`;
}
