import type { Locale, Problem } from '@hz-viz/schema';
import type { TemplateResult } from 'lit';
import { css, html, nothing } from 'lit';
import type { MessageSet, Widen } from './messages.js';
import { withEnglish } from './messages.js';

/**
 * The error state every element shows (HzBase.renderProblems): a lazy part, loaded the first time
 * an element has a problem to show, so an element that draws never carries the alert's markup,
 * styles and words (decision 0020). Meanwhile the element shows its quiet placeholder, as a
 * Chinese page already did while the Chinese wording of problems loads.
 */

const alert = { more: (n: number) => `另有 ${n} 个问题` } as const;

export type AlertMessages = Widen<typeof alert>;
export const alertMessages: MessageSet<AlertMessages> = withEnglish(alert, (en) => en.alert);

/** The alert's look; adopted by a shadow root the first time it shows an alert. */
const problemStyles = css`
  .problems {
    border: 1px solid var(--_bad);
    border-left-width: 4px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_surface);
    color: var(--_text);
  }
  .problems strong {
    color: var(--_bad);
  }
  .problems ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.2em;
  }
  .problems code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-size: 0.9em;
    word-break: break-all;
  }
  @media (forced-colors: active) {
    .problems {
      border-color: CanvasText;
    }
  }
`;

/** Where the element renders (its shadow root) takes the alert's styles, first, as when they were part of the tokens. */
function adoptProblemStyles(root: HTMLElement | DocumentFragment): void {
  const sheet = problemStyles.styleSheet;
  if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [sheet, ...root.adoptedStyleSheets];
}

/**
 * What is wrong and where: the first five problems, each said by `say` (in the page's language),
 * and how many more.
 */
export function problemAlert(
  root: HTMLElement | DocumentFragment,
  { problems, source, heading, say, locale }: { problems: readonly Problem[]; source: string; heading: string; say: (p: Problem) => string; locale: Locale },
): TemplateResult {
  adoptProblemStyles(root);
  const shown = problems.slice(0, 5);
  return html`<div class="problems" role="alert" part="error">
    <strong>${heading}</strong> <code>${source}</code>
    <ul>
      ${shown.map((p) => html`<li><code>${say(p)}</code></li>`)}
      ${problems.length > shown.length ? html`<li>${alertMessages[locale].more(problems.length - shown.length)}</li>` : nothing}
    </ul>
  </div>`;
}
