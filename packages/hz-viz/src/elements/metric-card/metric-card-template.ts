import type { Locale } from '@hz-viz/schema';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { arrows } from '../../internal/trend.styles.js';
import type { MetricCardView } from './metric-card-view.js';

const iconSlot = html`<slot name="icon"></slot>`;
const footerSlot = html`<slot name="footer"></slot>`;

/**
 * One card's lines, the markup `<hz-metric-card>` and `<hz-metric-grid>` share: the card puts
 * them in its `<article part="base">` (with its `icon` and `footer` slots), the grid straight in
 * each list item (no slots: a grid item has no light DOM of its own), so a grid card is one
 * element fewer. One template with a fixed shape: lines a card lacks are hidden, not templates of
 * their own, so a page of cards clones one tree each (docs/decisions/0012-cards-near-plain-dom.md).
 */
export function metricCardLines(view: MetricCardView, locale: Locale, slots: boolean): TemplateResult {
  const valueTrend = view.trendIsValue ? view.trend : undefined;
  const change = view.trendIsValue ? undefined : view.trend;
  // Inline layout: no white space between the parts of a line, so none is drawn.
  return html`<div class="top">${slots ? iconSlot : nothing}<p part="label" class="label">${view.label}</p></div>
    <p part="value" class="value" title=${view.normalized}>${valueTrend
        ? html`<span class="trend tone-${valueTrend.tone}"><span class="arrow" aria-hidden="true">${arrows[valueTrend.direction]}</span></span>`
        : nothing}${view.value.before ? html`<span class="before">${view.value.before}</span>` : nothing}<span part="number" class="number"
        >${view.value.number}</span
      ><span part="unit" class="after" ?hidden=${!view.value.after}>${view.value.after}</span>${valueTrend?.toneText
        ? html`<span class="sr-only">（${valueTrend.toneText}）</span>`
        : nothing}</p>
    <p part="period" class="period" ?hidden=${!view.period}>${view.period ?? ''}</p>
    <div class="meta" ?hidden=${!change && !view.rank}><p part="change" class="trend tone-${change?.tone ?? 'neutral'}" ?hidden=${!change}
        ><span class="arrow" aria-hidden="true">${change ? arrows[change.direction] : ''}</span>${change?.text ?? ''}<span class="sr-only"
          >${change?.toneText ? `（${change.toneText}）` : ''}</span
        ></p
      >${view.rank ? html`<hz-rank-badge part="rank" compact .honor=${view.rank} lang=${locale}></hz-rank-badge>` : nothing}</div>
    <p part="caption" class="caption" ?hidden=${!view.caption}>${view.caption ?? ''}</p>
    ${slots ? footerSlot : nothing}`;
}
