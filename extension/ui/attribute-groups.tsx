import { useEffect, useRef, useState } from 'preact/hooks';
import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { Result } from '../../shared/protocol/result.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { ATTRIBUTE_CATALOG } from '../../shared/vocabulary/attribute-catalog.ts';
import { ATTRIBUTE_IDS, type AttributeId } from '../../shared/vocabulary/attribute-ids.ts';
import { displayValue } from '../../shared/vocabulary/display-value.ts';
import { formatDate, t, uiLanguage } from '../platform/i18n.ts';
import { requestBackground } from './background-client.ts';
import { errorText } from './error-text.ts';

type Stored = ResponseOf<UiProtocol, 'attribute.list'>['attributes'][number];

/** The groups of the popup, in this order (docs/ATTRIBUTES.md); the document group holds card-only data. */
const GROUPS = ['person', 'address', 'contact', 'accounts', 'document'] as const;

function sourceText(attribute: Stored): string {
  if (attribute.source === 'eid')
    return attribute.readAt !== undefined ? t('sourceEid', [formatDate(attribute.readAt)]) : t('sourceEidUndated');
  return t(attribute.source === 'import' ? 'sourceImport' : 'sourceUser');
}

/** One stored value: label, value, trust badge in words and source; edit for typed values, "neu einlesen" for card values. */
function AttributeRow(props: { attribute: Stored; onChanged: () => void; person: { personId?: string } }) {
  const { attribute } = props;
  const id = attribute.attributeId;
  const info = ATTRIBUTE_CATALOG[id];
  const label = uiLanguage().startsWith('de') ? info.labelDe : info.labelEn;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(attribute.value);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  // Focus follows the citizen: into the field when editing starts, back to its button when it ends.
  useEffect(() => (editing ? field.current?.focus() : undefined), [editing]);
  const save = async (event: Event): Promise<void> => {
    event.preventDefault();
    const result = await requestBackground('attribute.set', { attributeId: id, value: draft, ...props.person });
    if (!result.ok) return setError(errorText(result.error.code));
    setEditing(false);
    setError(null);
    props.onChanged();
    setTimeout(() => editButton.current?.focus(), 0);
  };
  const remove = async (): Promise<void> => {
    const result = await requestBackground('attribute.delete', { attributeId: id, ...props.person });
    if (!result.ok) return setError(errorText(result.error.code));
    props.onChanged();
  };
  return (
    <li data-attribute={id}>
      <span class="label" id={`label-${id}`}>
        {label}
      </span>
      {editing ? (
        <form class="edit" onSubmit={(e) => void save(e)}>
          <input
            id={`edit-${id}`}
            aria-labelledby={`label-${id}`}
            value={draft}
            maxLength={1000}
            ref={field}
            onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="primary" id={`save-${id}`}>
            {t('actionSave')}
          </button>
          <button
            type="button"
            onClick={() => {
              setEditing(false);
              setDraft(attribute.value);
              setError(null);
            }}
          >
            {t('actionCancel')}
          </button>
        </form>
      ) : (
        <span class="value">{displayValue(id, attribute.value)}</span>
      )}
      <span class="meta">
        <span class={`badge badge-${attribute.trust}`}>{t(`trust_${attribute.trust}`)}</span>, {sourceText(attribute)}
      </span>
      {error && (
        <span role="alert" class="error">
          {error}
        </span>
      )}
      {!editing && (
        <span class="row-actions">
          {attribute.source === 'eid' ? (
            <button
              type="button"
              class="link"
              aria-label={t('actionRereadFor', [label])}
              onClick={() => void requestBackground('eid.readCard', props.person)}
            >
              {t('actionReread')}
            </button>
          ) : (
            <>
              <button
                type="button"
                class="link"
                ref={editButton}
                id={`edit-button-${id}`}
                aria-label={t('actionEditFor', [label])}
                onClick={() => setEditing(true)}
              >
                {t('actionEdit')}
              </button>
              <button type="button" class="link" aria-label={t('actionDeleteFor', [label])} onClick={() => void remove()}>
                {t('actionDelete')}
              </button>
            </>
          )}
        </span>
      )}
    </li>
  );
}

