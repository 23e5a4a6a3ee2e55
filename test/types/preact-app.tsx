/** @jsxImportSource preact */
// Compiled by test/scripts/types.test.ts against the packed tarballs (strict, no skipLibCheck).
import type {} from 'hz-viz/preact';
import 'hz-viz';
import type { HzErrorDetail } from 'hz-viz';

const onError = (event: CustomEvent<HzErrorDetail>) => console.warn(event.detail.problems.length);

export const page = (
  <hz-report src="/report.json" theme="dark" onhz-error={onError}>
    <hz-metric-card metric="caizheng.resources.local-government-bonds-issued" size="compact" />
    <hz-metric-bar label="完成率" value="124.2" unit="%" kind="completion" max="150" />
    <hz-bar-list department="canlian" kind="completion" sort="value-desc" onhz-select={(event) => console.log(event.detail.id)} />
    <hz-rank-badge honor="jiaotong.port.total-port-throughput-among-inland-ports-top" compact selectable />
    <hz-achievement-card initiative="jiaotong.port" headingLevel="2" onhz-toggle={(event) => console.log(event.detail.expanded)} />
    <hz-department-treemap sizeBy="figures" view="table" onhz-drill={(event) => console.log(event.detail.path)} />
  </hz-report>
);
