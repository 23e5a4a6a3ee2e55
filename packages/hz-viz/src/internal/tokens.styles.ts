import { css } from 'lit';

/**
 * Theme tokens every element shares (the colours only some use are in colour-tokens.styles.ts, the
 * focus ring in focus.styles.ts). Each `--hz-*` property can be set by the host page on any
 * ancestor or on the element. Colours go through `light-dark()`, by the page's `color-scheme`
 * (the reader's preference where the page declares `light dark`); a page pins a scheme for all
 * elements with `--hz-color-scheme`.
 * `theme` and `text-size` set on an element (an `<hz-report>` most often) reach every element
 * inside it: they set the inherited `--hz-color-scheme` and `--hz-font-size`, which the elements
 * inside read, rather than a `color-scheme` each of them would reset.
 */
export const tokenStyles = css`
  :host {
    --_font: var(--hz-font-family, 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', system-ui, sans-serif);
    --_text: var(--hz-color-text, light-dark(#1b1f24, #e8ecf1));
    --_muted: var(--hz-color-muted, light-dark(#4f5863, #a9b3be));
    --_surface: var(--hz-color-surface, light-dark(#ffffff, #161b22));
    --_border: var(--hz-color-border, light-dark(#d5dbe2, #3a424d));
    --_good: var(--hz-color-good, light-dark(#0f6b3a, #4fd18b));
    --_bad: var(--hz-color-bad, light-dark(#b3261e, #ff8a80));
    --_radius: var(--hz-radius, 10px);
    --_space: var(--hz-space, 12px);
    --_size: var(--hz-font-size, 15px);

    /* --hz-color-scheme: light | dark pins it; unset, the var() leaves this inherited property to
       inherit the page's scheme (decision 0026). */
    color-scheme: var(--hz-color-scheme);
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: 1.6;
    color: var(--_text);
    -webkit-font-smoothing: antialiased;
  }
  /* A forced theme may differ from the page around it: paint a surface so text stays legible. */
  :host([theme]) {
    background: var(--_surface);
  }
  :host([theme='light']) {
    --hz-color-scheme: light;
    color-scheme: light;
  }
  :host([theme='dark']) {
    --hz-color-scheme: dark;
    color-scheme: dark;
  }
  /* 适老化: larger text for older readers, everything else scales with it (and inside it). */
  :host([text-size='large']) {
    --hz-font-size: var(--hz-font-size-large, 19px);
  }
  :host([text-size='normal']) {
    --hz-font-size: var(--hz-font-size-normal, 15px);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .status {
    color: var(--_muted);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  /* A placeholder about the size of the drawn element (each element sets --_pending-height), so
     the page does not jump when the report arrives. */
  .status.pending,
  .status.unavailable {
    display: flex;
    align-items: center;
    min-height: var(--_pending-height, auto);
    height: var(--_pending-height, auto);
  }
`;
