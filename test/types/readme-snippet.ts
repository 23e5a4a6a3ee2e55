// The README's npm snippet, importing one element only: its events are typed without the root entry.
import 'hz-viz/metric-card.js';

const card = document.createElement('hz-metric-card');
card.metric = { label: '新增残疾人就业', kind: 'count', value: 816, unit: '人', polarity: 'higher-is-better' };
card.addEventListener('hz-error', (event) => console.warn(event.detail.problems));
const treemap = document.createElement('hz-department-treemap');
treemap.addEventListener('hz-drill', (event) => console.log(event.detail.path));
export { card, treemap };
