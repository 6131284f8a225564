// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { GESTURE_WINDOW_MS, isCitizenFocus, type GestureRecord } from '../../../../../extension/content/ui/focus-gesture.ts';

describe('isCitizenFocus', () => {
  document.body.innerHTML = '<label id="l" for="v">Vorname</label><input id="v"><input id="other"><button id="banner">OK</button>';
  const field = document.getElementById('v') as Element;
  const label = document.getElementById('l') as Element;
  const other = document.getElementById('other') as Element;
  const banner = document.getElementById('banner') as Element;
  const labels = (f: Element) => (f === field ? [label] : []);
  const at = (record: GestureRecord, now: number, target = field) => isCitizenFocus(target, record, now, labels);

  it('counts a pointer press on the field or its label just before the focus', () => {
    expect(at({ pointer: { at: 100, path: [field, document.body] }, tabAt: null }, 150)).toBe(true);
    expect(at({ pointer: { at: 100, path: [label, document.body] }, tabAt: null }, 150)).toBe(true);
  });

  it('does not count a press elsewhere (a cookie banner), even with a fresh activation', () => {
    expect(at({ pointer: { at: 100, path: [banner, document.body] }, tabAt: null }, 150)).toBe(false);
    expect(at({ pointer: { at: 100, path: [field, document.body] }, tabAt: null }, 150, other)).toBe(false);
  });

  it('counts a Tab key just before the focus', () => {
    expect(at({ pointer: null, tabAt: 100 }, 100 + GESTURE_WINDOW_MS)).toBe(true);
  });

  it('does not count a gesture that is too old, or none', () => {
    expect(at({ pointer: { at: 100, path: [field] }, tabAt: null }, 101 + GESTURE_WINDOW_MS)).toBe(false);
    expect(at({ pointer: null, tabAt: 100 }, 101 + GESTURE_WINDOW_MS)).toBe(false);
    expect(at({ pointer: null, tabAt: null }, 0)).toBe(false);
  });
});
