import { describe, expect, it } from 'vitest';
import { createActivateFill, type FillTrigger } from '../../../../../extension/background/fill/activate-fill.ts';
import type { FillStatus } from '../../../../../shared/protocol/fill-messages.ts';
import { fail, ok, type Result } from '../../../../../shared/protocol/result.ts';
import type { VaultKeys } from '../../../../../extension/storage/vault-crypto.ts';

const KEYS = { marker: 'keys' } as unknown as VaultKeys;

function harness(unlocked: boolean, answer: Result<FillStatus>) {
  const calls: { keys: VaultKeys | null; tabId: number }[] = [];
  let unlockShown = 0;
  let activity = 0;
  const activate = createActivateFill({
    keys: async () => (unlocked ? KEYS : null),
    noteActivity: async () => void activity++,
    request: async (keys, tabId) => {
      calls.push({ keys, tabId });
      return answer;
    },
    openUnlock: async () => void unlockShown++,
  });
  return { activate, calls, unlockShown: () => unlockShown, activity: () => activity };
}

describe('activate-fill: one way into a fill for the popup, the hint and the keyboard command', () => {
  const cases: { trigger: FillTrigger; unlocked: boolean; answer: Result<FillStatus>; keys: boolean; unlockShown: number }[] = [
    { trigger: 'popup', unlocked: true, answer: ok({ status: 'nothing-to-fill' }), keys: true, unlockShown: 0 },
    { trigger: 'hint', unlocked: true, answer: ok({ status: 'needs-consent', pendingId: 'p' }), keys: true, unlockShown: 0 },
    { trigger: 'command', unlocked: false, answer: ok({ status: 'needs-consent', pendingId: 'p' }), keys: false, unlockShown: 0 },
    // Locked with no form to show in the confirm window: the popup is open already, the others open it.
    { trigger: 'popup', unlocked: false, answer: fail('LOCKED', 'locked'), keys: false, unlockShown: 0 },
    { trigger: 'hint', unlocked: false, answer: fail('LOCKED', 'locked'), keys: false, unlockShown: 1 },
    { trigger: 'command', unlocked: false, answer: fail('LOCKED', 'locked'), keys: false, unlockShown: 1 },
    { trigger: 'command', unlocked: true, answer: fail('ORIGIN_NOT_ALLOWED', 'no portal'), keys: true, unlockShown: 0 },
  ];
  for (const c of cases) {
    it(`${c.trigger}, ${c.unlocked ? 'unlocked' : 'locked'}, ${c.answer.ok ? c.answer.value.status : c.answer.error.code}`, async () => {
      const h = harness(c.unlocked, c.answer);
      expect(await h.activate(c.trigger, 7)).toEqual(c.answer);
      expect(h.calls).toEqual([{ keys: c.keys ? KEYS : null, tabId: 7 }]);
      expect(h.unlockShown()).toBe(c.unlockShown);
      // Only an unlocked vault's use counts as activity for auto-lock.
      expect(h.activity()).toBe(c.unlocked ? 1 : 0);
    });
  }
});
