// Renders extension/icons-source.svg to the PNG sizes the toolbar, the stores and the extension pages
// use (extension/public/icons/icon-<size>.png), in Chromium. Run after changing the SVG; a package test
// renders again and compares, so the PNGs cannot drift from their source.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { ICON_SIZES, renderIcon } from '../packaging/render-icon.ts';

const root = join(import.meta.dirname, '..');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
try {
  for (const size of ICON_SIZES)
    writeFileSync(join(root, 'extension', 'public', 'icons', `icon-${size}.png`), await renderIcon(browser, size));
} finally {
  await browser.close();
}
console.error(`rendered ${ICON_SIZES.join(', ')} px`);
