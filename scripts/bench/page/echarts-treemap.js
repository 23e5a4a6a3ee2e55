import { echarts } from '/tmp/bench/echarts-treemap.js';
import { DRILL_ID } from './boxes.js';

/** ECharts 6 (its SVG or canvas renderer) drawing the same tree with matching padding and labels. */
function echartsData(node) {
  return node.children ? { id: node.id, name: node.name, children: node.children.map(echartsData) } : { id: node.id, name: node.name, value: node.value };
}

function option(tree) {
  return {
    animation: false,
    tooltip: {},
    series: [
      {
        type: 'treemap',
        data: tree.children.map(echartsData),
        left: 0,
        top: 0,
        right: 0,
        bottom: 0,
        roam: false,
        nodeClick: 'zoomToNode',
        breadcrumb: { show: false },
        label: { show: true, fontSize: 12 },
        upperLabel: { show: true, height: 20 },
        itemStyle: { gapWidth: 2, borderWidth: 2 },
      },
    ],
  };
}

export function echartsTreemap(host, renderer, tree, updated, boxes) {
  let chart;
  const resize = (box) => {
    host.style.width = `${box.width}px`;
    host.style.height = `${box.height}px`;
    chart.resize(box);
  };
  return {
    first: async () => {
      chart = echarts.init(host, null, { renderer, ...boxes.first });
      chart.setOption(option(tree));
    },
    update: async () => chart.setOption(option(updated)),
    resizeHost: async () => resize(boxes.byHost),
    resizeProperty: async () => resize(boxes.byProperty),
    drill: async () => chart.dispatchAction({ type: 'treemapZoomToNode', seriesIndex: 0, targetNodeId: DRILL_ID }),
    facts: () => ({ drawnWith: renderer, box: [chart.getWidth(), chart.getHeight()] }),
    dispose: () => chart?.dispose(),
  };
}
