// Must NOT compile (test/scripts/types.test.ts): a misspelt property and a wrong fixed choice.
import type {} from 'hz-viz/react';

export const typo = <hz-metric-card metrcs="caizheng.resources.local-government-bonds-issued" />;
export const wrongChoice = <hz-department-treemap sizeBy="weight" />;
