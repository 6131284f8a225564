import * as v from 'valibot';
import type { KeyValueArea } from './key-value-area.ts';

/** Portals a citizen can add; more is refused (each adds a host permission and a content script). */
export const MAX_USER_PORTALS = 50;
const KEY = 'userPortals';

const UserPortalSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^user-[0-9a-f]{12}$/)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  origin: v.pipe(v.string(), v.maxLength(300), v.regex(/^https:\/\/[^/?#@\s]+$/)),
});
export type UserPortal = v.InferOutput<typeof UserPortalSchema>;

/**
 * User-added portals live in storage.local, not in the encrypted vault: the content script must be
 * registered for them after a browser start, before any unlock. They hold a name and an origin only.
 */
export function createUserPortalsStore(area: KeyValueArea) {
  return {
    async list(): Promise<UserPortal[]> {
      const parsed = v.safeParse(v.array(UserPortalSchema), (await area.get(KEY)) ?? []);
      return parsed.success ? parsed.output : [];
    },
    async save(portals: readonly UserPortal[]): Promise<void> {
      await area.set(KEY, portals.slice(0, MAX_USER_PORTALS));
    },
  };
}

export type UserPortalsStore = ReturnType<typeof createUserPortalsStore>;
