import report from '../data/huzhou-2024.js';
import { provideDefaultReport } from '../internal/default-report.js';

/**
 * The Huzhou 2024 report (湖州市2024年度部门工作成效, data/huzhou-2024.json), made the report
 * every `<hz-report>` without `src` shows. Import it only where that demo is wanted:
 * `import 'hz-viz/datasets/huzhou-2024.js'`.
 */
provideDefaultReport(report);

export default report;
