/** @jsxImportSource preact */
// Must NOT compile (test/scripts/types.test.ts): a misspelt property.
import type {} from 'hz-viz/preact';

export const typo = <hz-metric-card metrcs="caizheng.resources.local-government-bonds-issued" />;
