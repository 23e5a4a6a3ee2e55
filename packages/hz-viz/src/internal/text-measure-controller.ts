import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isServer } from 'lit';
import type { MeasureText } from '../layout/treemap/labels.js';
import { estimateTextWidth } from '../layout/text-width.js';

/**
 * Text width as the sum of its characters' widths, each measured once on a canvas in the host's
 * font: Chinese text has no kerning, so this is exact for it and close for Latin, and fitting a
 * label stays linear in its length however many cells there are. The widths are forgotten when
 * the host is connected again (it may sit under another font now); `version` says so to caches.
 */
export class TextMeasureController implements ReactiveController {
  version = 0;
  private widths = new Map<string, number>();
  private context?: CanvasRenderingContext2D | null;
  private font?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.widths.size === 0 && this.font === undefined) return;
    this.widths = new Map();
    this.font = undefined;
    this.version++;
  }

  readonly measure: MeasureText = (text, fontSize) => {
    // No canvas on the server: the widths of hz-viz's first font, as a browser with it measures them.
    if (isServer) return estimateTextWidth(text, fontSize);
    let width = 0;
    for (const char of text) {
      const key = `${fontSize}|${char}`;
      let charWidth = this.widths.get(key);
      if (charWidth === undefined) {
        this.context ??= document.createElement('canvas').getContext('2d');
        this.font ??= getComputedStyle(this.host).fontFamily;
        if (!this.context) return text.length * fontSize;
        this.context.font = `${fontSize}px ${this.font}`;
        charWidth = this.context.measureText(char).width;
        this.widths.set(key, charWidth);
      }
      width += charWidth;
    }
    return width;
  };
}
