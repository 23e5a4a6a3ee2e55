import type { Report } from '@hz-viz/schema';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import { html } from 'lit';

type HzServer = typeof import('hz-viz/server.js');
let elements: Promise<HzServer> | undefined;

/**
 * Defines every hz-viz element on the server and loads every part an element may ask for, once:
 * a server render cannot wait for a part, so each must be there before the first render.
 */
export function loadElements(): Promise<HzServer> {
  return (elements ??= import('hz-viz/server.js').then(async (hz) => {
    await hz.loadEveryPart();
    return hz;
  }));
}

export interface ServerRenderOptions {
  /** The page language (`zh-CN` by default, or `en`): what the elements say things in. */
  readonly lang?: string;
  /** A valid report (parseReport's value): ids in the rendered elements are read from it. */
  readonly report?: Report;
  /** The box a treemap draws its chart into, in CSS pixels (default 960 × 540). */
  readonly width?: number;
  readonly height?: number;
}

/**
 * A Lit template rendered to HTML: every hz-viz element in it as declarative shadow DOM with the
 * same markup, styles and accessible names as in a browser, and Lit's hydration markers. An
 * element drawn from properties hydrates only if the page gives it the same properties before
 * its tag is defined; otherwise it draws again (the drawing a server made from them cannot be
 * read back from the page).
 */
export async function renderToString(template: TemplateResult, options: ServerRenderOptions = {}): Promise<string> {
  const hz = await loadElements();
  const context = {
    lang: options.lang ?? 'zh-CN',
    box: { width: options.width ?? 960, height: options.height ?? 540 },
    ...(options.report && { report: { status: 'ready' as const, index: hz.indexReport(options.report) } }),
  };
  // Every element waits under `defer-hydration` until the page lets it hydrate: hz-viz/hydrate.js
  // (which the drop-in loads by itself) lets each go once its tag is defined (decision 0024).
  return hz.withServerContext(context, () => collectResultSync(render(template, { deferHydration: true })));
}

const tagName = /^hz-[a-z0-9-]+$/;
const attributeName = /^[a-z][a-z0-9-]*$/;

export interface ElementInput {
  /** Attributes as written in HTML: `{ metric: 'm-1', size: 'compact' }`; `true` for a bare one. */
  readonly attributes?: Readonly<Record<string, string | number | boolean>>;
  /** Properties, as a script would set them: `{ metrics: [...] }`. */
  readonly properties?: Readonly<Record<string, unknown>>;
}

/**
 * One element rendered to HTML, e.g. `renderElement('hz-metric-card', { attributes: { metric:
 * 'gdp' } }, { report })`. Names are checked (an hz-viz tag; attribute and property names of
 * letters, digits and hyphens); values are bound, never spliced into the markup.
 */
export async function renderElement(tag: string, input: ElementInput = {}, options: ServerRenderOptions = {}): Promise<string> {
  if (!tagName.test(tag)) throw new TypeError(`renderElement: ${JSON.stringify(tag)} is not an hz-viz tag name`);
  const attributes = Object.entries(input.attributes ?? {}).filter(([, value]) => value !== false);
  const properties = Object.entries(input.properties ?? {});
  for (const [name] of [...attributes, ...properties]) {
    if (!attributeName.test(name) && !/^[a-zA-Z][a-zA-Z0-9]*$/.test(name)) throw new TypeError(`renderElement: ${JSON.stringify(name)} is not an attribute or property name`);
  }
  // A template's strings are its fixed markup: the tag and the names; every value is a binding.
  const strings = [`<${tag}`];
  const values: unknown[] = [];
  for (const [name, value] of attributes) {
    strings[strings.length - 1] += ` ${name}="`;
    strings.push('"');
    values.push(value === true ? '' : String(value));
  }
  for (const [name, value] of properties) {
    strings[strings.length - 1] += ` .${name}=`;
    strings.push('');
    values.push(value);
  }
  strings[strings.length - 1] += `></${tag}>`;
  return renderToString(html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...values), options);
}
