import { crx, type CrxPlugin } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { CHROME_PUBLIC_KEY } from './extension/manifest/chrome-key.ts';
import { makeManifest, type Target } from './extension/manifest/make-manifest.ts';
import { refuseInnerHtml } from './extension/manifest/refuse-inner-html.ts';
import packageJson from './package.json' with { type: 'json' };
import { shippedOrigins } from './shared/domain/shipped-portals.ts';
import { FIREFOX_ADDON_ID } from './shared/protocol/native-host.ts';

const target = (process.env.TARGET ?? 'chrome') as Target;
const root = resolve(import.meta.dirname, 'extension');

/** The declared content script exists only so that crxjs emits it; the background registers it. */
const dropDeclaredContentScripts = (): CrxPlugin => ({
  name: 'drop-declared-content-scripts',
  renderCrxManifest(manifest) {
    delete manifest.content_scripts;
    return manifest;
  },
});

export default defineConfig({
  root,
  publicDir: resolve(root, 'public'),
  plugins: [
    crx({
      manifest: makeManifest(target, {
        version: packageJson.version,
        portalOrigins: shippedOrigins(),
        chromeKey: CHROME_PUBLIC_KEY,
        firefoxAddonId: FIREFOX_ADDON_ID,
      }),
      browser: target,
      contentScripts: { standaloneFiles: ['content/main.ts'] },
    }),
    dropDeclaredContentScripts(),
    refuseInnerHtml(),
  ],
  build: {
    outDir: resolve(import.meta.dirname, 'dist', target),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: {
        popup: resolve(root, 'popup/index.html'),
        confirm: resolve(root, 'confirm/index.html'),
        options: resolve(root, 'options/index.html'),
        privacy: resolve(root, 'privacy/index.html'),
      },
    },
  },
});
