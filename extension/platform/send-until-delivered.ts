/**
 * Waits between attempts when a message was not delivered: about 1.5 s in all, enough for an event
 * page or service worker the browser is still waking (Firefox stops idle event pages, docs/SECURITY.md T19).
 */
export const UNDELIVERED_RETRY_DELAYS_MS: readonly number[] = [100, 200, 400, 800];

/**
 * The browsers' words for a message that reached no listener at all ("Could not establish connection.
 * Receiving end does not exist."): only then is sending again safe, because nothing acted on it. A
 * listener's own failure, or a closed reply channel, may come after the work was done, and is not retried.
 */
export function wasNotDelivered(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Receiving end does not exist|Could not establish connection/i.test(message);
}

/**
 * Sends, and sends again after `delays` while the message was not delivered; any other outcome, and
 * the last failure, go to the caller. `sleep` is injected, so tests wait for nothing.
 */
export async function sendUntilDelivered<T>(
  send: () => Promise<T>,
  options: { delays?: readonly number[]; sleep?: (ms: number) => Promise<void> } = {},
): Promise<T> {
  const delays = options.delays ?? UNDELIVERED_RETRY_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !wasNotDelivered(error)) throw error;
      await sleep(delay);
    }
  }
}
