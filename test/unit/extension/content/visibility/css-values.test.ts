import { describe, expect, it } from 'vitest';
import { contrastRatio, parseBoxShadows, parseColor, readFilter } from '../../../../../extension/content/visibility/css-values.ts';
import { paintedShare, paintsAfter, type Painter } from '../../../../../extension/content/visibility/scan-painters.ts';

describe('computed CSS values read for the visibility proof', () => {
  it("reads colours in both engines' computed syntaxes", () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual({ r: 0, g: 0, b: 0, a: 0.5 });
    expect(parseColor('transparent')?.a).toBe(0);
    expect(parseColor('color(display-p3 1 0 0)')).toBeNull();
  });

  it('measures contrast: white on white is 1, black on white 21', () => {
    const white = { r: 255, g: 255, b: 255, a: 1 };
    expect(contrastRatio(white, white)).toBe(1);
    expect(contrastRatio({ r: 0, g: 0, b: 0, a: 1 }, white)).toBeCloseTo(21, 0);
  });

  it('reads box-shadows with the colour first or last, inset or not', () => {
    expect(parseBoxShadows('none')).toEqual([]);
    expect(parseBoxShadows('rgb(255, 255, 255) 0px 0px 0px 200px')).toEqual([
      { dx: 0, dy: 0, blur: 0, spread: 200, inset: false, alpha: 1 },
    ]);
    expect(parseBoxShadows('0px 1px 3px rgba(0, 0, 0, 0.2), inset 0 0 0 9px #fff')).toEqual([
      { dx: 0, dy: 1, blur: 3, spread: 0, inset: false, alpha: 0.2 },
      { dx: 0, dy: 0, blur: 0, spread: 9, inset: true, alpha: 1 },
    ]);
  });

  it('reads filters: opacity multiplies, strong blur, darkness, washed-out contrast and SVG filters hide', () => {
    expect(readFilter('none')).toEqual({ opacity: 1, hides: null, shadows: [] });
    expect(readFilter('opacity(0.5) opacity(50%)').opacity).toBeCloseTo(0.25);
    expect(readFilter('grayscale(1) drop-shadow(rgb(0, 0, 0) 0px 2px 4px)')).toMatchObject({ hides: null, shadows: [{ dy: 2, blur: 4 }] });
    for (const hiding of ['blur(8px)', 'brightness(0)', 'brightness(10)', 'contrast(0.1)', 'invert(0.5)', 'url("#x")'])
      expect(readFilter(hiding).hides, hiding).not.toBeNull();
    expect(readFilter('blur(1px)').hides).toBeNull();
  });
});

describe('what paints over a field', () => {
  const painter = (over: Partial<Painter>): Painter => ({
    element: {} as Element,
    kind: 'shadow',
    outer: { left: 0, top: 0, right: 100, bottom: 100 },
    inner: null,
    order: 10,
    zIndex: 0,
    positioned: false,
    ...over,
  });
  const field = { left: 10, top: 10, right: 60, bottom: 30 };

  it("counts the share of the field inside the painted area, leaving out the painter's own box", () => {
    expect(paintedShare(painter({}), field)).toBe(1);
    expect(paintedShare(painter({ inner: { left: 0, top: 0, right: 35, bottom: 100 } }), field)).toBeCloseTo(0.5);
    expect(paintedShare(painter({ outer: { left: 200, top: 200, right: 300, bottom: 300 } }), field)).toBe(0);
  });

  it('takes negative z-index as behind, positive or positioned as in front, else later in the document as in front', () => {
    expect(paintsAfter(painter({ zIndex: -1, positioned: true }), 5)).toBe(false);
    expect(paintsAfter(painter({ zIndex: 2, order: 1 }), 5)).toBe(true);
    expect(paintsAfter(painter({ positioned: true, order: 1 }), 5)).toBe(true);
    expect(paintsAfter(painter({ order: 1 }), 5)).toBe(false);
    expect(paintsAfter(painter({ order: 9 }), 5)).toBe(true);
  });
});
