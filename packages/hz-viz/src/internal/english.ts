/**
 * The lazy English part (decision 0019): everything an element needs to speak English that a
 * Chinese page never uses. The figure writing (million and billion, English units, periods,
 * dates) and the English of every element's messages. Loaded once per page, when an element's
 * language resolves to English (english-part.ts), or ahead of time with `loadLocale('en')`.
 */
import { achievementEnglish } from '../elements/achievement-card/achievement-messages.en.js';
import { barListEnglish } from '../elements/bar-list/bar-list-messages.en.js';
import { treemapEnglish } from '../elements/department-treemap/treemap-messages.en.js';
import { metricBarEnglish } from '../elements/metric-bar/metric-bar-messages.en.js';
import { metricGridEnglish } from '../elements/metric-grid/metric-grid-messages.en.js';
import { rankBadgeEnglish } from '../elements/rank-badge/rank-badge-messages.en.js';
import { reportEnglish } from '../elements/report/report-messages.en.js';
import { alertEnglish } from './alert-messages.en.js';
import { emptyEnglish } from './empty-messages.en.js';
import { figureEnglish } from './figure-messages.en.js';
import { linkEnglish } from './link-messages.en.js';
import { coreEnglish } from './messages.en.js';
import { trendEnglish } from './trend-messages.en.js';

export { englishFigures as figures, englishUnitNames as unitNames } from '@hz-viz/schema';

export const messages = {
  core: coreEnglish,
  alert: alertEnglish,
  figure: figureEnglish,
  empty: emptyEnglish,
  link: linkEnglish,
  trend: trendEnglish,
  barList: barListEnglish,
  metricBar: metricBarEnglish,
  metricGrid: metricGridEnglish,
  rankBadge: rankBadgeEnglish,
  achievement: achievementEnglish,
  report: reportEnglish,
  treemap: treemapEnglish,
};
