import type { Locale, Report, Result } from '@hz-viz/schema';
import { parseReport, success } from '@hz-viz/schema';
import { loadElements } from '../render.js';
import { FileNames } from './file-names.js';
import { honorBadgesSvg } from './honor-badges-svg.js';
import type { ShareKit } from './kit.js';
import { metricCardSvg } from './metric-card-svg.js';
import { provenanceOf } from './provenance.js';
import type { TreemapImageSize } from './treemap-svg.js';
import { treemapSvg } from './treemap-svg.js';

export interface ShareImage {
  /** A safe file name: `metric-<id>.svg`, `honors-<department id>.svg`, `treemap.svg`. */
  readonly file: string;
  readonly kind: 'metric' | 'honors' | 'treemap';
  /** The id it shows: a metric's, a department's, or the report's. */
  readonly id: string;
  /** A standalone SVG document. */
  readonly svg: string;
}

export interface ShareImageOptions {
  /** `zh-CN` (default) or `en`: the language of the pictures' words. */
  readonly lang?: string;
  /** A mark for invented data, shown in every picture (示例数据); sample reports whose source says 示例数据 get it anyway. */
  readonly badge?: string;
  /** The treemap picture's size, 1200 × 800 by default. */
  readonly treemap?: TreemapImageSize;
}

const localeOf = (lang: string | undefined): Locale => (lang && /^en\b/i.test(lang) ? 'en' : 'zh-CN');

/**
 * The pictures of a valid report, with hz-viz's server module already loaded: one per honored
 * metric (the report page's headline cards, in its order), one per department with honors, and
 * the treemap. Pure: the same report gives the same files.
 */
export function drawShareImages(kit: ShareKit, report: Report, options: ShareImageOptions = {}): ShareImage[] {
  const locale = localeOf(options.lang);
  const provenance = provenanceOf(report, locale, options.badge);
  const names = new FileNames();
  const honors = new Map(report.departments.flatMap((d) => d.initiatives.flatMap((i) => i.honors.map((h) => [h.id, h] as const))));
  const images: ShareImage[] = [];
  for (const department of report.departments) {
    const caption = locale === 'en' ? (department.nameEn ?? department.name) : department.name;
    for (const metric of department.initiatives.flatMap((i) => i.metrics)) {
      if (!metric.honor) continue;
      const rank = honors.get(metric.honor);
      images.push({ file: names.name('metric', metric.id, 'svg'), kind: 'metric', id: metric.id, svg: metricCardSvg(kit, { metric, caption, ...(rank && { rank }) }, locale, provenance) });
    }
  }
  for (const department of report.departments) {
    if (!department.initiatives.some((i) => i.honors.length > 0)) continue;
    images.push({ file: names.name('honors', department.id, 'svg'), kind: 'honors', id: department.id, svg: honorBadgesSvg(kit, department, locale, provenance) });
  }
  const treemap = treemapSvg(kit, report, locale, provenance, options.treemap ?? { width: 1200, height: 800 });
  if (treemap) images.push({ file: names.name('treemap', '', 'svg'), kind: 'treemap', id: report.id, svg: treemap });
  return images;
}

/**
 * A report's share images (docs/decisions/0023): standalone SVG files of its headline cards,
 * honor badges and treemap, text as text, the CJK font stack named, nothing external. An invalid
 * report gives its problems, each with its path, and no pictures.
 */
export async function shareImages(input: unknown, options: ShareImageOptions = {}): Promise<Result<ShareImage[]>> {
  const parsed = parseReport(input);
  if (!parsed.ok) return parsed;
  return success(drawShareImages(await loadElements(), parsed.value, options));
}
