/** A seeded three-level hierarchy, so every library draws the same tree. */
export function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `leaves` leaves under 10 groups × 10 subgroups (fewer for small trees). */
export function makeTree(leaves, seed = 1) {
  const random = mulberry32(seed);
  const groups = leaves >= 1000 ? 10 : 5;
  const subgroups = leaves >= 1000 ? 10 : 4;
  const perSub = Math.max(1, Math.round(leaves / (groups * subgroups)));
  return {
    id: 'root',
    name: '全部',
    children: Array.from({ length: groups }, (_, g) => ({
      id: `g${g}`,
      name: `分组 ${g + 1}`,
      children: Array.from({ length: subgroups }, (_, s) => ({
        id: `g${g}s${s}`,
        name: `部门 ${g + 1}-${s + 1}`,
        children: Array.from({ length: perSub }, (_, l) => ({ id: `g${g}s${s}l${l}`, name: `举措 ${g + 1}-${s + 1}-${l + 1}`, value: 1 + Math.floor(random() * 100) })),
      })),
    })),
  };
}
