import { describe, expect, it } from 'vitest';
import { ACTIVITY_WRITE_INTERVAL_MS, AUTO_LOCK_ALARM, createAutoLock } from '../../../../extension/background/vault/auto-lock.ts';
import { memoryArea } from '../../../support/memory-area.ts';

function setup() {
  const clock = { now: 1_000_000 };
  const scheduled: number[] = [];
  let locks = 0;
  const session = memoryArea();
  const autoLock = createAutoLock({
    alarms: { create: (_name, info) => void scheduled.push(info.when), clear: async () => true },
    session,
    now: () => clock.now,
    idleMinutes: async () => 15,
    lock: async () => void locks++,
  });
  return { clock, scheduled, session, autoLock, locks: () => locks };
}

describe('auto-lock', () => {
  it('schedules the deadline from the last activity and locks only once it has passed', async () => {
    const t = setup();
    await t.autoLock.noteActivity();
    expect(t.scheduled).toEqual([1_000_000 + 15 * 60_000]);
    t.clock.now += 10 * 60_000;
    await t.autoLock.onAlarm(AUTO_LOCK_ALARM);
    expect(t.locks()).toBe(0);
    t.clock.now += 5 * 60_000;
    await t.autoLock.onAlarm(AUTO_LOCK_ALARM);
    expect(t.locks()).toBe(1);
  });

  it('reads the last activity from storage.session, so a restarted worker decides the same', async () => {
    const t = setup();
    await t.session.set('lastActivity', t.clock.now - 20 * 60_000);
    await t.autoLock.onAlarm(AUTO_LOCK_ALARM);
    expect(t.locks()).toBe(1);
  });

  it('writes activity at most every 20 s, ignores other alarms, and locks at once when the screen locks', async () => {
    const t = setup();
    await t.autoLock.noteActivity();
    t.clock.now += ACTIVITY_WRITE_INTERVAL_MS - 1;
    await t.autoLock.noteActivity();
    expect(t.scheduled).toHaveLength(1);
    await t.autoLock.onAlarm('something-else');
    await t.autoLock.onIdleState('idle');
    expect(t.locks()).toBe(0);
    await t.autoLock.onIdleState('locked');
    expect(t.locks()).toBe(1);
  });
});
