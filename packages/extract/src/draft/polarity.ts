import type { FigureMatch, Polarity } from '@hz-viz/schema';

/** Things a report is glad to see fall: energy use, emissions, accidents, waiting and cost. */
const lessIsBetter = /能耗|排放|污染|浓度|事故|死亡|伤亡|发案|发生率|投诉|亏损|负债|债务|成本|费用|时间|时长|用时|耗时|天数|工作日|距离|库存|欠薪|拖欠|空置|失业|贫困|差距|PM|撂荒|隐患|收入比/u;
/** Words that say the figure is the level something was brought down to: 缩短至15分钟. */
const broughtDown = /(?:缩短|压缩|降低|降|下降|减少|减|缩小)(?:至|到)$/u;

/**
 * Whether a larger value of this figure is good news, guessed from its label and the words before
 * it, and whether the guess is sure enough to stand without an editor's look.
 */
export function guessPolarity(figure: FigureMatch, label: string, textBefore: string): { polarity: Polarity; unsure: boolean } {
  if (figure.kind === 'date') return { polarity: 'neutral', unsure: false };
  const aboutLessIsBetter = lessIsBetter.test(label);
  if (broughtDown.test(textBefore.slice(-4))) return { polarity: 'lower-is-better', unsure: false };
  if (figure.value < 0) return { polarity: 'lower-is-better', unsure: !aboutLessIsBetter };
  if (aboutLessIsBetter) return { polarity: 'lower-is-better', unsure: true };
  return { polarity: 'higher-is-better', unsure: false };
}
