import type { Department, FigureParts, Honor, Initiative, Locale, Metric } from '@hz-viz/schema';
import { describeFigure, describeHonor } from '@hz-viz/schema';
import { figuresFor } from '../../internal/figures-for.js';
import { headlineMetrics } from '../../layout/headlines.js';
import type { Segment } from '../../layout/segments.js';
import { segmentText } from '../../layout/segments.js';

export type Highlight = { readonly start: number; readonly end: number; readonly kind: 'metric' | 'honor'; readonly id: string; readonly tip: string };

export interface AchievementView {
  readonly department?: string;
  readonly title: string;
  readonly segments: readonly Segment<Highlight>[];
  readonly headlines: readonly { readonly id: string; readonly label: string; readonly parts: FigureParts }[];
  readonly honors: readonly Honor[];
  readonly long: boolean;
}

export function achievementView(
  initiative: Initiative,
  department: Department | undefined,
  locale: Locale,
  options: { headlineCount: number; collapseAt: number },
): AchievementView {
  const en = locale === 'en';
  const figures = figuresFor(locale);
  const metricTip = (m: Metric) => {
    const normalized = figures.normalizedValue(m);
    const described = describeFigure(figures, m);
    if (described.endsWith(normalized)) return described;
    return en ? `${described} (${normalized})` : `${described}（${normalized}）`;
  };
  // Only what has a place in the text is highlighted; a hand-made report may give no quotes.
  const highlights: Highlight[] = [
    ...initiative.metrics.flatMap((m): Highlight[] =>
      m.start === undefined || m.end === undefined ? [] : [{ start: m.start, end: m.end, kind: 'metric', id: m.id, tip: metricTip(m) }],
    ),
    ...initiative.honors.flatMap((h): Highlight[] =>
      h.start === undefined || h.end === undefined
        ? []
        : [{ start: h.start, end: h.end, kind: 'honor', id: h.id, tip: `${en ? (h.labelEn ?? h.label) : h.label}${en ? ': ' : '：'}${describeHonor(h, locale)}` }],
    ),
  ];
  const text = initiative.text ?? '';
  return {
    ...(department && { department: en ? (department.nameEn ?? department.name) : department.name }),
    title: en ? (initiative.titleEn ?? initiative.title) : initiative.title,
    segments: text ? segmentText(text, highlights) : [],
    headlines: headlineMetrics(initiative.metrics, options.headlineCount).map((m) => ({
      id: m.id,
      label: en ? (m.labelEn ?? m.label) : m.label,
      parts: figures.parts(m),
    })),
    honors: initiative.honors,
    long: text.length > options.collapseAt,
  };
}
