import type { Locale, Problem } from '@hz-viz/schema';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { html, LitElement, render } from 'lit';
import { hzVizVersion } from './define.js';
import { englishPart, withoutEnglish } from './english-part.js';
import { emit } from './events.js';
import { localeOf, unwatchLang, watchLang } from './lang.js';
import type { CoreMessages } from './messages.js';
import { coreMessages } from './messages.js';
import { LazyPart } from './lazy-part.js';

/** The Chinese wording of problems: only a page that shows one needs it (English shows them as they are). */
const problemWording = new LazyPart(() => import('./problem-text.js'));

/**
 * The error state's markup, styles and words: only an element that shows a problem needs them.
 * Exported for tests.
 * @internal
 */
export const problemAlert = new LazyPart(() => import('./problem-alert.js'));

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

  /** The reactive properties below, as Lit reads them (no decorators: tslib's __decorate is not in any bundle). */
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    textSize: { attribute: 'text-size', reflect: true },
  };

  /**
   * Force a colour theme on this element and every hz-viz element inside it; without it the
   * element follows `--hz-color-scheme` or the page's `color-scheme` (the reader's preference on a
   * page that declares `color-scheme: light dark`).
   */
  theme?: Theme;

  /** `large` is the 适老化 size for older readers; it applies to every hz-viz element inside too. */
  textSize?: TextSize;

  private lastProblemsKey = '';
  private localeThisUpdate?: Locale;
  /** Parts this element asked for that have not arrived: `updateComplete` waits for them. */
  private partsLoading?: Promise<unknown>;
  /** What changed while the element waited for its English part, for the update that follows. */
  private heldChanges?: PropertyValues;
  private toldEnglishFailed = false;

  /**
   * What is wrong with this element's input now, each with where: empty while it draws, loads or
   * waits. Read it any time; `hz-error` fires when it changes to a non-empty list.
   */
  get problems(): readonly Problem[] {
    if (englishPart.failure && localeOf(this) === 'en') return [withoutEnglish.problem(englishPart.failure)];
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

  /**
   * On an English page the element waits for the English part (english-part.ts) before it
   * updates: its inputs are read and its view written only once the words and figure writing it
   * needs are there. Meanwhile it shows the quiet placeholder its own loading state shows (same
   * frame, same box), or, if the part cannot load, an alert in English that stays in the first
   * load; `updateComplete` waits for the part.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    const locale = (this.localeThisUpdate = localeOf(this));
    if (locale === 'en' && !this.need(englishPart) && this.waitsForEnglish()) {
      this.localeThisUpdate = undefined;
      // Lit forgets the changes of an update that does not happen: keep them (the oldest previous
      // value of each) for the update the part's arrival asks for.
      const held = (this.heldChanges ??= new Map());
      for (const [key, previous] of changed) if (!held.has(key)) held.set(key, previous);
      render(this.renderWithoutEnglish(englishPart.failure), this.renderRoot, this.renderOptions);
      if (englishPart.failure && !this.toldEnglishFailed) {
        this.toldEnglishFailed = true;
        emit(this, 'hz-error', { problems: this.problems });
      }
      return false;
    }
    if (this.heldChanges) {
      for (const [key, previous] of this.heldChanges) changed.set(key, previous);
      this.heldChanges = undefined;
    }
    return super.shouldUpdate(changed);
  }

  /**
   * The quiet placeholder, the element's `.status.pending` frame (sized like the drawn element):
   * while a part, the report or the English part loads. Silent: one live region per report speaks.
   */
  protected renderPending(): TemplateResult {
    // Until the English part is there its words cannot be read (nor if it failed): the fixed "Loading…".
    return html`<div class="status pending" part="status">${this.locale === 'en' && !englishPart.module ? withoutEnglish.loading : this.messages.loading}</div>`;
  }

  /** Whether updates wait for the English part; <hz-report> loads its report meanwhile. */
  protected waitsForEnglish(): boolean {
    return true;
  }

  /** The waiting frame (the element's own `.status.pending`) or, once the English part failed, why. */
  protected renderWithoutEnglish(failure: unknown): TemplateResult {
    if (failure) return this.renderProblems([withoutEnglish.problem(failure)], undefined, withoutEnglish.failed);
    return this.renderPending();
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

  /**
   * The error state: what is wrong and where, in the page's language (problem-alert.ts, loaded
   * with the first problem to show; a quiet placeholder meanwhile). If it cannot load, a plain
   * alert in the first load still says what and where.
   */
  protected renderProblems(problems: readonly Problem[], source = `<${this.localName}>`, heading = this.messages.invalid): TemplateResult {
    const locale = this.locale;
    const alert = this.need(problemAlert);
    // A Chinese page also waits for the wording, so the alert is announced once, in Chinese.
    const wording = locale === 'en' ? undefined : this.need(problemWording);
    if ((!alert && !problemAlert.failure) || (locale !== 'en' && !wording && !problemWording.failure)) return this.renderPending();
    const say = (p: Problem) => (wording ? wording.problemText(p, locale) : p.message);
    if (alert) return alert.problemAlert(this.renderRoot, { problems, source, heading, say, locale });
    return html`<div role="alert" part="error">${heading} ${source}: ${problems.map(say).join('; ')}</div>`;
  }
}
