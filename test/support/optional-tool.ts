import { execFileSync } from 'node:child_process';

/**
 * Whether an optional system program is installed. Locally a missing one makes its tests skip with
 * the reason printed; in CI (CI=true), where .ci/run installs everything, a missing one is an error.
 */
export function optionalTool(command: string, debianPackage: string): { available: boolean; reason: string } {
  let available = true;
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
  } catch {
    available = false;
  }
  const reason = `${command} is not installed (apt-get install ${debianPackage})`;
  if (!available && process.env.CI) throw new Error(`CI must have ${reason}`);
  if (!available) console.warn(`skipping: ${reason}`);
  return { available, reason };
}
