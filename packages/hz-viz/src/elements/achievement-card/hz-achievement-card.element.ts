import type { Department, Initiative } from '@hz-viz/schema';
import { initiativeSchema, normalizeInitiative, prefixProblem, problem, problemFromIssue } from '@hz-viz/schema';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { html, isServer, nothing } from 'lit';
import { emit } from '../../internal/events.js';
import type { Resolved } from '../../internal/hz-element.js';
import { HzReportReader } from '../../internal/hz-report-reader.js';
import type { AchievementView } from './achievement-view.js';
import { achievementView } from './achievement-view.js';
import { achievementCardStyles } from './hz-achievement-card.styles.js';
import type { CoreMessages } from '../../internal/messages.js';
import { messageSet } from '../../internal/message-set.js';
import type { AchievementMessages } from './achievement-messages.js';
import { achievementMessages } from './achievement-messages.js';

const messages = messageSet(achievementMessages);

/**
 * @summary One initiative: its department and title, the paragraph with every figure and honor
 * highlighted in place (each with a tooltip and its normalized value), its honors as badges and
 * its headline figures as big numbers; long text collapses behind 展开/收起.
 *
 * @csspart base - The card.
 * @csspart department - The department line.
 * @csspart title - The initiative's title.
 * @csspart headlines - The big numbers.
 * @csspart text - The paragraph.
 * @csspart highlight - Each highlighted figure or honor in the paragraph.
 * @csspart toggle - The 展开/收起 button.
 * @csspart honors - The row of rank badges.
 * @csspart error - The error state.
 *
 * @fires {CustomEvent<HzToggleDetail>} hz-toggle - The paragraph was expanded or collapsed. `detail: { expanded }`.
 * @fires {CustomEvent<HzErrorDetail>} hz-error - An input is invalid or the initiative id is unknown. `detail: { problems }`.
 *
 * @cssproperty --hz-color-highlight - Background of highlighted figures.
 */
export class HzAchievementCardElement extends HzReportReader<AchievementView> {

  protected override get messages(): CoreMessages & AchievementMessages {
    return messages[this.locale];
  }

