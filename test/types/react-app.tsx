// Compiled by test/scripts/types.test.ts against the packed tarballs (strict, no skipLibCheck).
import type {} from 'hz-viz/react';
import 'hz-viz';
import type { HzErrorDetail, HzSelectDetail } from 'hz-viz';
import { useState } from 'react';

export function Report() {
  const [selected, setSelected] = useState<string>();
  const onError = (event: CustomEvent<HzErrorDetail>) => console.warn(event.detail.problems.map((p) => p.message));
  return (
    <hz-report src="/report.json" theme="dark" textSize="large" onhz-error={onError} onhz-load={(event) => console.log(event.detail.reportId)}>
      <hz-metric-card metric="caizheng.resources.local-government-bonds-issued" size="compact" kind="money" polarity="higher-is-better" />
      <hz-metric-bar label="完成率" value="124.2" unit="%" kind="completion" max="150" />
      <hz-bar-list department="canlian" kind="completion" sort="value-desc" onhz-select={(event: CustomEvent<HzSelectDetail>) => setSelected(event.detail.id)} />
      <hz-rank-badge honor="jiaotong.port.total-port-throughput-among-inland-ports-top" compact selectable scope="province" />
      <hz-achievement-card initiative="jiaotong.port" headingLevel="2" onhz-toggle={(event) => console.log(event.detail.expanded)} />
      <hz-department-treemap sizeBy="figures" path={['economy']} view="table" patterns onhz-drill={(event) => console.log(event.detail.path.join('/'))} />
      <p>{selected}</p>
    </hz-report>
  );
}
