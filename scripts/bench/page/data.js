/**
 * Seeded, irregular trees, so every library draws the same data and the data looks like a real
 * report rather than a grid: leaf values are log-normal (a few huge cells, many small ones), group
 * and subgroup sizes are uneven, and some groups hold their leaves directly while others nest
 * them two or three levels deeper. The "update" tree is what new data really looks like: the same
 * ids with changed values, a few leaves gone and a few new ones.
 */

/** A small, fast, seeded generator (mulberry32): the same seed always gives the same tree. */
export function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A log-normal draw (Box–Muller): exp(μ + σ·z). */
function logNormal(random, mu, sigma) {
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.exp(mu + sigma * z);
}

const integer = (random, min, max) => min + Math.floor(random() * (max - min + 1));

/**
 * Splits `total` into `parts` whole numbers of at least 1, in uneven (log-normal) shares that sum
 * exactly to `total` (largest remainders get the leftover).
 */
function unevenSplit(total, parts, random) {
  const count = Math.max(1, Math.min(parts, total));
  const weights = Array.from({ length: count }, () => logNormal(random, 0, 0.9));
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - count;
  const shares = weights.map((w) => (w / sum) * spare);
  const counts = shares.map((s) => 1 + Math.floor(s));
  const order = shares.map((s, i) => [s - Math.floor(s), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0, left = total - counts.reduce((a, b) => a + b, 0); k < left; k++) counts[order[k % count][1]]++;
  return counts;
}

const words = ['数字', '经济', '港口', '交通', '科技', '人才', '生态', '改革', '服务', '民生', '文化', '工业', '城乡', '教育', '医疗', '开放', '湖州', '绿色', 'AI', '5G'];
function nameOf(random, prefix, number) {
  const parts = Array.from({ length: integer(random, 1, 3) }, () => words[integer(random, 0, words.length - 1)]);
  return `${parts.join('')}${prefix} ${number}`;
}

/** How many levels of subgroups a group has between itself and its leaves: 0, 1 or 2. */
const nestingChoices = [0, 1, 1, 1, 2, 2];

/**
 * `leaves` leaves (exactly) under uneven groups: 22 groups from 1,000 leaves up (8 below), each
 * holding its leaves directly (2 levels below the root), or through subgroups (3 levels), or
 * through subgroups of subgroups (4 levels). Ids: g3, g3s1, g3s1t0, g3s1t0l12.
 */
export function makeTree(leaves, seed = 1) {
  const random = mulberry32(seed);
  const groupCount = leaves >= 1000 ? 22 : 8;
  const maxFanOut = leaves >= 1000 ? 22 : 4;
  const groupLeaves = unevenSplit(leaves, groupCount, random);

  const branch = (id, name, leafCount, nesting) => {
    if (nesting === 0) {
      return { id, name, children: Array.from({ length: leafCount }, (_, l) => ({ id: `${id}l${l}`, name: nameOf(random, '举措', l + 1), value: leafValue(random) })) };
    }
    const childCounts = unevenSplit(leafCount, integer(random, 2, maxFanOut), random);
    const letter = id.includes('s') ? 't' : 's';
    return { id, name, children: childCounts.map((count, c) => branch(`${id}${letter}${c}`, nameOf(random, letter === 's' ? '部门' : '处室', c + 1), count, nesting - 1)) };
  };

  return {
    id: 'root',
    name: '全部',
    children: groupLeaves.map((count, g) => branch(`g${g}`, nameOf(random, '领域', g + 1), count, nestingChoices[integer(random, 0, nestingChoices.length - 1)])),
  };
}

/** Log-normal leaf values, rounded to whole units (median ~50, a long tail to several thousand). */
function leafValue(random) {
  return Math.max(1, Math.round(logNormal(random, Math.log(50), 1.2)));
}

/**
 * The next year's data for the same tree: every value changed (log-normal factor), about 2% of the
 * leaves removed (never a parent's last one) and about 2% new leaves added beside existing ones.
 * Leaf count changes by a little; ids that stay keep their place in the tree.
 */
export function makeUpdate(tree, seed = 2) {
  const random = mulberry32(seed);
  let added = 0;
  const next = (node) => {
    if (!node.children) return { ...node, value: Math.max(1, Math.round(node.value * logNormal(random, 0, 0.35))) };
    const children = [];
    for (const child of node.children) {
      const isLeaf = !child.children;
      if (isLeaf && node.children.length > 1 && random() < 0.02) continue;
      children.push(next(child));
      if (isLeaf && random() < 0.02) children.push({ id: `${node.id}n${added++}`, name: nameOf(random, '新举措', added), value: leafValue(random) });
    }
    return { ...node, children };
  };
  return next(tree);
}

/** Facts about a tree, reported beside the timings so a reader knows what was drawn. */
export function describeTree(tree) {
  let leaves = 0;
  let maxDepth = 0;
  let parents = 0;
  const walk = (node, depth) => {
    if (!node.children) {
      leaves++;
      maxDepth = Math.max(maxDepth, depth);
      return;
    }
    parents++;
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(tree, 0);
  return { leaves, parents, groups: tree.children.length, maxDepth };
}
