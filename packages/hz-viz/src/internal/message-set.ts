import type { CoreMessages, MessageSet } from './messages.js';
import { core, coreMessages } from './messages.js';

/*
 * Its own module, apart from messages.ts: a card shows the core messages only, and code that only
 * other elements use must not sit in a module the card's first load imports (decision 0020).
 */

/** An element's messages: the core ones and the sets it shows, merged once per page and language. */
export function messageSet<A>(a: MessageSet<A>): MessageSet<CoreMessages & A>;
export function messageSet<A, B>(a: MessageSet<A>, b: MessageSet<B>): MessageSet<CoreMessages & A & B>;
export function messageSet(...sets: MessageSet<object>[]): MessageSet<object> {
  let en: object | undefined;
  return {
    'zh-CN': Object.assign({}, core, ...sets.map((set) => set['zh-CN'])),
    get en() {
      return (en ??= Object.assign({}, coreMessages.en, ...sets.map((set) => set.en)));
    },
  };
}
