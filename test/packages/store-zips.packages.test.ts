import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROME_PUBLIC_KEY } from '../../extension/manifest/chrome-key.ts';
import { FIREFOX_ADDON_ID } from '../../shared/protocol/native-host.ts';
import { PACKAGED, unpackZip } from '../support/packaged-files.ts';

const unpacked: string[] = [];
afterAll(() => unpacked.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const manifestOf = (zip: string): Record<string, unknown> => {
  const dir = unpackZip(zip);
  unpacked.push(dir);
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
};

describe('store zips', () => {
  it('the Chrome store zip carries no key (the store assigns the id); the development zip keeps it', () => {
    const store = manifestOf(PACKAGED.chromeStoreZip);
    expect(store).not.toHaveProperty('key');
    expect(store).toMatchObject({ manifest_version: 3, version: PACKAGED.version, default_locale: 'de' });
    expect(manifestOf(PACKAGED.chromeDevelopmentZip)).toHaveProperty('key', CHROME_PUBLIC_KEY);
  });

  it('every zip has the icons at the sizes the stores and toolbars use, and nothing else differs but the key', () => {
    for (const zip of [PACKAGED.chromeStoreZip, PACKAGED.firefoxZip]) {
      const manifest = manifestOf(zip);
      expect(Object.keys(manifest.icons as object)).toEqual(['16', '32', '48', '128']);
    }
    const development = manifestOf(PACKAGED.chromeDevelopmentZip);
    delete development.key;
    expect(manifestOf(PACKAGED.chromeStoreZip)).toEqual(development);
  });

  it('the Firefox zip names its gecko id and declares that it collects no data', () => {
    expect(manifestOf(PACKAGED.firefoxZip)).toMatchObject({
      browser_specific_settings: { gecko: { id: FIREFOX_ADDON_ID, data_collection_permissions: { required: ['none'] } } },
    });
  });

  it('web-ext lint finds no error and no warning in the Firefox zip', () => {
    const dir = unpackZip(PACKAGED.firefoxZip);
    unpacked.push(dir);
    let output: string;
    try {
      output = execFileSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--pretty=false'], {
        encoding: 'utf8',
      });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    const report = JSON.parse(output) as { summary: { errors: number; warnings: number }; errors: unknown[]; warnings: unknown[] };
    expect({ errors: report.errors, warnings: report.warnings }).toEqual({ errors: [], warnings: [] });
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
  });
});
