import type { BrowserContext } from 'playwright';

/** The Chrome Web Store's and addons.mozilla.org's preferred screenshot size. */
export const STORE_SIZE = { width: 1280, height: 800 } as const;

/**
 * One store screenshot (1280×800): a caption band, the portal page behind, and the extension's window
 * (popup or confirm window) in front, as the citizen sees them side by side. Composed from real
 * screenshots of the demo, in a page of the same browser (no image library).
 */
export async function composeStoreScreenshot(
  context: BrowserContext,
  input: { caption: string; page: Buffer; window?: Buffer; path: string },
): Promise<void> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(STORE_SIZE);
    const data = (png: Buffer): string => `data:image/png;base64,${png.toString('base64')}`;
    await page.setContent(`<!doctype html><html lang="de"><body style="margin:0;width:1280px;height:800px;overflow:hidden;background:#1d3557;font-family:'Liberation Sans',sans-serif">
      <div style="height:88px;display:flex;align-items:center;padding:0 40px;color:#fff;font-size:30px;font-weight:bold"></div>
      <div style="position:relative;height:712px">
        <img id="page" style="position:absolute;left:40px;top:0;width:${input.window ? 820 : 1200}px;border-radius:8px 8px 0 0;box-shadow:0 4px 24px #0008">
        ${input.window ? '<img id="window" style="position:absolute;right:40px;top:24px;max-width:420px;max-height:660px;border-radius:8px;box-shadow:0 8px 32px #000a;border:1px solid #8899aa">' : ''}
      </div></body></html>`);
    // Text and images set as properties: nothing here is parsed as markup.
    await page.evaluate(
      ([caption, pageSrc, windowSrc]) => {
        (document.querySelector('div') as HTMLElement).textContent = caption;
        (document.getElementById('page') as HTMLImageElement).src = pageSrc;
        const window = document.getElementById('window') as HTMLImageElement | null;
        if (window && windowSrc) window.src = windowSrc;
      },
      [input.caption, data(input.page), input.window ? data(input.window) : ''] as const,
    );
    await page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0));
    await page.screenshot({ path: input.path });
  } finally {
    await page.close();
  }
}
