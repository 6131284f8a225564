/** Polls `check` until it returns true (usable in hooks, where expect.poll is not). */
export async function waitFor(check: () => Promise<boolean> | boolean, options: { timeoutMs?: number; what: string }): Promise<void> {
  const deadline = Date.now() + (options.timeoutMs ?? 10_000);
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
