import type { Lexicon } from '@hz-viz/schema';

/**
 * The language of Chinese government reports in general, not of one city: slogans and names that
 * carry a numeral (三保, 十四五, 八八战略, 一件事一次办), which a figure parser must pass over.
 * A dataset adds its own words in its config's lexicon.
 */
export const commonLexicon: Lexicon = {
  names: [
    '三保',
    '三农',
    '三服务',
    '十四五',
    '十五五',
    '一带一路',
    '两山',
    '两个先行',
    '双碳',
    '八八战略',
    '五水共治',
    '四个全面',
    '千万工程',
    '一号改革工程',
    '一号工程',
    '一件事一次办',
    '一网通办',
    '一网统管',
    '最多跑一次',
    '一刻钟',
    '一站式',
    '一条龙',
    '零基预算',
    '零就业',
    '一老一小',
    '一件事',
    '零距离',
    '红十字',
    '第一人民医院',
    '第二人民医院',
    '第三人民医院',
    '第一医院',
    '第一中学',
  ],
};