  static override styles = achievementCardStyles;

  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    initiative: {},
    headlineCount: { attribute: 'headline-count' },
    collapseAt: { attribute: 'collapse-at' },
    headingLevel: { attribute: 'heading-level' },
    expanded: { type: Boolean, reflect: true },
    dismissed: { state: true, attribute: false },
    overflows: { state: true, attribute: false },
  };

  /** An initiative id in the surrounding `<hz-report>` (attribute) or an initiative object (property). */
  initiative?: string | object;

  /** How many headline figures to show as big numbers: 0–3 (default 3). */
  headlineCount?: string;

  /** Paragraphs longer than this many characters start collapsed (default 90). */
  collapseAt?: string;

  /** The heading level of the title for the page's outline (default 3). */
  headingLevel?: string;

  /** Whether the long paragraph is shown in full. */
  expanded = false;

  private dismissed?: string;

  /**
   * Whether the paragraph is taller than its three collapsed lines at the width it has now. A
   * server render cannot measure: it shows the paragraph in full, with no toggle to press. A
   * card a server drew (its shadow root is there before it is) keeps it so once hydrated:
   * collapsing it then would move the page under the reader (decision 0024).
   */
  private readonly fromServer = !isServer && this.shadowRoot !== null;
  private overflows = !isServer && !this.fromServer;
  private textObserver?: ResizeObserver;
  private observedText?: Element;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page (a list reordered, a framework remount): observe the paragraph again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.textObserver?.disconnect();
    this.observedText = undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // An update can still run after removal: observe only while connected (disconnect stops it).
    const text = (this.isConnected && this.renderRoot.querySelector('#text')) || undefined;
    if (text !== this.observedText) {
      // Measured in the next frame: the toggle it adds resizes the card, not inside this callback.
      this.textObserver ??= new ResizeObserver(() => requestAnimationFrame(() => this.measureText()));
      if (this.observedText) this.textObserver.unobserve(this.observedText);
      if (text) this.textObserver.observe(text);
      this.observedText = text;
    }
  }

  /** 展开 only when there is more to show: a wide card may hold the whole paragraph in three lines. */
  private measureText(): void {
    const text = this.observedText as HTMLElement | undefined;
    if (!text || this.fromServer) return;
    const lines = Number.parseFloat(getComputedStyle(text).lineHeight) * 3;
    const overflows = text.scrollHeight > lines + 1;
    if (overflows !== this.overflows) this.overflows = overflows;
  }

  protected override resolve(): Resolved<AchievementView> {
    const value = this.initiative;
    let initiative: Initiative;
    let department: Department | undefined;
    if (value !== undefined && value !== null && typeof value === 'object') {
      const parsed = initiativeSchema.safeParse(value, { reportInput: true });
      if (!parsed.success) return { problems: parsed.error.issues.map((issue) => prefixProblem('initiative', problemFromIssue(issue))) };
      initiative = normalizeInitiative(parsed.data, 'initiative');
    } else if (typeof value === 'string' && value !== '') {
      const found = this.fromReport('initiative', value, (index) => index.initiatives.get(value), this.messages.initiative);
      if (!('view' in found)) return found;
      ({ initiative, department } = found.view);
    } else {
      return { problems: [problem('initiative', 'required: an initiative id inside <hz-report>, or an initiative object')] };
    }
    const count = this.headlineCount === undefined ? 3 : Number(this.headlineCount);
    if (!Number.isInteger(count) || count < 0 || count > 3) return { problems: [problem('headline-count', `expected 0, 1, 2 or 3, received ${JSON.stringify(this.headlineCount)}`)] };
    const collapseAt = this.collapseAt === undefined ? 90 : Number(this.collapseAt);
    if (!Number.isFinite(collapseAt) || collapseAt < 0) return { problems: [problem('collapse-at', `expected a number of characters, received ${JSON.stringify(this.collapseAt)}`)] };
    return { view: achievementView(initiative, department, this.locale, { headlineCount: count, collapseAt }) };
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    emit(this, 'hz-toggle', { expanded: this.expanded });
  }

  /** WCAG 1.4.13: a tooltip can be dismissed without moving focus. */
  private onTipKey(event: KeyboardEvent, id: string): void {
    if (event.key === 'Escape') this.dismissed = id;
  }

  protected override renderView(view: AchievementView) {
    const level = Math.min(6, Math.max(1, Number(this.headingLevel ?? 3) || 3));
    const collapsible = view.long && this.overflows;
    const collapsed = collapsible && !this.expanded;
    const messages = this.messages;
    return html`<article part="base" class="card">
      ${view.department ? html`<p part="department" class="department">${view.department}</p>` : nothing}
      <div part="title" class="title" role="heading" aria-level=${level}>${view.title}</div>
      ${view.headlines.length > 0
        ? html`<ul part="headlines" class="headlines" aria-label=${messages.headline}>
            ${view.headlines.map(
              (h) => html`<li class="headline">
                <span><span class="before">${h.parts.before}</span><span class="number">${h.parts.number}</span><span class="unit">${h.parts.after}</span></span>
                <span class="name">${h.label}</span>
              </li>`,
            )}
          </ul>`
        : nothing}
      <p part="text" id="text" class="text ${collapsed ? 'collapsed' : ''}" lang="zh-CN">
        ${view.segments.map((segment, i) =>
          segment.mark
            ? html`<span class="fig" ?data-dismissed=${this.dismissed === segment.mark.id} @mouseleave=${() => (this.dismissed = undefined)}
                ><mark
                  part="highlight"
                  class=${segment.mark.kind}
                  tabindex="0"
                  aria-describedby="tip-${i}"
                  @keydown=${(event: KeyboardEvent) => this.onTipKey(event, segment.mark!.id)}
                  @blur=${() => (this.dismissed = undefined)}
                  >${segment.text}</mark
                ><span class="tooltip" role="tooltip" id="tip-${i}" lang=${this.locale}>${segment.mark.tip}</span></span
              >`
            : segment.text,
        )}
      </p>
      ${collapsible
        ? html`<button part="toggle" class="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="text" @click=${this.toggle}>
            ${this.expanded ? messages.collapse : messages.expand}
          </button>`
        : nothing}
      ${view.honors.length > 0
        ? html`<ul part="honors" class="honors" aria-label=${messages.honors}>
            ${view.honors.map((honor) => html`<li><hz-rank-badge .honor=${honor} compact></hz-rank-badge></li>`)}
          </ul>`
        : nothing}
    </article>`;
  }
}
