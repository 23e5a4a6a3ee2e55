import type { MessageSet, Widen } from './messages.js';
import { withEnglish } from './messages.js';

/**
 * What a list or a tree with nothing in it says (`{ empty }` in HzElement's states): only the
 * elements that can be empty (the treemap, the bar list, the grid) carry it, not a card (decision 0020).
 */
const empty = { empty: '暂无数据' } as const;

export type EmptyMessages = Widen<typeof empty>;
export const emptyMessages: MessageSet<EmptyMessages> = withEnglish(empty, (en) => en.empty);
