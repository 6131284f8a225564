/**
 * Polls `check` until it returns true (usable in hooks, where expect.poll is not). The default limit is
 * far above any quiet-machine figure: it only ends a wait that would never succeed.
 */
export async function waitFor(check: () => Promise<boolean> | boolean, options: { timeoutMs?: number; what: string }): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.what}`);
    await pollInterval();
  }
}

/** The pause between two looks of a poll: not a wait for something to happen, only the polling rate. */
export function pollInterval(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}
