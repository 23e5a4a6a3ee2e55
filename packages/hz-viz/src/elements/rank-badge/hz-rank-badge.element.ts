import type { FormattableRank, HonorKind, HonorScope } from '@hz-viz/schema';
import { honorKinds, honorScopes, prefixProblem, problem, problemFromIssue, rankFromText, rankInputSchema } from '@hz-viz/schema';
import type { Problem } from '@hz-viz/schema';
import type { PropertyDeclarations } from 'lit';
import { html, nothing } from 'lit';
import { emit } from '../../internal/events.js';
import type { Resolved } from '../../internal/hz-element.js';
import { HzReportReader } from '../../internal/hz-report-reader.js';
import { rankIcons } from './rank-icons.js';
import type { RankView } from './rank-view.js';
import { rankView } from './rank-view.js';
import { rankBadgeStyles } from './hz-rank-badge.styles.js';
import type { CoreMessages } from '../../internal/messages.js';
import { messageSet } from '../../internal/message-set.js';
import type { RankBadgeMessages } from './rank-badge-messages.js';
import { rankBadgeMessages } from './rank-badge-messages.js';

const messages = messageSet(rankBadgeMessages);

const positiveInteger = /^[1-9]\d*$/;

/**
 * @summary An honor: a place (全省第1), a first (全国首个), the only one (全省唯一), a streak
 * (九连冠) or top of a table (领跑全省), with tiered visuals and screen-reader text.
 *
 * @csspart base - The badge.
 * @csspart icon - The glyph of the honor's kind.
 * @csspart text - The visible words.
 * @csspart label - What was honoured (full form only).
 * @csspart error - The error state.
 *
 * @fires {CustomEvent<HzSelectDetail>} hz-select - The badge was activated (only with `selectable`). `detail: { id, label }`.
 * @fires {CustomEvent<HzErrorDetail>} hz-error - An input is invalid. `detail: { problems }`.
 *
 * @cssproperty --hz-color-gold - First place and firsts.
 * @cssproperty --hz-color-silver - Second place.
 * @cssproperty --hz-color-bronze - Third place.
 * @cssproperty --hz-color-accent - Other honors.
 */
export class HzRankBadgeElement extends HzReportReader<RankView> {

  protected override get messages(): CoreMessages & RankBadgeMessages {
    return messages[this.locale];
  }

  static override styles = rankBadgeStyles;

  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    honor: {},
    text: {},
    kind: {},
    scope: {},
    position: {},
    streak: {},
    label: {},
    compact: { type: Boolean, reflect: true },
    selectable: { type: Boolean, reflect: true },
  };

  /**
   * The honor: as an attribute, the id of an honor in the surrounding `<hz-report>`; as a
   * property, an honor object (a schema Honor, or any object with its rank fields).
   */
  honor?: string | object;

  /** Free text of an honor, read by the schema's rank parser: 居全省第1, 全国首个, 九连冠. */
  text?: string;

  /** With `scope` and `position`: `position`, `first`, `only`, `streak` or `top`. */
  kind?: HonorKind;

  /** `nation`, `province`, `city`, `county` or `group`. */
  scope?: HonorScope;

  /** The place, a positive integer: 1 for 第1. */
  position?: string;

  /** How many in a row, for streaks. */
  streak?: string;

  /** What was honoured, shown beside the badge in the full form. */
  label?: string;

  /** A smaller badge without the label, for tight layouts. */
  compact = false;

  /** Make the badge a button that fires `hz-select`. */
  selectable = false;

  protected override resolve(): Resolved<RankView> {
    const locale = this.locale;
    const honorInput = this.honor;
    if (honorInput !== undefined && honorInput !== null && typeof honorInput === 'object') {
      const parsed = rankInputSchema.safeParse(honorInput, { reportInput: true });
      if (!parsed.success) return { problems: parsed.error.issues.map((issue) => prefixProblem('honor', problemFromIssue(issue))) };
      const { label, labelEn } = parsed.data as { label?: unknown; labelEn?: unknown };
      const named = locale === 'en' && typeof labelEn === 'string' ? labelEn : typeof label === 'string' ? label : undefined;
      return { view: rankView(parsed.data, locale, this.label ?? named) };
    }
    if (typeof honorInput === 'string' && honorInput !== '') {
      const found = this.fromReport('honor', honorInput, (index) => index.honors.get(honorInput), this.messages.honor);
      if (!('view' in found)) return found;
      const { honor } = found.view;
      return { view: rankView(honor, locale, this.label ?? (locale === 'en' ? (honor.labelEn ?? honor.label) : honor.label)) };
    }
    if (this.text !== undefined) {
      const parsed = rankFromText(this.text);
      return parsed.ok ? { view: rankView(parsed.value, locale, this.label) } : { problems: parsed.problems };
    }
    return this.fromParts();
  }

  private fromParts(): Resolved<RankView> {
    const problems: Problem[] = [];
    const kind = this.kind ?? (this.streak ? 'streak' : 'position');
    if (!(honorKinds as readonly string[]).includes(kind)) problems.push(problem('kind', `expected one of ${honorKinds.join(', ')}, received ${JSON.stringify(kind)}`));
    if (this.scope !== undefined && !(honorScopes as readonly string[]).includes(this.scope)) {
      problems.push(problem('scope', `expected one of ${honorScopes.join(', ')}, received ${JSON.stringify(this.scope)}`));
    }
    for (const [name, value] of [['position', this.position], ['streak', this.streak]] as const) {
      if (value !== undefined && !positiveInteger.test(value.trim())) problems.push(problem(name, `expected a positive whole number, received ${JSON.stringify(value)}`));
    }
    if (kind === 'position' && this.position === undefined) problems.push(problem('position', 'required for a position: expected a positive whole number, but it is missing'));
    if (problems.length > 0) return { problems };
    const rank: FormattableRank = {
      kind: kind as FormattableRank['kind'],
      ...(this.scope && { scope: this.scope as FormattableRank['scope'] }),
      ...(this.position && { position: Number(this.position) }),
      ...(this.streak && { streak: Number(this.streak) }),
    };
    return { view: rankView(rank, this.locale, this.label) };
  }

  private onActivate(view: RankView): void {
    emit(this, 'hz-select', { ...(typeof this.honor === 'string' && { id: this.honor }), label: view.label ?? view.text });
  }

  protected override renderView(view: RankView) {
    const classes = ['badge', `kind-${view.kind}`, view.tier ? `tier-${view.tier}` : '', view.scope ? `scope-${view.scope}` : ''].join(' ');
    // A button is named by its visible words (WCAG 2.5.3), with the full wording after them;
    // a static badge is one image named by the full wording.
    const hidden = this.selectable ? nothing : 'true';
    const content = html`<span class="icon" part="icon" aria-hidden="true"><svg viewBox="0 0 16 16">${rankIcons[view.kind]}</svg></span
      ><span part="text" aria-hidden=${hidden}>${view.text}</span
      >${view.label && !this.compact ? html`<span class="label" part="label" aria-hidden=${hidden}>${view.label}</span>` : nothing}`;
    if (this.selectable) {
      return html`<button type="button" part="base" class=${classes} @click=${() => this.onActivate(view)}>
        ${content}<span class="sr-only">（${view.spoken}）</span>
      </button>`;
    }
    return html`<span part="base" class=${classes} role="img" aria-label=${view.spoken} title=${view.spoken}>${content}</span>`;
  }
}
