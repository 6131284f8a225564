import type { ManifestV3Export } from '@crxjs/vite-plugin';

export type Target = 'chrome' | 'firefox';

export interface ManifestInput {
  readonly version: string;
  /** Exact https origins of the shipped portals (`https://id.bund.de`), granted at install. */
  readonly portalOrigins: readonly string[];
  readonly chromeKey: string;
  readonly firefoxAddonId: string;
}

/**
 * One MV3 manifest per target. The content script is named here only so that crxjs builds it as a
 * standalone file; the build drops `content_scripts` and the background registers the script for
 * registry origins (docs/RECIPES.md §12.1). Nothing is web-accessible and nothing is externally connectable.
 */
export function makeManifest(target: Target, input: ManifestInput): ManifestV3Export {
  const matches = input.portalOrigins.map((origin) => `${origin}/*`);
  const common = {
    manifest_version: 3 as const,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    version: input.version,
    // activeTab: the popup may read the address of the tab it was opened on, to offer adding that site.
    permissions: ['storage', 'scripting', 'nativeMessaging', 'alarms', 'idle', 'activeTab'],
    host_permissions: matches,
    optional_host_permissions: ['https://*/*'],
    action: { default_popup: 'popup/index.html', default_title: '__MSG_extName__' },
    options_ui: { page: 'options/index.html', open_in_tab: true },
    // Keyboard: a gesture a page cannot fake (docs/SECURITY.md §3.1.3).
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+A' } },
      'fill-page': { suggested_key: { default: 'Alt+Shift+F' }, description: '__MSG_commandFill__' },
    },
    content_scripts: [{ matches, js: ['content/main.ts'], run_at: 'document_start' as const }],
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'" },
  };
  if (target === 'firefox') {
    return {
      ...common,
      background: { scripts: ['background/main.ts'], type: 'module' },
      browser_specific_settings: {
        gecko: { id: input.firefoxAddonId, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      },
    };
  }
  return { ...common, key: input.chromeKey, background: { service_worker: 'background/main.ts', type: 'module' as const } };
}
