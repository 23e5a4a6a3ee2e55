import type { Locale } from '@hz-viz/schema';
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { arrows } from '../../internal/trend.styles.js';
import type { MetricCardView } from './metric-card-view.js';

const iconSlot = html`<slot name="icon"></slot>`;
const footerSlot = html`<slot name="footer"></slot>`;

/** Where the lines are drawn: a standalone `<hz-metric-card>`, or an item of `<hz-metric-grid>`. */
export type CardHolder = 'card' | 'grid';

/**
 * One card's lines, the markup `<hz-metric-card>` and `<hz-metric-grid>` share: the card puts
 * them in its `<article part="base">` (with its `icon` and `footer` slots), the grid straight in
 * each list item (no slots: a grid item has no light DOM of its own), so a grid card is one
 * element fewer. One template: the lines every card may have (value, change) are hidden when it
 * lacks them, so a page of cards clones one tree each (docs/decisions/0012-cards-near-plain-dom.md);
 * the rare ones (period, caption) are drawn only when there, and the icon sits in the label's own
 * line: a grid card of label, value and change is 8 elements with its list item, not 11, as
 * plain DOM's is 8, and a hidden element is still styled (decision 0027).
 *
 * The value's tooltip (its normalized value, 45,100 人次) is a `title` on the card; the grid sets
 * it on the value the pointer is over instead, because a changed attribute restyles its element
 * and an update of 1,000 values would restyle 1,000 of them.
 *
 * A tone (向好 / improving) is said in words as the name of its arrow, an image (`role="img"`),
 * not as visually hidden text: a clipped box is a paint property of its own, and 1,000 of them
 * cost a grid about a quarter of its first paint (decision 0025). A neutral tone has no words:
 * its arrow is hidden from readers, the change's own words say the direction.
 */
export function metricCardLines(view: MetricCardView, locale: Locale, holder: CardHolder): TemplateResult {
  const card = holder === 'card';
  const valueTrend = view.trendIsValue ? view.trend : undefined;
  const change = view.trendIsValue ? undefined : view.trend;
  // No white space between the parts (a line's, or a part and the next line): none is drawn, and
  // a server's render and the browser's keep the same text.
  return html`<p part="label" class="label">${card ? iconSlot : nothing}${view.label}</p>
    <p part="value" class="value" title=${card ? view.normalized : nothing}>${valueTrend
        ? html`<span class="trend tone-${valueTrend.tone}"
            ><span class="arrow" role=${valueTrend.toneText ? 'img' : nothing} aria-label=${valueTrend.toneText || nothing} aria-hidden=${valueTrend.toneText ? nothing : 'true'}
              >${arrows[valueTrend.direction]}</span
            ></span
          >`
        : nothing}${view.value.before ? html`<span class="before">${view.value.before}</span>` : nothing}<span part="number" class="number"
        >${view.value.number}</span
      ><span part="unit" class="after" ?hidden=${!view.value.after}>${view.value.after}</span></p
    >${view.period ? html`<p part="period" class="period">${view.period}</p>` : nothing}<div class="meta" ?hidden=${!change && !view.rank}><p part="change" class="trend tone-${change?.tone ?? 'neutral'}" ?hidden=${!change}
        ><span class="arrow" role=${change?.toneText ? 'img' : nothing} aria-label=${change?.toneText || nothing} aria-hidden=${change?.toneText ? nothing : 'true'}
          >${change ? arrows[change.direction] : ''}</span
        >${change?.text ?? ''}</p
      >${view.rank ? html`<hz-rank-badge part="rank" compact .honor=${view.rank} lang=${locale}></hz-rank-badge>` : nothing}</div
    >${view.caption ? html`<p part="caption" class="caption">${view.caption}</p>` : nothing}${card ? footerSlot : nothing}`;
}
