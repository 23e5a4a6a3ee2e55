import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isServer } from 'lit';
import type { MeasureText } from '../layout/treemap/labels.js';
import { estimateTextWidth } from '../layout/text-width.js';

/**
 * Text width as the sum of its characters' widths, each measured once on a canvas in the host's
 * font (at any size: widths scale): Chinese text has no kerning, so this is exact for it and close for Latin, and fitting a
 * label stays linear in its length however many cells there are. The widths are forgotten when
 * the host is connected again (it may sit under another font now); `version` says so to caches.
 */
export class TextMeasureController implements ReactiveController {
  version = 0;
  private widths = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  private font?: string;
  private asServer?: MeasureText;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    // A server's drawing to hydrate: its first update must fit labels as the server did, with
    // the widths hz-viz/hydrate.js lends (decision 0024); measured widths from the next update.
    const host = this.host as { hasUpdated?: boolean; renderRoot?: ParentNode };
    this.asServer = !host.hasUpdated && host.renderRoot?.firstChild ? (globalThis as Record<symbol, MeasureText | undefined>)[Symbol.for('hz-viz/server-widths')] : undefined;
    if (this.widths.size === 0 && this.font === undefined) return;
    this.widths = new Map();
    this.font = undefined;
    this.version++;
  }

  hostUpdated(): void {
    if (!this.asServer) return;
    this.asServer = undefined;
    this.version++;
    this.host.requestUpdate();
  }

  readonly measure: MeasureText = (text, fontSize) => {
    // No canvas on the server: the widths of hz-viz's first font, as a browser with it measures them.
    if (isServer) return estimateTextWidth(text, fontSize);
    if (this.asServer) return this.asServer(text, fontSize);
    // In whole thousandths of an em, measured once per character at 1,000px, and summed before
    // scaling: the arithmetic of the server's table (layout/text-width.ts), so in its font a
    // browser fits exactly the labels a server fitted, even a label on the edge of its cell.
    let thousandths = 0;
    for (const char of text) {
      let charWidth = this.widths.get(char);
      if (charWidth === undefined) {
        this.context ??= document.createElement('canvas').getContext('2d');
        this.font ??= getComputedStyle(this.host).fontFamily;
        if (!this.context) return text.length * fontSize;
        this.context.font = `1000px ${this.font}`;
        charWidth = Math.round(this.context.measureText(char).width);
        this.widths.set(char, charWidth);
      }
      thousandths += charWidth;
    }
    return (thousandths / 1000) * fontSize;
  };
}
