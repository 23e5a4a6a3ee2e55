import type { Figure, Locale, Polarity } from '@hz-viz/schema';
import { figuresFor } from './figures-for.js';
import { trendMessages } from './trend-messages.js';

export type Direction = 'up' | 'down' | 'flat';
export type Tone = 'good' | 'bad' | 'neutral';

/** A change said three ways: an arrow, words, and a tone that never stands alone. */
export interface Trend {
  readonly direction: Direction;
  readonly tone: Tone;
  /** 增长 2.6% / up 2.6%: direction in words, so colour is never the only cue. */
  readonly text: string;
  /** 向好 / improving: what the tone means, for screen readers. */
  readonly toneText: string;
}

export function directionOf(value: number): Direction {
  return value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
}

/** Good news or bad: 能耗下降 with polarity lower-is-better is good. */
export function toneOf(direction: Direction, polarity: Polarity): Tone {
  if (direction === 'flat' || polarity === 'neutral') return 'neutral';
  return (direction === 'up') === (polarity === 'higher-is-better') ? 'good' : 'bad';
}

export function trendOf(change: Figure, polarity: Polarity, locale: Locale): Trend {
  const messages = trendMessages[locale];
  const direction = directionOf(change.value);
  const tone = toneOf(direction, polarity);
  const magnitude = figuresFor(locale).parts({ ...change, value: Math.abs(change.value), changeWord: undefined, kind: 'percent', printed: change.printed?.replace(/^[+＋\-−－]/, '') });
  const word = locale === 'zh-CN' && change.changeWord ? change.changeWord : direction === 'flat' ? messages.flat : messages[direction];
  const number = `${magnitude.before}${magnitude.number}${magnitude.after}`;
  return {
    direction,
    tone,
    text: `${word} ${number}`,
    toneText: tone === 'good' ? messages.better : tone === 'bad' ? messages.worse : '',
  };
}
