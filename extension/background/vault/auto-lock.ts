import type { KeyValueArea } from '../../storage/key-value-area.ts';

/** Name of the alarm that checks for idleness. */
export const AUTO_LOCK_ALARM = 'amtspass-auto-lock';
/** Activity is written down at most this often, so every message does not cost a storage write. */
export const ACTIVITY_WRITE_INTERVAL_MS = 20_000;

export interface AlarmsApi {
  create(name: string, info: { when: number }): void;
  clear(name: string): Promise<boolean>;
}

/**
 * Auto-lock after a period without vault use. The last activity lives in storage.session and the
 * deadline in an alarm, so both survive the worker being stopped (docs/SECURITY.md §3.7); the alarm
 * handler re-reads them instead of trusting memory.
 */
export function createAutoLock(deps: {
  alarms: AlarmsApi;
  session: KeyValueArea;
  now: () => number;
  idleMinutes: () => Promise<number>;
  lock: () => Promise<void>;
}) {
  let lastWritten = 0;

  async function schedule(lastActivity: number): Promise<void> {
    deps.alarms.create(AUTO_LOCK_ALARM, { when: lastActivity + (await deps.idleMinutes()) * 60_000 });
  }

  return {
    /** Called on every vault use while unlocked. */
    async noteActivity(): Promise<void> {
      const now = deps.now();
      if (now - lastWritten < ACTIVITY_WRITE_INTERVAL_MS) return;
      lastWritten = now;
      await deps.session.set('lastActivity', now);
      await schedule(now);
    },
    /** The alarm fired: lock if the idle period has passed, otherwise wait for the rest. */
    async onAlarm(name: string): Promise<void> {
      if (name !== AUTO_LOCK_ALARM) return;
      const last = Number(await deps.session.get('lastActivity')) || 0;
      if (deps.now() >= last + (await deps.idleMinutes()) * 60_000) await deps.lock();
      else await schedule(last);
    },
    /** The screen was locked: lock at once. */
    async onIdleState(state: string): Promise<void> {
      if (state === 'locked') await deps.lock();
    },
    async stop(): Promise<void> {
      lastWritten = 0;
      await deps.alarms.clear(AUTO_LOCK_ALARM);
      await deps.session.remove('lastActivity');
    },
  };
}

export type AutoLock = ReturnType<typeof createAutoLock>;
