import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../support/launch-chromium.ts';
import { PROJECT_ROOT } from '../support/project-paths.ts';
import { ICON_SIZES, renderIcon } from '../../packaging/render-icon.ts';

/** Largest per-channel difference between two PNGs of the same size, decoded in the page. */
async function largestDifference(browser: Browser, a: Buffer, b: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ([first, second]) => {
        const pixels = async (base64: string): Promise<Uint8ClampedArray> => {
          const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
          context.drawImage(bitmap, 0, 0);
          return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
        };
        const [x, y] = [await pixels(first), await pixels(second)];
        if (x.length !== y.length) return 255;
        let largest = 0;
        for (let i = 0; i < x.length; i++) largest = Math.max(largest, Math.abs((x[i] ?? 0) - (y[i] ?? 0)));
        return largest;
      },
      [a.toString('base64'), b.toString('base64')] as const,
    );
  } finally {
    await page.close();
  }
}

describe('icons', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(ICON_SIZES)('icon-%d.png is its SVG source drawn again (scripts/render-icons.ts), give or take antialiasing', async (size) => {
    const committed = readFileSync(join(PROJECT_ROOT, 'extension', 'public', 'icons', `icon-${size}.png`));
    expect(await largestDifference(browser, committed, await renderIcon(browser, size))).toBeLessThanOrEqual(24);
  });
});
