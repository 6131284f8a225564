import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { Result } from '../../shared/protocol/result.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { t } from '../platform/i18n.ts';
import { requestHostPermission } from '../platform/request-host.ts';
import { requestBackground } from '../ui/background-client.ts';
import { errorText } from '../ui/error-text.ts';

/** The portals Amtspass acts on: the shipped ones, and sites the citizen added (which can be removed). */
export function PortalManager() {
  const [list, setList] = useState<Result<ResponseOf<UiProtocol, 'portal.list'>> | null>(null);
  const [address, setAddress] = useState('');
  const [name, setName] = useState('');
  const [status, setStatus] = useState('');
  const load = (): void => void requestBackground('portal.list', {}).then(setList);
  useEffect(load, []);
  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    let origin: string;
    try {
      const url = new URL(address.includes('://') ? address : `https://${address}`);
      if (url.protocol !== 'https:') return setStatus(t('portalHttpsOnly'));
      origin = url.origin;
    } catch {
      return setStatus(t('portalBadAddress'));
    }
    // The browser asks the citizen for access to this one site, inside this click.
    if (!(await requestHostPermission(origin))) return setStatus(t('portalDenied'));
    const added = await requestBackground('portal.add', { origin, name: name || new URL(origin).hostname });
    setStatus(added.ok ? t('portalAdded', [added.value.name]) : errorText(added.error.code));
    if (added.ok) {
      setAddress('');
      setName('');
    }
    load();
  };
  const remove = async (portalId: string, portalName: string): Promise<void> => {
    const removed = await requestBackground('portal.remove', { portalId });
    setStatus(removed.ok ? t('portalRemoved', [portalName]) : errorText(removed.error.code));
    load();
  };
  return (
    <div id="portal-manager">
      {list === null ? (
        <p role="status">{t('statusLoading')}</p>
      ) : !list.ok ? (
        <p role="alert">{errorText(list.error.code)}</p>
      ) : (
        <ul class="portals">
          {list.value.portals.map((portal) => (
            <li key={portal.id} data-portal={portal.id}>
              <strong>{portal.name}</strong> <span class="origin">{portal.origins.join(', ')}</span>
              {portal.retired && <span class="meta"> ({t('portalRetired')})</span>}
              {portal.userAdded ? (
                <button
                  type="button"
                  class="link"
                  aria-label={t('portalRemoveFor', [portal.name])}
                  onClick={() => void remove(portal.id, portal.name)}
                >
                  {t('actionRemove')}
                </button>
              ) : (
                <span class="meta"> · {t('portalShipped')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} aria-labelledby="portal-add-heading">
        <h3 id="portal-add-heading">{t('portalAddHeading')}</h3>
        <p class="hint">{t('portalAddHint')}</p>
        <p class="field">
          <label for="portal-address">{t('portalAddress')}</label>
          <input
            id="portal-address"
            type="url"
            inputMode="url"
            placeholder="https://"
            required
            value={address}
            onInput={(e) => setAddress((e.target as HTMLInputElement).value)}
          />
        </p>
        <p class="field">
          <label for="portal-name">{t('portalName')}</label>
          <input id="portal-name" maxLength={80} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </p>
        <div class="actions">
          <button type="submit" class="primary" id="portal-add">
            {t('actionAdd')}
          </button>
        </div>
      </form>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
