import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CHROME_PUBLIC_KEY } from '../../../../extension/manifest/chrome-key.ts';
import { makeManifest } from '../../../../extension/manifest/make-manifest.ts';
import { DEVELOPMENT_EXTENSION_ID, FIREFOX_ADDON_ID } from '../../../../shared/protocol/native-host.ts';

describe('extension identity and manifests', () => {
  it('derives the committed Chrome id from the committed public key', () => {
    const hex = createHash('sha256').update(Buffer.from(CHROME_PUBLIC_KEY, 'base64')).digest('hex').slice(0, 32);
    const id = [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
    expect(id).toBe(DEVELOPMENT_EXTENSION_ID);
  });

  it('makes MV3 manifests with exact https host permissions and nothing web-accessible or externally connectable', () => {
    const input = {
      version: '1.2.3',
      portalOrigins: ['https://id.bund.de'],
      chromeKey: CHROME_PUBLIC_KEY,
      firefoxAddonId: FIREFOX_ADDON_ID,
    };
    for (const target of ['chrome', 'firefox'] as const) {
      const manifest = makeManifest(target, input) as unknown as Record<string, unknown>;
      expect(manifest.manifest_version).toBe(3);
      expect(manifest.host_permissions).toEqual(['https://id.bund.de/*']);
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      expect(manifest).not.toHaveProperty('externally_connectable');
    }
    expect(makeManifest('chrome', input)).toHaveProperty('key', CHROME_PUBLIC_KEY);
    expect(makeManifest('firefox', input)).not.toHaveProperty('key');
    expect(makeManifest('firefox', input)).toHaveProperty('browser_specific_settings.gecko.id', FIREFOX_ADDON_ID);
  });
});
