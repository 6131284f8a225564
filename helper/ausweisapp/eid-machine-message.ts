import * as v from 'valibot';
import {
  ACCESS_RIGHTS,
  CARD_CHANGING_RIGHTS,
  type AccessRight,
  type EidReader,
  type NumberKind,
} from '../../shared/protocol/eid-messages.ts';
import { httpsOriginOf } from '../../shared/domain/origin.ts';
import { failureOf, withResultMajor } from './auth-result.ts';
import type { EidMachineConfig, EidMachineState, EidTransition, Moves } from './eid-machine-types.ts';
import {
  AccessRightsMessageSchema,
  AuthMessageSchema,
  CertificateMessageSchema,
  ChangePinMessageSchema,
  EnterNumberMessageSchema,
  ReaderListMessageSchema,
  ReaderMessageSchema,
  StatusMessageSchema,
  type SdkMessage,
  type SdkReader,
} from './sdk-messages.ts';

const NUMBER_KIND_OF: Readonly<Record<string, NumberKind>> = {
  ENTER_PIN: 'pin',
  ENTER_CAN: 'can',
  ENTER_PUK: 'puk',
  ENTER_NEW_PIN: 'newPin',
};

const isRight = (name: string): name is AccessRight => (ACCESS_RIGHTS as readonly string[]).includes(name);

function toReader(reader: SdkReader): EidReader {
  const card = reader.card;
  return {
    name: reader.name,
    attached: reader.attached,
    insertable: reader.insertable,
    keypad: reader.keypad,
    card: card ? { retryCounter: card.retryCounter ?? null, deactivated: card.deactivated, inoperative: card.inoperative } : null,
  };
}

