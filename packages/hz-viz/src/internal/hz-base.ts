import type { Locale, Problem } from '@hz-viz/schema';
import type { PropertyValues, TemplateResult } from 'lit';
import { html, LitElement, nothing } from 'lit';
import { property } from './decorators.js';
import { hzVizVersion } from './define.js';
import { emit } from './events.js';
import { localeOf, unwatchLang, watchLang } from './lang.js';
import type { CoreMessages } from './messages.js';
import { coreMessages } from './messages.js';
import { LazyPart } from './lazy-part.js';

/** The Chinese wording of problems: only a page that shows one needs it (English shows them as they are). */
const problemWording = new LazyPart(() => import('./problem-text.js'));

export const themes = ['light', 'dark'] as const;
export type Theme = (typeof themes)[number];
export const textSizes = ['normal', 'large'] as const;
export type TextSize = (typeof textSizes)[number];

/**
 * What every hz-viz element shares, `<hz-report>` included: the theme and text-size attributes
 * (which reach the elements inside, see tokens.styles.ts), the page language, the version a second
 * copy on the page is told apart by, and the problem list with its `hz-error` event.
 */
export abstract class HzBase extends LitElement {
  static readonly hzVersion: string = hzVizVersion;

  /**
   * Force a colour theme on this element and every hz-viz element inside it; without it the
   * element follows `--hz-color-scheme` or the reader's `prefers-color-scheme`.
   */
  @property({ reflect: true }) theme?: Theme;

  /** `large` is the 适老化 size for older readers; it applies to every hz-viz element inside too. */
  @property({ attribute: 'text-size', reflect: true }) textSize?: TextSize;

  private lastProblemsKey = '';
  private localeThisUpdate?: Locale;
  /** Parts this element asked for that have not arrived: `updateComplete` waits for them. */
  private partsLoading?: Promise<unknown>;

  /**
   * What is wrong with this element's input now, each with where: empty while it draws, loads or
   * waits. Read it any time; `hz-error` fires when it changes to a non-empty list.
   */
  get problems(): readonly Problem[] {
    return this.currentProblems();
  }

  protected abstract currentProblems(): readonly Problem[];

  /** The page language at this element, read once per update (it walks up the tree). */
  protected get locale(): Locale {
    return this.localeThisUpdate ?? localeOf(this);
  }

  /** The fixed strings this element shows, in the page's language; an element with more overrides it with its own set. */
  protected get messages(): CoreMessages {
    return coreMessages[this.locale];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localeThisUpdate = localeOf(this);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.localeThisUpdate = undefined;
    const problems = this.currentProblems();
    const key = problems.map((p) => p.message).join('\n');
    if (key !== this.lastProblemsKey) {
      this.lastProblemsKey = key;
      if (problems.length > 0) emit(this, 'hz-error', { problems });
    }
  }

  /**
   * A lazily loaded part, or undefined while it loads: the element updates again when it arrives,
   * and `updateComplete` resolves only after that update. Undefined too when loading failed
   * (`part.failure` says why): the caller says so or does without.
   */
  protected need<M>(part: LazyPart<M>): M | undefined {
    if (part.module || part.failure) return part.module;
    const loading = part.load().then(() => this.requestUpdate());
    const before = this.partsLoading;
    this.partsLoading = before ? Promise.all([before, loading]) : loading;
    return undefined;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.partsLoading) {
      const loading = this.partsLoading;
      await loading;
      if (this.partsLoading === loading) this.partsLoading = undefined;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The error state: what is wrong and where, in the page's language; the first five problems and how many more. */
  protected renderProblems(problems: readonly Problem[], source = `<${this.localName}>`): TemplateResult {
    const locale = this.locale;
    // A Chinese page waits (a quiet placeholder) for the wording, so the alert is announced once, in Chinese.
    const wording = locale === 'en' ? undefined : this.need(problemWording);
    if (locale !== 'en' && !wording && !problemWording.failure) return html`<div class="status pending" part="status">${this.messages.loading}</div>`;
    const say = (p: Problem) => (wording ? wording.problemText(p, locale) : p.message);
    const shown = problems.slice(0, 5);
    return html`<div class="problems" role="alert" part="error">
      <strong>${this.messages.invalid}</strong> <code>${source}</code>
      <ul>
        ${shown.map((p) => html`<li><code>${say(p)}</code></li>`)}
        ${problems.length > shown.length ? html`<li>${this.messages.more(problems.length - shown.length)}</li>` : nothing}
      </ul>
    </div>`;
  }
}
