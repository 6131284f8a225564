// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placeHint } from '../../../../extension/content/ui/hint-button.ts';

const box = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});
const HINT = { width: 190, height: 28 };
const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeHint: where the in-page hint goes', () => {
  it('sits beside the field, vertically centred, when the viewport has room', () => {
    expect(placeHint(box(20, 100, 300, 34), HINT, { width: 1280, height: 800 })).toEqual({ top: 103, left: 326 });
  });

  it("on a narrow layout sits inside the field's right end, so the label above and the next field stay visible", () => {
    const field = box(16, 120, 328, 40);
    const label = box(16, 96, 120, 20);
    const next = box(16, 196, 328, 40);
    const placed = placeHint(field, HINT, { width: 360, height: 640 });
    const hint = box(placed.left, placed.top, HINT.width, HINT.height);
    expect(overlaps(hint, label)).toBe(false);
    expect(overlaps(hint, next)).toBe(false);
    expect(hint.right).toBeLessThanOrEqual(field.right);
    expect(hint.left - field.left).toBeGreaterThanOrEqual(80);
  });

  it('goes below a field too small to hold it, or above it at the bottom of the viewport, always inside the viewport', () => {
    expect(placeHint(box(16, 120, 250, 24), HINT, { width: 360, height: 640 })).toEqual({ top: 146, left: 76 });
    expect(placeHint(box(200, 600, 150, 30), HINT, { width: 360, height: 640 })).toEqual({ top: 570, left: 160 });
    const placed = placeHint(box(-50, -10, 100, 20), HINT, { width: 320, height: 480 });
    expect(placed.left).toBeGreaterThanOrEqual(0);
    expect(placed.top).toBeGreaterThanOrEqual(0);
  });
});
