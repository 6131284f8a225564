import { useEffect, useState } from 'preact/hooks';
import { requestBackground } from './background-client.ts';

/** Portal id → name, from the registry (shipped and added portals); ids stand in until it answers. */
export function usePortalNames(): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    void requestBackground('portal.list', {}).then((result) => {
      if (result.ok) setNames(new Map(result.value.portals.map((p) => [p.id, p.name])));
    });
  }, []);
  return names;
}
