import type { Problem } from '@hz-viz/schema';

/** Fired when a row, cell or badge is chosen by click, Enter or Space. */
export interface HzSelectDetail {
  /** The schema id of what was chosen, when it has one. */
  readonly id?: string;
  readonly label: string;
  readonly index?: number;
}

/** Fired whenever an element shows its error state. */
export interface HzErrorDetail {
  readonly problems: readonly Problem[];
}

/** Fired by the treemap when its shown node changes. */
export interface HzDrillDetail {
  /** Ids from the top to the node now shown (empty at the top). */
  readonly path: readonly string[];
  /** The node drilled into, or climbed back to. */
  readonly id: string;
}

/** Fired by <hz-achievement-card> when its paragraph is expanded or collapsed. */
export interface HzToggleDetail {
  readonly expanded: boolean;
}

/** Fired by <hz-report> once its report is valid and provided. */
export interface HzLoadDetail {
  readonly reportId: string;
}

export interface HzEventMap {
  'hz-select': CustomEvent<HzSelectDetail>;
  'hz-error': CustomEvent<HzErrorDetail>;
  'hz-load': CustomEvent<HzLoadDetail>;
  'hz-toggle': CustomEvent<HzToggleDetail>;
  'hz-drill': CustomEvent<HzDrillDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends HzEventMap {}
}

/** Dispatches a typed hz-* event that bubbles out of shadow roots. */
export function emit<K extends keyof HzEventMap>(target: EventTarget, type: K, detail: HzEventMap[K]['detail']): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: false }));
}
