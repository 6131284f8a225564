import { describe, expect, it } from 'vitest';
import { sendUntilDelivered, wasNotDelivered } from '../../../../extension/platform/send-until-delivered.ts';

const NOT_DELIVERED = new Error('Could not establish connection. Receiving end does not exist.');

/** A send that fails with the given errors in turn, then answers. */
function sendFailing(errors: readonly Error[]) {
  let calls = 0;
  return {
    send: async () => {
      const error = errors[calls++];
      if (error) throw error;
      return 'answer';
    },
    calls: () => calls,
  };
}

describe('sendUntilDelivered: a message no listener received is sent again, bounded; nothing else is', () => {
  it.each([
    ['Chromium and Firefox, background not awake', NOT_DELIVERED, true],
    ['a listener that threw after acting', new Error('TypeError: x is undefined'), false],
    [
      'the reply channel closed (the work may be done)',
      new Error(
        'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      ),
      false,
    ],
  ] as const)('%s → sent again: %s', (_name, error, again) => {
    expect(wasNotDelivered(error)).toBe(again);
  });

  it('answers once the background listens, after counted attempts and the given waits', async () => {
    const waited: number[] = [];
    const attempt = sendFailing([NOT_DELIVERED, NOT_DELIVERED]);
    expect(await sendUntilDelivered(attempt.send, { delays: [100, 200, 400], sleep: async (ms) => void waited.push(ms) })).toBe('answer');
    expect(attempt.calls()).toBe(3);
    expect(waited).toEqual([100, 200]);
  });

  it("gives up after the last wait with the browser's error", async () => {
    const attempt = sendFailing(Array(10).fill(NOT_DELIVERED) as Error[]);
    await expect(sendUntilDelivered(attempt.send, { delays: [1, 2], sleep: async () => undefined })).rejects.toThrow(
      'Receiving end does not exist',
    );
    expect(attempt.calls()).toBe(3);
  });

  it('never sends again after any other failure', async () => {
    const attempt = sendFailing([new Error('listener failed')]);
    await expect(sendUntilDelivered(attempt.send, { sleep: async () => undefined })).rejects.toThrow('listener failed');
    expect(attempt.calls()).toBe(1);
  });
});
