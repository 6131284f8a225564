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
  // Rendered from extension/icons-source.svg by scripts/render-icons.ts.
  const icon = (size: number): string => `icons/icon-${size}.png`;
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
    icons: { 16: icon(16), 32: icon(32), 48: icon(48), 128: icon(128) },
    action: { default_popup: 'popup/index.html', default_title: '__MSG_extName__', default_icon: { 16: icon(16), 32: icon(32) } },
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
    const settings = {
      gecko: { id: input.firefoxAddonId, strict_min_version: '140.0', data_collection_permissions: { required: ['none' as const] } },
      // Not offered for Android; named only because Android learnt data_collection_permissions in 142
      // (crxjs's manifest type does not know this key yet, hence the variable).
      gecko_android: { strict_min_version: '142.0' },
    };
    return { ...common, background: { scripts: ['background/main.ts'], type: 'module' }, browser_specific_settings: settings };
  }
  return { ...common, key: input.chromeKey, background: { service_worker: 'background/main.ts', type: 'module' as const } };
}
