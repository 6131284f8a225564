import { describe, expect, it } from 'vitest';
import { parseHelperArgs } from '../../../helper/cli-args.ts';
import { DEVELOPMENT_EXTENSION_ID, FIREFOX_ADDON_ID } from '../../../shared/protocol/native-host.ts';

describe('helper argv (table)', () => {
  it.each([
    [[`chrome-extension://${DEVELOPMENT_EXTENSION_ID}/`], 'native'],
    [[`chrome-extension://${DEVELOPMENT_EXTENSION_ID}/`, '--parent-window=0'], 'native'],
    [['/usr/lib/mozilla/native-messaging-hosts/de.amtspass.helper.json', FIREFOX_ADDON_ID], 'native'],
    [['chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/'], 'refused'],
    [['/x/de.amtspass.helper.json', 'evil@example.org'], 'refused'],
    [['--help'], 'help'],
    [['-h'], 'help'],
    [['help'], 'help'],
    [['--version'], 'version'],
    [['status'], 'status'],
    [['install', '--browser', 'firefox'], 'install'],
    [['uninstall'], 'install'],
    [[], 'error'],
    [['--hilfe'], 'error'],
    [['status', 'extra'], 'error'],
    [['de.amtspass.helper.json'], 'error'],
  ])('%j → %s', (args, kind) => {
    expect(parseHelperArgs(args).kind).toBe(kind);
  });

  it('answers only the extension ids it was built for: a store id once recorded, never another', () => {
    const storeId = 'abcdefghijklmnopabcdefghijklmnop';
    expect(parseHelperArgs([`chrome-extension://${storeId}/`]).kind).toBe('refused');
    expect(parseHelperArgs([`chrome-extension://${storeId}/`], [DEVELOPMENT_EXTENSION_ID, storeId]).kind).toBe('native');
    expect(parseHelperArgs([`chrome-extension://${storeId}/x`], [storeId]).kind).toBe('refused');
    expect(parseHelperArgs([`chrome-extension://${DEVELOPMENT_EXTENSION_ID}/`], [storeId]).kind).toBe('refused');
  });

  it('cuts a long unknown argument in its message', () => {
    const command = parseHelperArgs(['x'.repeat(10_000)]);
    expect(command.kind === 'error' && command.message.length).toBeLessThan(100);
  });
});
