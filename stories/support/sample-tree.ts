/**
 * 示例数据 — invented sample data, not a real report: a seeded tree of `leaves` leaves with
 * log-normal sizes and uneven branches, for showing how the treemap draws a large hierarchy.
 * Stories that use it say so in their names and captions.
 */
export interface SampleNode {
  readonly id: string;
  readonly name: string;
  readonly value?: number;
  readonly children?: readonly SampleNode[];
}

function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleTree(leaves: number, seed = 7): SampleNode {
  const random = seeded(seed);
  const logNormal = () => Math.round(Math.exp(3 + 1.2 * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())) * 10) / 10;
  const groups = 12;
  let left = leaves;
  const children = Array.from({ length: groups }, (_, g) => {
    const share = g === groups - 1 ? left : Math.max(1, Math.round((leaves / groups) * (0.3 + random() * 1.4)));
    left -= share;
    const units = 2 + Math.floor(random() * 12);
    return {
      id: `g${g}`,
      name: `示例领域 ${g + 1}`,
      children: Array.from({ length: units }, (_, u) => ({
        id: `g${g}u${u}`,
        name: `示例单位 ${g + 1}-${u + 1}`,
        children: Array.from({ length: Math.max(1, Math.round(share / units)) }, (_, l) => ({ id: `g${g}u${u}l${l}`, name: `示例项目 ${g + 1}-${u + 1}-${l + 1}`, value: logNormal() })),
      })),
    };
  });
  return { id: 'sample', name: '示例数据', children };
}
