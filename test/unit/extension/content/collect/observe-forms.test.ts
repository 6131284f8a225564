// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  MAX_RECLASSIFICATIONS_PER_WINDOW,
  OBSERVE_DEBOUNCE_MS,
  OBSERVE_MAX_WAIT_MS,
  RECLASSIFY_WINDOW_MS,
} from '../../../../../extension/content/collect/collect-limits.ts';
import { observeForms, type ObserveClock } from '../../../../../extension/content/collect/observe-forms.ts';

/** A hand-driven clock: time moves only when the test says, timers fire only then. */
function manualClock() {
  let t = 0;
  let next = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: ObserveClock = {
    now: () => t,
    setTimer: (run, ms) => {
      timers.set(++next, { at: t + ms, run });
      return next;
    },
    clearTimer: (id) => void timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = t + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, x]) => x.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      t = due[1].at;
      due[1].run();
    }
    t = end;
  };
  return { clock, advance };
}

const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

async function rebuild() {
  const form = document.getElementById('f') as HTMLElement;
  form.innerHTML = `<input name="v${Math.random()}">`;
  await mutationsDelivered();
}

/** A form under observation on a manual clock, counting runs and give-ups. */
function watchForm() {
  document.body.innerHTML = '<form id="f"></form>';
  const { clock, advance } = manualClock();
  const counts = { changes: 0, gaveUp: 0 };
  const controller = new AbortController();
  observeForms(document, { signal: controller.signal, onChange: () => counts.changes++, onGiveUp: () => counts.gaveUp++, clock });
  return { advance, counts, stop: () => controller.abort() };
}

describe('observeForms', () => {
  it('classifies once after a quiet spell', async () => {
    const { advance, counts, stop } = watchForm();
    await rebuild();
    await rebuild();
    advance(OBSERVE_DEBOUNCE_MS - 1);
    expect(counts.changes).toBe(0);
    advance(1);
    expect(counts.changes).toBe(1);
    stop();
  });

  it('still classifies a page that never stops changing, at most once per max wait', async () => {
    const { advance, counts, stop } = watchForm();
    // A change every 200 ms for 3 s: a pure debounce would never fire.
    for (let i = 0; i < 15; i++) {
      await rebuild();
      advance(200);
    }
    // Each run waits at most the max wait after the first change it saw, which comes one step later.
    expect(counts.changes).toBeGreaterThanOrEqual(Math.floor(3000 / (OBSERVE_MAX_WAIT_MS + 200)));
    expect(counts.changes).toBeLessThanOrEqual(Math.floor(3000 / OBSERVE_MAX_WAIT_MS));
    stop();
  });

  it('gives up on a page that rebuilds itself in a loop, after a counted number of runs', async () => {
    const { advance, counts, stop } = watchForm();
    for (let i = 0; i < 100; i++) {
      await rebuild();
      advance(OBSERVE_DEBOUNCE_MS + 50);
    }
    expect(counts.changes).toBe(MAX_RECLASSIFICATIONS_PER_WINDOW);
    expect(counts.gaveUp).toBe(1);
    stop();
  });

  it('keeps observing a wizard whose steps come slower than the window allows', async () => {
    const { advance, counts, stop } = watchForm();
    const pause = Math.ceil(RECLASSIFY_WINDOW_MS / MAX_RECLASSIFICATIONS_PER_WINDOW) + 100;
    for (let i = 0; i < 30; i++) {
      await rebuild();
      advance(pause);
    }
    expect(counts.changes).toBe(30);
    expect(counts.gaveUp).toBe(0);
    stop();
  });
});
