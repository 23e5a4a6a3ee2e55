import type { Locale } from '@hz-viz/schema';
import type { MessageSet, Widen } from './messages.js';

/** What a figure is called in "no metric "x" in the report": every element that looks one up by id. */
const figure = {
  'zh-CN': { metric: '指标' },
  en: { metric: 'metric' },
} as const satisfies Record<Locale, unknown>;

export type FigureMessages = Widen<(typeof figure)['en']>;
export const figureMessages: MessageSet<FigureMessages> = figure;
