import { html, type Markup } from './page-layout';

export interface Bar {
  label: string;
  /** null: not disclosed (too few samples) or not measured. */
  value: number | null;
  note?: string;
}

/**
 * A horizontal bar chart as SVG, drawn on the server: no script, no library in the browser. It carries a title and
 * a description for screen readers; the table beside it holds the same figures.
 */
export function barChart(id: string, title: string, bars: Bar[], format: (v: number) => string): Markup {
  const row = 30;
  const labelWidth = 130;
  const width = 640;
  const plot = width - labelWidth - 70;
  const max = Math.max(...bars.map((b) => b.value ?? 0), 0) || 1;
  const height = bars.length * row + 10;
  const described = bars.map((b) => `${b.label} ${b.value == null ? (b.note ?? '不公开') : format(b.value)}`).join('，');
  return html`<figure class="chart">
    <svg id=${id} viewBox=${`0 0 ${width} ${height}`} role="img" aria-labelledby=${`${id}-title ${id}-desc`}>
      <title id=${`${id}-title`}>${title}</title>
      <desc id=${`${id}-desc`}>${described}</desc>
      ${bars.map((b, i) => {
        const y = i * row + 5;
        const w = b.value == null ? 0 : Math.max((b.value / max) * plot, b.value > 0 ? 2 : 0);
        return html`<g class="bar" data-label=${b.label}>
          <text class="bar-label" x=${labelWidth - 8} y=${y + 19} text-anchor="end">${b.label}</text>
          <rect x=${labelWidth} y=${y + 4} width=${w.toFixed(1)} height=${row - 10} />
          <text class="bar-value" x=${labelWidth + w + 6} y=${y + 19}>${b.value == null ? (b.note ?? '不公开') : format(b.value)}</text>
        </g>`;
      })}
    </svg>
    <figcaption>${title}</figcaption>
  </figure>`;
}
