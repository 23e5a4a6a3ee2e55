import type { MessageSet, Widen } from './messages.js';
import { withEnglish } from './messages.js';

/** What a figure is called in "no metric "x" in the report": every element that looks one up by id. */
const figure = { metric: '指标' } as const;

export type FigureMessages = Widen<typeof figure>;
export const figureMessages: MessageSet<FigureMessages> = withEnglish(figure, (en) => en.figure);
