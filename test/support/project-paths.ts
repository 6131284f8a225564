import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST_CHROME = resolve(PROJECT_ROOT, 'dist', 'chrome');
export const DIST_FIREFOX = resolve(PROJECT_ROOT, 'dist', 'firefox');
export const HELPER_BIN = resolve(PROJECT_ROOT, 'dist', 'helper', 'amtspass-helper.mjs');
export const TEST_OUTPUT = resolve(PROJECT_ROOT, 'test-output');
