import { useEffect, useState } from 'preact/hooks';
import { PERSON_ROLES, type PersonRole } from '../../shared/domain/person.ts';
import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { Result } from '../../shared/protocol/result.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import { t } from '../platform/i18n.ts';
import { AttributeGroups } from './attribute-groups.tsx';
import { requestBackground } from './background-client.ts';
import { errorText } from './error-text.ts';

type PersonList = ResponseOf<UiProtocol, 'person.list'>;
type PersonView = PersonList['persons'][number];

/** "Kind 2: Leon Mustermann": role, count within the role, and the name. */
export function personLabel(person: PersonView, persons: readonly PersonView[]): string {
  const sameRole = persons.filter((p) => p.role === person.role);
  const title = t(`personTitle_${person.role}`, [String(sameRole.indexOf(person) + 1)]);
  return person.name ? `${title}: ${person.name}` : title;
}

/** A new person of the household: role and first name, the rest is added like the citizen's data. */
function AddPerson(props: { onAdded: (personId: string) => void }) {
  const [role, setRole] = useState<PersonRole>('child');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const added = await requestBackground('person.add', { role, givenNames: name });
    if (!added.ok) return setError(errorText(added.error.code));
    setName('');
    setError(null);
    props.onAdded(added.value.personId);
  };
  return (
    <form class="add" onSubmit={(e) => void submit(e)} aria-labelledby="add-person-heading">
      <h3 id="add-person-heading">{t('personAddHeading')}</h3>
      <p class="field">
        <label for="add-person-role">{t('personRole')}</label>
        <select id="add-person-role" value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value as PersonRole)}>
          {PERSON_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role_${r}`)}
            </option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for="add-person-name">{t('personGivenNames')}</label>
        <input id="add-person-name" value={name} maxLength={1000} required onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </p>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" id="add-person-submit">
          {t('actionAdd')}
        </button>
      </div>
    </form>
  );
}

/**
 * The Daten tab for a household: whose data is shown ("Ich" or a household member), that person's
 * data as AttributeGroups shows it, adding a person and removing one (with all of their data).
 */
export function HouseholdData() {
  const [list, setList] = useState<Result<PersonList> | null>(null);
  const [selected, setSelected] = useState('');
  const [confirmRemove, setConfirmRemove] = useState(false);
  const load = (): void => void requestBackground('person.list', {}).then(setList);
  useEffect(load, []);
  const persons = list?.ok ? list.value.persons : [];
  const person = persons.find((p) => p.personId === selected);
  const remove = async (): Promise<void> => {
    if (!person) return;
    const removed = await requestBackground('person.remove', { personId: person.personId });
    if (removed.ok) {
      setSelected('');
      setConfirmRemove(false);
      load();
    }
  };
  return (
    <div class="household">
      {list !== null && !list.ok && <p role="alert">{errorText(list.error.code)}</p>}
      <p class="field person-choice">
        <label for="person-select">{t('personWhose')}</label>
        <select
          id="person-select"
          value={selected}
          onChange={(e) => {
            setSelected((e.target as HTMLSelectElement).value);
            setConfirmRemove(false);
          }}
        >
          <option value="">{t('personSelf')}</option>
          {persons.map((p) => (
            <option key={p.personId} value={p.personId}>
              {personLabel(p, persons)}
            </option>
          ))}
        </select>
      </p>
      <AttributeGroups key={selected || 'self'} personId={person?.personId} onChanged={load} />
      {person && (
        <div class="actions remove-person">
          {confirmRemove ? (
            <>
              <p role="alert">{t('personRemoveConfirm', [personLabel(person, persons)])}</p>
              <button type="button" class="danger" id="remove-person-confirm" onClick={() => void remove()}>
                {t('personRemove')}
              </button>
              <button type="button" onClick={() => setConfirmRemove(false)}>
                {t('actionCancel')}
              </button>
            </>
          ) : (
            <button type="button" id="remove-person" onClick={() => setConfirmRemove(true)}>
              {t('personRemove')}
            </button>
          )}
        </div>
      )}
      <AddPerson
        onAdded={(personId) => {
          load();
          setSelected(personId);
        }}
      />
    </div>
  );
}