/** One message from AusweisApp (docs/EID.md §5), read only where the flow expects it. */
export function onMessage(config: EidMachineConfig, state: EidMachineState, message: SdkMessage, moves: Moves): EidTransition {
  const { stay, finish, abort, noisy, cardStep } = moves;
  switch (message.msg) {
    case 'AUTH': {
      if (config.purpose === 'changePin') return noisy();
      const auth = v.safeParse(AuthMessageSchema, message);
      if (!auth.success) return abort('PEER_MISBEHAVED', 'malformed AUTH');
      if (auth.output.error !== undefined && state.phase === 'started') {
        return finish({ state: 'done', ok: false, failure: 'NETWORK', message: auth.output.error.slice(0, 512), refreshUrl: null });
      }
      const result = auth.output.result;
      if (!result || state.stoppedByUs) return stay();
      const url = auth.output.url && httpsOriginOf(auth.output.url) ? auth.output.url : null;
      const allowedUrl = url !== null && config.allowedOrigins.has(httpsOriginOf(url) as string) ? withResultMajor(url, result) : null;
      if (!result.major.endsWith('#ok')) {
        return finish({
          state: 'done',
          ok: false,
          failure: failureOf(result),
          message: (result.message ?? '').slice(0, 512),
          refreshUrl: allowedUrl,
        });
      }
      if (allowedUrl === null)
        return finish({
          state: 'done',
          ok: false,
          failure: 'REFRESH_NOT_ALLOWED',
          message: 'refresh address not on an eID origin of this portal',
          refreshUrl: null,
        });
      if (config.purpose === 'signin') return finish({ state: 'done', ok: true, refreshUrl: allowedUrl, selfInfo: null });
      return stay({ phase: 'ending' }, { close: true, fetchSelfInfo: allowedUrl });
    }
    case 'CHANGE_PIN': {
      if (config.purpose !== 'changePin') return noisy();
      const parsed = v.safeParse(ChangePinMessageSchema, message);
      if (!parsed.success) return abort('PEER_MISBEHAVED', 'malformed CHANGE_PIN');
      // The bare CHANGE_PIN only says the workflow started.
      if (parsed.output.success === undefined || state.stoppedByUs) return stay();
      if (parsed.output.success) return finish({ state: 'done', ok: true, refreshUrl: '', selfInfo: null });
      const reason = (parsed.output.reason ?? '').slice(0, 512);
      return finish({
        state: 'done',
        ok: false,
        failure: /User_Cancelled/i.test(reason) ? 'CANCELLED' : 'PIN_NOT_CHANGED',
        message: reason,
        refreshUrl: null,
      });
    }
    case 'ACCESS_RIGHTS': {
      const parsed = v.safeParse(AccessRightsMessageSchema, message);
      if (!parsed.success) return abort('PEER_MISBEHAVED', 'malformed ACCESS_RIGHTS');
      if (parsed.output.error !== undefined) return abort('RIGHTS_NOT_ALLOWED', 'AusweisApp refused the chosen rights');
      const { chat } = parsed.output;
      if (![...chat.required, ...chat.optional, ...chat.effective].every(isRight))
        return abort('RIGHTS_NOT_ALLOWED', 'unknown access right requested');
      if (chat.required.some((r) => CARD_CHANGING_RIGHTS.has(r as AccessRight)))
        return abort('RIGHTS_NOT_ALLOWED', 'a right that changes the card is required');
      if (state.phase === 'started') {
        return stay(
          {
            phase: 'rights',
            rights: { required: chat.required as AccessRight[], optional: chat.optional as AccessRight[] },
            pendingRights: {
              effective: chat.effective as AccessRight[],
              requiredAge: parsed.output.aux?.requiredAge ?? null,
              transactionInfo: parsed.output.transactionInfo ?? null,
            },
          },
          { commands: [{ cmd: 'GET_CERTIFICATE' }] },
        );
      }
      if (state.phase === 'consent' && state.awaitingRightsAnswer) {
        const allowed = new Set([...state.rights.required, ...state.keptOptional]);
        if (!chat.effective.every((r) => allowed.has(r as AccessRight)))
          return abort('RIGHTS_NOT_ALLOWED', 'AusweisApp kept rights the citizen removed');
        return stay({ phase: 'accepted', awaitingRightsAnswer: false }, { commands: [{ cmd: 'ACCEPT' }] });
      }
      return stay();
    }
    case 'CERTIFICATE': {
      if (state.phase !== 'rights') return noisy();
      const parsed = v.safeParse(CertificateMessageSchema, message);
      if (!parsed.success) return abort('PEER_MISBEHAVED', 'malformed CERTIFICATE');
      const { description, validity } = parsed.output;
      const subjectOrigin = httpsOriginOf(description.subjectUrl);
      if (subjectOrigin === null || !config.allowedOrigins.has(subjectOrigin)) {
        return abort(
          'SUBJECT_NOT_ALLOWED',
          `certificate subject ${description.subjectUrl.slice(0, 200)} is not an eID origin of this portal`,
        );
      }
      const { effective, requiredAge, transactionInfo } = state.pendingRights;
      return stay({
        phase: 'consent',
        step: {
          state: 'consent',
          certificate: {
            issuerName: description.issuerName,
            issuerUrl: description.issuerUrl,
            subjectName: description.subjectName,
            subjectUrl: description.subjectUrl,
            purpose: description.purpose,
            termsOfUsage: description.termsOfUsage,
            effectiveDate: validity.effectiveDate,
            expirationDate: validity.expirationDate,
          },
          required: [...state.rights.required],
          optional: state.rights.optional.filter((r) => !CARD_CHANGING_RIGHTS.has(r)),
          effective: effective.filter((r) => !CARD_CHANGING_RIGHTS.has(r)),
          requiredAge,
          transactionInfo,
        },
      });
    }
    case 'INSERT_CARD':
      if (state.phase !== 'accepted') return abort('PEER_MISBEHAVED', 'INSERT_CARD before the citizen accepted');
      return stay({ awaitingReaderList: true }, { commands: [{ cmd: 'GET_READER_LIST' }] });
    case 'READER': {
      const parsed = v.safeParse(ReaderMessageSchema, message);
      if (!parsed.success) return noisy();
      const reader = toReader(parsed.output);
      const readers = [...state.readers.filter((r) => r.name !== reader.name), reader].slice(-16);
      return stay({ readers, ...(state.step.state === 'card' ? { step: cardStep(readers, { paused: state.paused }) } : {}) });
    }
    case 'READER_LIST': {
      const parsed = v.safeParse(ReaderListMessageSchema, message);
      if (!parsed.success) return noisy();
      const readers = parsed.output.readers.map(toReader);
      if (state.step.state === 'card' || state.awaitingReaderList)
        return stay({ readers, awaitingReaderList: false, step: cardStep(readers, { paused: state.paused }) });
      return stay({ readers });
    }
    case 'ENTER_PIN':
    case 'ENTER_CAN':
    case 'ENTER_PUK':
    case 'ENTER_NEW_PIN': {
      // A number is asked for only after the citizen saw the certificate and accepted (H6).
      if (state.phase !== 'accepted') return abort('PEER_MISBEHAVED', `${message.msg} before the citizen accepted`);
      const parsed = v.safeParse(EnterNumberMessageSchema, message);
      if (!parsed.success) return abort('PEER_MISBEHAVED', `malformed ${message.msg}`);
      const reader = parsed.output.reader;
      if (message.msg === 'ENTER_PUK' && reader?.card?.inoperative) return abort('CARD_BLOCKED', 'the PUK is used up');
      if (message.msg === 'ENTER_NEW_PIN' && config.purpose !== 'changePin')
        return abort('PEER_MISBEHAVED', 'ENTER_NEW_PIN outside a PIN change');
      const numberKind = NUMBER_KIND_OF[message.msg] as NumberKind;
      const keypad = reader?.keypad ?? false;
      // AusweisApp 2.3 asks again without `error` after a wrong PIN (docs/EID.md §5): being asked for
      // the number just sent is itself the sign that it was wrong (after a right CAN or PUK, the PIN is not).
      const invalid = parsed.output.error !== undefined || state.lastSent === numberKind;
      return stay({ numberKind, keypad, step: { state: numberKind, keypad, retryCounter: reader?.card?.retryCounter ?? null, invalid } });
    }
    case 'PAUSE':
      if (config.apiLevel < 3 || state.phase !== 'accepted') return noisy();
      return stay({ paused: true, step: cardStep(state.readers, { paused: true }) });
    case 'STATUS': {
      const parsed = v.safeParse(StatusMessageSchema, message);
      if (parsed.success && state.step.state === 'working') return stay({ step: { state: 'working', progress: parsed.output.progress } });
      return stay();
    }
    default:
      return noisy();
  }
}
