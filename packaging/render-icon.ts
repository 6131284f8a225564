import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright';

export const ICON_SIZES = [16, 32, 48, 128] as const;
/** The toolbar icon's source, drawn by scripts/render-icons.ts into extension/public/icons and checked again by the package tests. */
export const ICON_SOURCE = join(dirname(fileURLToPath(import.meta.url)), '..', 'extension', 'icons-source.svg');

/** The SVG drawn at `size` px on a transparent page, as PNG bytes. */
export async function renderIcon(browser: Browser, size: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    const svg = readFileSync(ICON_SOURCE, 'utf8');
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete === true);
    return await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  } finally {
    await page.close();
  }
}
