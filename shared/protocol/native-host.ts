/** Name of the native-messaging host, as in the host manifests the helper installs. */
export const NATIVE_HOST_NAME = 'de.amtspass.helper';

/** Fixed Firefox add-on id (browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'amtspass@amtspass.de';

/**
 * Chrome extension id, derived from the public key in extension/manifest/chrome-key.ts
 * (a unit test recomputes it). Host manifests name `chrome-extension://<id>/`.
 */
export const CHROME_EXTENSION_ID = 'ejknmpaheghgkhjochcmaoiikpanjnil';
