import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../packages/hz-viz/src/index.js';
import { cleanup, mount, settle, shadowText, expectNoMatch } from './helpers.js';

/**
 * Property-based fuzzing of every element: generated attribute strings and property values.
 * Invariant: no uncaught exception or unhandled rejection, the element shows a rendering, a
 * status or its error — never nothing — and a sentinel element on the page keeps working.
 * fast-check prints the seed and path of any failure, so it reproduces.
 */
// A fixed seed keeps npm test deterministic; change it to explore (failures print the seed and path).
const seed = 20241231;
const runs = 150;
console.log(`fuzz seed ${seed}`);

const nastyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u202E٣', '１２．５万', '\uD800', '🧧'.repeat(200), '-1', '0', '1e309', 'NaN', '<img src=x onerror=window.__hzPwned=1>', 'x'.repeat(20_000), '居全省第1', '4.51万', 'completion', 'economy/jingxin'),
);
const nastyProperty: fc.Arbitrary<unknown> = fc.oneof(nastyString, fc.double(), fc.constantFrom(null, undefined, Number.NaN, [], {}, 10n), fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true, withSparseArray: true }));

const elements: Record<string, { attributes: string[]; properties: string[] }> = {
  'hz-metric-card': { attributes: ['label', 'value', 'unit', 'kind', 'period', 'polarity', 'change', 'change-unit', 'rank', 'caption', 'size', 'metric', 'lang', 'theme', 'text-size'], properties: ['metric'] },
  'hz-metric-bar': { attributes: ['label', 'value', 'unit', 'kind', 'polarity', 'max', 'metric', 'lang'], properties: ['metric'] },
  'hz-bar-list': { attributes: ['metrics', 'department', 'kind', 'unit', 'items', 'label', 'sort', 'selected', 'lang'], properties: ['metrics'] },
  'hz-rank-badge': { attributes: ['honor', 'text', 'kind', 'scope', 'position', 'streak', 'label', 'lang'], properties: ['honor'] },
  'hz-achievement-card': { attributes: ['initiative', 'headline-count', 'collapse-at', 'heading-level', 'lang'], properties: ['initiative'] },
  'hz-department-treemap': { attributes: ['size-by', 'path', 'depth', 'view', 'renderer', 'lang'], properties: ['data', 'report', 'path'] },
};

describe('fuzzing every element', () => {
  let errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    cleanup();
  });

  for (const [tag, { attributes, properties }] of Object.entries(elements)) {
    it(`${tag} survives generated attributes and properties (seed ${seed})`, async () => {
      const page = await mount('<div><hz-metric-card id="sentinel" label="哨兵" value="7.3" unit="%"></hz-metric-card><hz-report id="host"></hz-report></div>');
      const host = page.querySelector('#host')!;
      const sentinel = page.querySelector('#sentinel')!;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...attributes), nastyString), { maxLength: 4 }),
          fc.option(fc.tuple(fc.constantFrom(...properties), nastyProperty)),
          async (attributePairs, property) => {
            errors = [];
            const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
            for (const [name, value] of attributePairs) el.setAttribute(name, value);
            if (property) el[property[0]] = property[1];
            host.append(el);
            await settle(host);
            const root = el.shadowRoot;
            expect(root, `${tag} has a shadow root`).to.exist;
            const shown = root!.querySelector('[role=alert], [role=status], [part]') !== null || shadowText(el).length > 0;
            expect(shown, `${tag} shows something for ${JSON.stringify(attributePairs)}`).to.be.true;
            expectNoMatch(root, 'img, script, iframe', 'injected markup');
            el.remove();
            await settle(host);
            await new Promise((resolve) => setTimeout(resolve, 0));
            expect(errors, 'uncaught errors').to.deep.equal([]);
          },
        ),
        { seed, numRuns: runs, reporter: (details) => {
          if (details.failed) throw new Error(`${details.counterexample ? JSON.stringify(details.counterexample) : ''}: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)} (seed ${details.seed}, path ${details.counterexamplePath})`);
        } },
      );
      expect(shadowText(sentinel)).to.contain('7.3%');
      expect((window as { __hzPwned?: number }).__hzPwned).to.equal(undefined);
    });
  }
});
