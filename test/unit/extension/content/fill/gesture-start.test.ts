import { describe, expect, it } from 'vitest';
import { gestureStart, MAX_GESTURE_LEAD_MS } from '../../../../../extension/content/fill/gesture-start.ts';
import { createSeenFields, MAX_SEEN_RECORDS } from '../../../../../extension/content/fill/seen-fields.ts';

describe('when the fill gesture began', () => {
  it('takes the latest of pointer press, modifier key and focus loss before the request', () => {
    expect(gestureStart({ pointerAt: 100, modifierAt: 400, blurAt: 250 }, 1_000)).toBe(400);
    expect(gestureStart({ pointerAt: 900, modifierAt: null, blurAt: null }, 1_000)).toBe(900);
  });

  it('ignores events after the request and older than a minute; with none, there is no gesture to bound by', () => {
    expect(gestureStart({ pointerAt: 900, modifierAt: null, blurAt: 10 }, 1_000 + MAX_GESTURE_LEAD_MS + 20)).toBeNull();
    expect(gestureStart({ pointerAt: 2_000, modifierAt: null, blurAt: null }, 1_000)).toBeNull();
  });
});

describe('what the citizen saw before the gesture', () => {
  const a = { id: 'a' } as unknown as Element;
  const b = { id: 'b' } as unknown as Element;

  it('answers with the last record made at or before the gesture, and none before the first record', () => {
    const seen = createSeenFields();
    seen.record(100, [a]);
    seen.record(300, [a, b]);
    expect(seen.before(99)).toBeNull();
    expect(seen.before(100)?.has(a)).toBe(true);
    expect(seen.before(200)?.has(b)).toBe(false);
    expect(seen.before(301)?.has(b)).toBe(true);
  });

  it('keeps a bounded number of records', () => {
    const seen = createSeenFields();
    for (let i = 0; i < MAX_SEEN_RECORDS + 5; i++) seen.record(i * 10, i === 0 ? [a] : [b]);
    // The first record was dropped: nothing is old enough for a gesture at 5.
    expect(seen.before(5)).toBeNull();
    expect(seen.before(10_000)?.has(b)).toBe(true);
  });
});
