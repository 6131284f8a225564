/** Name of the native-messaging host, as in the host manifests the helper installs. */
export const NATIVE_HOST_NAME = 'de.amtspass.helper';

/** Fixed Firefox add-on id (browser_specific_settings.gecko.id): the same in development and on addons.mozilla.org. */
export const FIREFOX_ADDON_ID = 'amtspass@amtspass.de';

/**
 * The development build's Chromium extension id, fixed by the public key in
 * extension/manifest/chrome-key.ts (a unit test recomputes it). `npm start` and the tests run this build.
 */
export const DEVELOPMENT_EXTENSION_ID = 'ejknmpaheghgkhjochcmaoiikpanjnil';

/**
 * The ids the stores assign on the first upload (a store package carries no `key`, so the store
 * chooses). This is the one place to record them (docs/store/RELEASE.md): the helper accepts them and
 * the installers name them in `allowed_origins`. `null` until the store has assigned one.
 */
export const STORE_EXTENSION_IDS: Readonly<Record<'chromeWebStore' | 'edgeAddons', string | null>> = {
  chromeWebStore: null,
  edgeAddons: null,
};

/** Every Chromium extension id the helper answers: the development id and the assigned store ids. */
export const CHROMIUM_EXTENSION_IDS: readonly string[] = [
  DEVELOPMENT_EXTENSION_ID,
  ...Object.values(STORE_EXTENSION_IDS).filter((id): id is string => id !== null),
];

/** `chrome-extension://<id>/`, as Chromium passes it to the host and as `allowed_origins` names it. */
export const chromiumOrigin = (id: string): string => `chrome-extension://${id}/`;
