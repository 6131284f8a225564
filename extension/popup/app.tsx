import { useCallback, useEffect, useState } from 'preact/hooks';
import type { HelperStatus } from '../../shared/protocol/native-protocol.ts';
import type { Result } from '../../shared/protocol/result.ts';
import { t } from '../platform/i18n.ts';
import { requestBackground } from './background-client.ts';
import { HelperStatusPanel } from './components/helper-status-panel.tsx';
import { AttributesPanel } from './components/attributes-panel.tsx';
import { PagePanel } from './components/page-panel.tsx';

export function App() {
  const [status, setStatus] = useState<Result<HelperStatus> | null>(null);
  const refresh = useCallback(() => {
    setStatus(null);
    void requestBackground('helper.status', {}).then(setStatus);
  }, []);
  useEffect(refresh, [refresh]);
  return (
    <>
      <header>
        <h1>{t('popupTitle')}</h1>
      </header>
      <main>
        <PagePanel />
        <AttributesPanel />
        <HelperStatusPanel status={status} onRefresh={refresh} />
      </main>
    </>
  );
}
