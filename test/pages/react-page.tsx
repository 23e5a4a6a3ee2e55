/**
 * A React 19 page that uses hz-viz with no wrapper: object properties go straight to the
 * elements and hz-* events arrive through `onhz-select`-style props.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../packages/hz-viz/dist/index.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'hz-metric-card': { metric?: object | string; 'onhz-error'?: (event: Event) => void };
      'hz-bar-list': { metrics?: readonly object[]; label?: string; 'onhz-select'?: (event: CustomEvent<{ label: string }>) => void };
    }
  }
}

const metric = { label: '辅具适配完成率', kind: 'completion', value: 190, unit: '%', printed: '190%', polarity: 'higher-is-better' };
const rates = [
  { id: 'a', label: '残疾人就业完成率', kind: 'completion', value: 120, unit: '%', polarity: 'higher-is-better' },
  { id: 'b', label: '辅具适配完成率', kind: 'completion', value: 190, unit: '%', polarity: 'higher-is-better' },
];

function App() {
  const [selected, setSelected] = useState('');
  return (
    <main>
      <hz-metric-card metric={metric} />
      <hz-bar-list metrics={rates} label="完成率" onhz-select={(event) => setSelected(event.detail.label)} />
      <p id="selected">{selected}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
