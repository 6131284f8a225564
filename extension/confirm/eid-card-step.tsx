import type { EidStep } from '../../shared/protocol/eid-messages.ts';
import { t } from '../platform/i18n.ts';

type CardStep = Extract<EidStep, { state: 'card' }>;

/**
 * "Put your card on the reader", with the readers AusweisApp sees (a paired smartphone is one of them);
 * a virtual card only where a reader takes one. In the helper's own AusweisApp the citizen's phone
 * pairing is missing, so the step says how to use their own AusweisApp instead (docs/EID.md §10a).
 */
export function EidCardStep(props: { step: CardStep; onInsert: (reader: string) => void; onCancel: () => void }) {
  const attached = props.step.readers.filter((r) => r.attached);
  return (
    <>
      <p role="status" id="eid-card">
        {t(props.step.paused ? 'eidCardPaused' : 'eidInsertCard')}
      </p>
      {props.step.ownAusweisApp && (
        <p class="meta" id="eid-own-ausweisapp">
          {t('eidOwnAusweisApp')}
        </p>
      )}
      {props.step.paused && (
        <div class="actions">
          <button type="button" class="primary" id="eid-continue" onClick={() => props.onInsert(attached[0]?.name ?? '')}>
            {t('eidContinue')}
          </button>
        </div>
      )}
      {attached.length === 0 ? (
        <p class="warning">{t('eidNoReader')}</p>
      ) : (
        <ul class="readers">
          {attached.map((reader) => (
            <li key={reader.name}>
              <strong>{reader.name}</strong> <span class="meta">{t(reader.keypad ? 'eidReaderKeypad' : 'eidReaderBasic')}</span>
              {reader.insertable && !props.step.paused && (
                <button type="button" class="primary" data-reader={reader.name} id="eid-insert" onClick={() => props.onInsert(reader.name)}>
                  {t('eidInsertVirtual')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" id="eid-cancel" onClick={props.onCancel}>
          {t('confirmCancel')}
        </button>
      </div>
    </>
  );
}
