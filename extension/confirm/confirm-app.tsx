import { useEffect, useState } from 'preact/hooks';
import type { ResponseOf } from '../../shared/protocol/protocol-spec.ts';
import type { Result } from '../../shared/protocol/result.ts';
import type { UiProtocol } from '../../shared/protocol/ui-protocol.ts';
import type { AttributeId } from '../../shared/vocabulary/attribute-ids.ts';
import { closeWindow } from '../platform/active-tab.ts';
import { errorText } from '../ui/error-text.ts';
import { t } from '../platform/i18n.ts';
import { requestBackground } from '../ui/background-client.ts';
import { AttributeItem } from './attribute-item.tsx';
import { SectionItem } from './section-item.tsx';
import { UnlockForm } from '../ui/unlock-form.tsx';

type View = ResponseOf<UiProtocol, 'consent.pending'>;

/** A copy of `set` with `id` in it or not: the window's tick boxes, kept as immutable state. */
function withMember(set: ReadonlySet<AttributeId>, id: AttributeId, member: boolean): Set<AttributeId> {
  const next = new Set(set);
  if (member) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * The first disclosure to a portal, confirmed outside the page (docs/SECURITY.md §3.1.7): the portal's
 * name and exact origin, every attribute with the value that would go there, its trust level and
 * source; attributes can be unticked; "für diese Adresse merken" (unticked until the citizen ticks it)
 * stores the consent for this exact origin. The window's words are Amtspass's; what the page calls a field
 * is only quoted, short, as the page's words.
 */
export function ConfirmApp(props: { pendingId: string }) {
  const [view, setView] = useState<Result<View> | null>(null);
  const [approved, setApproved] = useState<Set<AttributeId>>(new Set());
  /** The portal's prefill stays unless the citizen ticks "ersetzen" for that attribute. */
  const [replace, setReplace] = useState<Set<AttributeId>>(new Set());
  // Remembering is opt-in: one click on "Übermitteln" is consent to this fill, never a lasting one.
  const [remember, setRemember] = useState(false);
  /** Who fills each other person's section ("child|1" → a person id, or null: left empty). */
  const [choices, setChoices] = useState<Map<string, string | null>>(new Map());
  const [done, setDone] = useState<string | null>(null);
  /** Who asks, shown above the unlock form: the citizen sees the site before typing the passphrase. */
  const [asker, setAsker] = useState<{ portalName: string; origin: string } | null>(null);
  const load = (): void => {
    void requestBackground('consent.pending', { pendingId: props.pendingId }).then(async (result) => {
      if (!result.ok && result.error.code === 'LOCKED') {
        const target = await requestBackground('consent.target', { pendingId: props.pendingId });
        if (target.ok) setAsker(target.value);
      }
      setView(result);
      if (result.ok) {
        setApproved(new Set(result.value.attributes.map((a) => a.attributeId)));
        setChoices(new Map(result.value.sections.map((s) => [s.section, s.chosen])));
      }
    });
  };
  useEffect(load, [props.pendingId]);

  if (view === null) return <p role="status">{t('statusLoading')}</p>;
  if (!view.ok && view.error.code === 'LOCKED') {
    return (
      <>
        {asker && (
          <div class="portal">
            <strong id="portal-name">{asker.portalName}</strong>
            <span class="origin" id="portal-origin">
              {asker.origin}
            </span>
          </div>
        )}
        <UnlockForm onUnlocked={load} />
      </>
    );
  }
  if (!view.ok) return <p role="alert">{view.error.code === 'NOT_FOUND' ? t('confirmExpired') : errorText(view.error.code)}</p>;
  const { value } = view;
  // Asked while locked: once unlocked it can turn out that nothing stored fits this form.
  if (value.attributes.length === 0 && value.sections.length === 0)
    return (
      <p role="status" id="confirm-result">
        {t('resultNothing')}
      </p>
    );
  const sections = [...choices].map(([section, personId]) => ({ section, personId }));
  const anyone = sections.some((s) => s.personId !== null);
  const shortfall = value.attributes.some((a) => !a.meetsTrust);

  const decide = (approve: AttributeId[], mode: 'fill' | 'cancel' = 'fill'): void => {
    // Cancelling sends no section either: nothing of anyone goes into the page.
    const chosen = mode === 'cancel' ? [] : sections;
    void requestBackground('consent.decide', {
      pendingId: props.pendingId,
      approve,
      remember,
      replace: [...replace].filter((id) => approve.includes(id)),
      sections: chosen,
    }).then((result) => {
      setDone(
        result.ok
          ? result.value.status === 'filled'
            ? t('confirmFilled', [String(result.value.filled)])
            : t('confirmCancelled')
          : result.error.code === 'NOT_FOUND'
            ? t('confirmExpired')
            : errorText(result.error.code),
      );
      // A refusal stays up long enough to be read; a fill closes at once.
      setTimeout(closeWindow, result.ok ? 900 : 4000);
    });
  };
  if (done)
    return (
      <p role="status" id="confirm-result">
        {done}
      </p>
    );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        decide([...approved]);
      }}
    >
      <div class="portal">
        <strong id="portal-name">{value.portalName}</strong>
        <span class="origin" id="portal-origin">
          {value.origin}
        </span>
      </div>
      <p>{t('confirmIntro')}</p>
      {shortfall && (
        <div class="warning" role="note" id="trust-warning">
          <p>{t('confirmTrustShortfall', [t(`trust_${value.requiredTrust}`)])}</p>
          {/* The wallet read opens its own window; this request stays open and can be answered after it. */}
          <button type="button" id="read-card" onClick={() => void requestBackground('eid.readCard', {})}>
            {t('popupReadCard')}
          </button>
        </div>
      )}
      <ul class="items">
        {value.attributes.map((attribute) => (
          <AttributeItem
            key={attribute.attributeId}
            attribute={attribute}
            checked={approved.has(attribute.attributeId)}
            onToggle={(checked) => setApproved(withMember(approved, attribute.attributeId, checked))}
            replace={replace.has(attribute.attributeId)}
            onReplace={(chosen) => setReplace(withMember(replace, attribute.attributeId, chosen))}
          />
        ))}
      </ul>
      {value.sections.length > 0 && (
        <>
          <p id="sections-intro">{t('confirmSectionsIntro')}</p>
          <ul class="sections" aria-labelledby="sections-intro">
            {value.sections.map((section) => (
              <SectionItem
                key={section.section}
                section={section}
                chosen={choices.get(section.section) ?? null}
                onChoose={(personId) => setChoices(new Map(choices).set(section.section, personId))}
              />
            ))}
          </ul>
        </>
      )}
      <label class="remember">
        <input type="checkbox" id="remember" checked={remember} onChange={(e) => setRemember((e.target as HTMLInputElement).checked)} />{' '}
        {t('confirmRemember')}
      </label>
      {/* Remembering covers the citizen's own data; a child's is confirmed every time (docs/SECURITY.md §3.1). */}
      {value.sections.length > 0 && (
        <p class="meta" id="remember-own-only">
          {t('confirmRememberOwnOnly')}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" id="approve" disabled={approved.size === 0 && !anyone}>
          {t('confirmApprove')}
        </button>
        <button type="button" id="cancel" onClick={() => decide([], 'cancel')}>
          {t('confirmCancel')}
        </button>
      </div>
    </form>
  );
}
