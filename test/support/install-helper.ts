import { execFileSync } from 'node:child_process';
import { HELPER_BIN } from './project-paths.ts';

/** Runs the real `amtspass-helper install` subcommand, as a user would. */
export function installHelper(options: { browser: 'chromium' | 'firefox'; home: string; profile?: string }): string {
  const args = [HELPER_BIN, 'install', '--browser', options.browser];
  if (options.profile) args.push('--profile', options.profile);
  return execFileSync(process.execPath, args, { env: { ...process.env, HOME: options.home, XDG_CONFIG_HOME: '' }, encoding: 'utf8' });
}
