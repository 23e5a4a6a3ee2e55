/**
 * Waiting for the screen. Every timing in the bench runs from the start of the work to the next
 * painted frame: a requestAnimationFrame callback, then a task (which runs after that frame's
 * style, layout and paint), so it counts rendering, not just script.
 */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Waits frame by frame until `check()` holds; false if it never did within `frames` frames. */
export async function until(check, frames = 600) {
  for (let i = 0; i < frames; i++) {
    if (check()) return true;
    await painted();
  }
  return check();
}

/** An empty page with one sized box to draw into. */
export function stage(width, height, className = '') {
  const div = document.createElement('div');
  div.className = className;
  if (width) div.style.width = `${width}px`;
  if (height) div.style.height = `${height}px`;
  document.body.replaceChildren(div);
  return div;
}

export const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
