import { version } from '../package.json';

/** The helper's version: the package version, inlined at build time. */
export const HELPER_VERSION: string = version;

/** Sent to AusweisApp, which shows it to the user while we are connected (docs/EID.md §2). */
export const HELPER_USER_AGENT = `Amtspass-Helper/${HELPER_VERSION}`;