/** A new typed value: choose what (only what is not stored yet), type it, save. */
function AddAttribute(props: { missing: readonly AttributeId[]; onChanged: () => void; person: { personId?: string } }) {
  const [attributeId, setAttributeId] = useState<AttributeId | ''>('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const german = uiLanguage().startsWith('de');
  if (props.missing.length === 0) return null;
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (attributeId === '') return;
    const result = await requestBackground('attribute.set', { attributeId, value, ...props.person });
    if (!result.ok) return setError(errorText(result.error.code));
    setValue('');
    setAttributeId('');
    setError(null);
    props.onChanged();
  };
  return (
    <form class="add" onSubmit={(e) => void submit(e)} aria-labelledby="add-heading">
      <h3 id="add-heading">{t('addHeading')}</h3>
      <p class="field">
        <label for="add-attribute">{t('addWhat')}</label>
        <select
          id="add-attribute"
          value={attributeId}
          onChange={(e) => setAttributeId((e.target as HTMLSelectElement).value as AttributeId)}
        >
          <option value="">{t('addChoose')}</option>
          {props.missing.map((id) => (
            <option value={id} key={id}>
              {german ? ATTRIBUTE_CATALOG[id].labelDe : ATTRIBUTE_CATALOG[id].labelEn}
            </option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for="add-value">{t('addValue')}</label>
        <input id="add-value" value={value} maxLength={1000} required onInput={(e) => setValue((e.target as HTMLInputElement).value)} />
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" id="add-submit" disabled={attributeId === ''}>
          {t('actionAdd')}
        </button>
      </div>
    </form>
  );
}

/**
 * One person's data grouped (Person, Anschrift, Kontakt, Konten, Ausweisdokument) with trust badges
 * that carry text, their source, editing of typed values and a new card read: the citizen's, or with
 * `personId` a household member's.
 */
export function AttributeGroups(props: { personId?: string | undefined; onChanged?: () => void }) {
  const [list, setList] = useState<Result<ResponseOf<UiProtocol, 'attribute.list'>> | null>(null);
  const person = props.personId === undefined ? {} : { personId: props.personId };
  const load = (): void => void requestBackground('attribute.list', person).then(setList);
  useEffect(load, [props.personId]);
  // A changed name changes how the household list names the person.
  const changed = (): void => {
    load();
    props.onChanged?.();
  };
  if (list === null) return <p role="status">{t('statusLoading')}</p>;
  if (!list.ok) return <p role="alert">{errorText(list.error.code)}</p>;
  const stored = new Map(list.value.attributes.map((a) => [a.attributeId, a]));
  const missing = ATTRIBUTE_IDS.filter((id) => !stored.has(id) && ATTRIBUTE_CATALOG[id].group !== 'document');
  return (
    <div class="attribute-groups" id="attribute-list">
      {GROUPS.map((group) => {
        const items = ATTRIBUTE_IDS.flatMap((id) =>
          ATTRIBUTE_CATALOG[id].group === group && stored.has(id) ? [stored.get(id) as Stored] : [],
        );
        if (items.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{t(`group_${group}`)}</h3>
            <ul class="attributes">
              {items.map((attribute) => (
                <AttributeRow key={attribute.attributeId} attribute={attribute} onChanged={changed} person={person} />
              ))}
            </ul>
          </section>
        );
      })}
      {list.value.attributes.length === 0 && <p>{t('popupNoAttributes')}</p>}
      <div class="actions">
        <button type="button" id="read-card" onClick={() => void requestBackground('eid.readCard', person)}>
          {t('popupReadCard')}
        </button>
      </div>
      <AddAttribute missing={missing} onChanged={changed} person={person} />
    </div>
  );
}
