import { expect } from '@open-wc/testing';
import '../../packages/hz-viz/src/elements/metric-card/hz-metric-card.js';
import '../../packages/hz-viz/src/elements/metric-bar/hz-metric-bar.js';
import { englishPart } from '../../packages/hz-viz/src/internal/english-part.js';
import { cleanup, expectAccessible, mount, recordEvents, shadow, shadowText } from './helpers.js';

/*
 * English is a lazy part (docs/decisions/0019-english-is-a-lazy-part.md). In this order, in one
 * page (the part loads once per page): a Chinese page never asks for it; a part that cannot load
 * is an alert in English; an English card waits for it in its own waiting frame, the same box as
 * the card it becomes, and `updateComplete` waits for it.
 */
const englishRequested = () => performance.getEntriesByType('resource').some((entry) => /\/internal\/english\.[jt]s/.test(entry.name));
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The part's import held until `release()` (a slow network), by wrapping the importer it was built with. */
function holdEnglish(): () => void {
  const part = englishPart as unknown as { importer: () => Promise<unknown> };
  const importer = part.importer;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  part.importer = () => released.then(importer);
  return release;
}

describe('the English part', () => {
  afterEach(cleanup);

  it('a Chinese page never loads it', async () => {
    const card = await mount('<div><hz-metric-card label="港口货物吞吐量" value="1.48亿" unit="吨" change="2.6"></hz-metric-card><hz-metric-bar label="完成率" value="96" unit="%"></hz-metric-bar></div>');
    expect(shadowText(card.querySelector('hz-metric-card')!)).to.contain('1.48亿吨');
    await frames();
    expect(englishPart.module).to.equal(undefined);
    expect(englishRequested()).to.equal(false);
  });

  it('if it cannot load, an English element says so in English (and fires hz-error); a Chinese one draws', async () => {
    englishPart.failure = new Error('blocked');
    try {
      const events = recordEvents('hz-error');
      const both = await mount('<div><hz-metric-card lang="en" label="Port cargo" value="1.48亿" unit="吨"></hz-metric-card><hz-metric-card label="港口" value="1.48亿" unit="吨"></hz-metric-card></div>');
      const [en, zh] = [...both.querySelectorAll('hz-metric-card')] as (HTMLElement & { problems: readonly { message: string }[] })[];
      const alert = shadow(en!, '[role=alert]');
      expect(alert?.textContent).to.contain('Could not show this in English');
      expect(alert?.textContent).to.contain('could not load the English text of hz-viz: Error: blocked');
      expect(en!.problems.map((p) => p.message)).to.deep.equal(['could not load the English text of hz-viz: Error: blocked. Check the network and reload the page.']);
      expect(events.some((e) => e.target === en)).to.equal(true);
      expect(shadowText(zh!)).to.contain('1.48亿吨');
      await expectAccessible(en!);
    } finally {
      englishPart.failure = undefined;
    }
  });

  it('an English card waits in a frame the size of the card it becomes; updateComplete waits for the part', async () => {
    const release = holdEnglish();
    const container = document.createElement('div');
    container.style.width = '320px';
    container.innerHTML = '<hz-metric-card lang="en" label="Port cargo throughput" value="1.48亿" unit="吨" change="2.6"></hz-metric-card>';
    document.body.append(container);
    const card = container.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
    let complete = false;
    void card.updateComplete.then(() => (complete = true));
    await frames();
    expect(shadow(card, '.status.pending')?.textContent).to.equal('Loading…');
    expect(complete).to.equal(false);
    const waiting = card.getBoundingClientRect();
    release();
    await card.updateComplete;
    expect(englishPart.module).to.not.equal(undefined);
    expect(shadow(card, '[part=value]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('148 million t');
    expect(shadowText(card)).to.contain('up 2.6%');
    const drawn = card.getBoundingClientRect();
    // The card's own waiting frame (8.1em, decision 0017) is the drawn card's height to within a
    // pixel; the same rule as the drop-in's frames.
    expect(drawn.width).to.equal(waiting.width);
    expect(Math.abs(drawn.height - waiting.height), `${waiting.height} → ${drawn.height}`).to.be.below(2);
    expect(englishRequested()).to.equal(true);
  });
});
