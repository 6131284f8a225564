import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureHosts } from '../test/support/fixture-hosts.ts';
import { PROJECT_ROOT } from '../test/support/project-paths.ts';

export interface ExpectedPage {
  readonly url: string;
  readonly portal: string;
  readonly page: 'login' | 'form' | 'none';
  /**
   * Field key (name, or `#id` without a name) → expected kind (null: must get none), or the kind with
   * whose data it is (`subject`; `self` when only a kind is given) and, for repeated sections, `group`.
   */
  readonly fields: Readonly<Record<string, ExpectedField>>;
}

export type ExpectedField = string | null | { readonly kind: string; readonly subject: string; readonly group?: number };

/** An expectation in its long form. */
export function expectedField(value: ExpectedField | undefined): { kind: string | null; subject: string | null; group: number | null } {
  if (value === undefined || value === null) return { kind: null, subject: null, group: null };
  if (typeof value === 'string') return { kind: value, subject: 'self', group: null };
  return { kind: value.kind, subject: value.subject, group: value.group ?? null };
}

/** Every fixture page with its expectation, at the portal's real hostname (`expected.json` per portal). */
export function fixtureCorpus(): ExpectedPage[] {
  const root = join(PROJECT_ROOT, 'test', 'fixtures', 'portals');
  const hostOf = new Map<string, string>();
  for (const [host, folder] of fixtureHosts()) if (!hostOf.has(folder) && !host.includes('evil')) hostOf.set(folder, host);
  return readdirSync(root).flatMap((portal) => {
    const expected = JSON.parse(readFileSync(join(root, portal, 'expected.json'), 'utf8')) as Record<
      string,
      { page: ExpectedPage['page']; fields: ExpectedPage['fields'] }
    >;
    const host = hostOf.get(`portals/${portal}`);
    return Object.entries(expected).map(([path, value]) => ({ url: `https://${host}${path}`, portal, ...value }));
  });
}
