import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** How the fake answers the handshake: as AusweisApp, refusing (429/409/503), or as a port squatter. */
export type FakeSdkMode = 'ausweisapp' | 'busy-429' | 'busy-409' | 'disabled-503' | 'squatter';

/** Injected misbehaviour (docs/EID.md §13, docs/SECURITY.md H6/H7). */
export type FakeSdkFault =
  | 'network'
  | 'race'
  | 'no-greeting'
  | 'pin-before-rights'
  | 'binary-frame'
  | 'huge-frame'
  | 'flood'
  | 'unknown-messages'
  | 'disconnect-after-accept'
  | 'silent'
  | 'foreign-subject'
  | 'cross-origin-refresh'
  | 'http-refresh'
  | 'write-rights'
  | 'huge-terms'
  | 'card-removed'
  | 'pause';

export interface FakeSdkOptions {
  readonly mode?: FakeSdkMode;
  /** 1.26.2: API [1,2], no `reason`, refresh URL without ResultMajor; 2.5: [1,2,3], `reason`, Origin refused. */
  readonly persona?: '1.26.2' | '2.5';
  /** A keypad reader never takes a value; a basic reader needs one (the PIN-hygiene case H8). */
  readonly reader?: 'keypad' | 'basic';
  readonly pin?: string;
  /** A new card: its PIN is still this five-digit Transport-PIN (RUN_CHANGE_PIN replaces it). */
  readonly transportPin?: string;
  readonly can?: string;
  readonly puk?: string;
  readonly retryCounter?: number;
  /** The PUK is used up: ENTER_PUK comes with `inoperative: true`. */
  readonly pukInoperative?: boolean;
  readonly subjectUrl?: string;
  readonly fault?: FakeSdkFault;
  /**
   * A smartphone paired as a card reader, listed as AusweisApp lists one: by its device name, attached,
   * no virtual card, PIN entry on the phone (keypad) (docs/EID.md §10a).
   */
  readonly pairedPhone?: string;
  /** This many first GET_READER_LISTs of each client are answered with no readers, as a busy AusweisApp may. */
  readonly emptyReaderLists?: number;
  /** Stays busy (429) this long after a client left, as real AusweisApp does for a moment (docs/EID.md §2). */
  readonly busyAfterCloseMs?: number;
}

export interface FakeSdkServer {
  readonly port: number;
  /** Request headers of every connection attempt (to check: no Origin, our User-Agent). */
  readonly handshakes: IncomingHttpHeaders[];
  /** Every command received, in order (the recorder of docs/EID.md §13). */
  readonly commands: Record<string, unknown>[];
  /** Every raw text frame received, to grep for canaries. */
  readonly frames: string[];
  /** Every message sent, by name, in order. */
  readonly sent: string[];
  close(): Promise<void>;
}

/** VersionInfo exactly as AusweisApp2 1.26.2 on Debian sends it (docs/EID.md §5). */
export const AUSWEISAPP_1_26_2_INFO = {
  Name: 'AusweisApp2',
  'Implementation-Title': 'AusweisApp2',
  'Implementation-Vendor': '',
  'Implementation-Version': '1.26.2',
  'Specification-Title': 'TR-03124-1',
  'Specification-Vendor': 'Federal Office for Information Security',
  'Specification-Version': '1.3',
};
const AUSWEISAPP_2_5_INFO = {
  ...AUSWEISAPP_1_26_2_INFO,
  Name: 'AusweisApp',
  'Implementation-Title': 'AusweisApp',
  'Implementation-Version': '2.5.3',
  'Specification-Version': '1.4',
};

const MAJOR = 'http://www.bsi.bund.de/ecard/api/1.1/resultmajor#';
const MINOR = 'http://www.bsi.bund.de/ecard/api/1.1/resultminor/';
export const FAKE_REQUIRED_RIGHTS = ['FamilyName', 'GivenNames', 'DocumentType'];
export const FAKE_OPTIONAL_RIGHTS = ['Address', 'Nationality', 'PlaceOfBirth', 'DateOfBirth', 'Pseudonym', 'AgeVerification'];

/**
 * A protocol-faithful stand-in for AusweisApp's SDK WebSocket (docs/EID.md §4–§9, §13): the handshake
 * refusals, the greeting, INFO/API_LEVEL, the RUN_AUTH order of §6 with its error strings, keypad and
 * basic readers with the PIN state machine (retry counter, CAN at 1, PUK at 0, inoperative PUK),
 * CANCEL, and the faults a hostile or broken peer shows.
 */
export async function startFakeSdkServer(modeOrOptions: FakeSdkMode | FakeSdkOptions = 'ausweisapp'): Promise<FakeSdkServer> {
  const options: FakeSdkOptions = typeof modeOrOptions === 'string' ? { mode: modeOrOptions } : modeOrOptions;
  const mode = options.mode ?? 'ausweisapp';
  const persona = options.persona ?? '1.26.2';
  const handshakes: IncomingHttpHeaders[] = [];
  const commands: Record<string, unknown>[] = [];
  const frames: string[] = [];
  const sent: string[] = [];
  let busy = false;
  const server = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    path: '/eID-Kernel',
    maxPayload: 1024 * 1024,
    verifyClient: (info, done) => {
      handshakes.push(info.req.headers);
      if (mode === 'busy-429' || busy) done(false, 429, 'Too Many Requests');
      else if (mode === 'busy-409') done(false, 409, 'Conflict');
      else if (mode === 'disabled-503') done(false, 503, 'Service Unavailable');
      else if (persona === '2.5' && info.req.headers.origin !== undefined) done(false, 403, 'Forbidden');
      else done(true);
    },
  });
  server.on('headers', (headers) =>
    headers.push(mode === 'squatter' ? 'Server: nginx' : persona === '2.5' ? 'Server: AusweisApp/2.5.3' : 'Server: AusweisApp2/1.26.2'),
  );
  server.on('connection', (socket: WebSocket) => {
    busy = true;
    socket.on('close', () => {
      if (options.busyAfterCloseMs) setTimeout(() => (busy = false), options.busyAfterCloseMs);
      else busy = false;
    });
    const send = (message: Record<string, unknown>): void => {
      if (socket.readyState !== socket.OPEN) return;
      sent.push(String(message.msg));
      socket.send(JSON.stringify(message));
    };
    const keypad = (options.reader ?? 'keypad') === 'keypad';
    const card = { state: 'none' as 'none' | 'inserted', retryCounter: options.retryCounter ?? 3, canOk: false };
    const reader = (): Record<string, unknown> => ({
      name: keypad ? 'Simulator' : 'Basisleser',
      attached: true,
      insertable: true,
      keypad,
      card:
        card.state === 'inserted'
          ? { deactivated: false, inoperative: options.pukInoperative === true && card.retryCounter === 0, retryCounter: card.retryCounter }
          : null,
    });
    let workflow: 'none' | 'started' | 'rights' | 'card' | 'number' | 'working' = 'none';
    let expecting: 'ENTER_PIN' | 'ENTER_CAN' | 'ENTER_PUK' | 'ENTER_NEW_PIN' = 'ENTER_PIN';
    /** RUN_CHANGE_PIN is running (its messages are CHANGE_PIN, not AUTH). */
    let changing = false;
    let listedEmpty = 0;
    let currentPin = options.transportPin ?? options.pin ?? '123456';
    let level = 1;
    let paused = false;
    let optional = [...FAKE_OPTIONAL_RIGHTS];
    const required = options.fault === 'write-rights' ? [...FAKE_REQUIRED_RIGHTS, 'WriteAddress'] : FAKE_REQUIRED_RIGHTS;
    let tokenOrigin = 'https://127.0.0.1:8443';
    const sid = Math.random().toString(16).slice(2, 10);
    const refreshUrl = (): string => {
      if (options.fault === 'cross-origin-refresh') return `https://evil.test/refresh?sid=${sid}`;
      if (options.fault === 'http-refresh') return `${tokenOrigin.replace('https:', 'http:')}/refresh?sid=${sid}`;
      return `${tokenOrigin}/refresh?sid=${sid}`;
    };
    const end = (ok: boolean, minor?: string, reason?: string, withUrl = true): void => {
      workflow = 'none';
      card.state = 'none';
      if (changing) {
        changing = false;
        return send({ msg: 'CHANGE_PIN', success: ok, ...(persona === '2.5' && reason ? { reason } : {}) });
      }
      const result: Record<string, unknown> = ok
        ? { major: `${MAJOR}ok` }
        : {
            major: `${MAJOR}error`,
            minor: `${MINOR}${minor ?? 'al/common#unknownError'}`,
            language: 'en',
            description: 'x',
            message: `failed: ${minor ?? ''}`,
          };
      if (persona === '2.5' && reason) result.reason = reason;
      let url = withUrl ? refreshUrl() : undefined;
      if (url && persona === '2.5') url += `&ResultMajor=${ok ? 'ok' : 'error'}`;
      send({ msg: 'AUTH', result, ...(url ? { url } : {}) });
    };
    const askNumber = (): void => {
      workflow = 'number';
      expecting = card.retryCounter === 0 ? 'ENTER_PUK' : card.retryCounter === 1 && !card.canOk ? 'ENTER_CAN' : 'ENTER_PIN';
      send({ msg: expecting, reader: reader() });
    };
    const succeed = (): void => {
      workflow = 'working';
      for (const progress of [20, 60, 100]) send({ msg: 'STATUS', progress, state: null, workflow: 'AUTH' });
      card.state = 'none';
      send({ msg: 'READER', ...reader() });
      end(true);
    };
    const rightsMessage = (): Record<string, unknown> => ({
      msg: 'ACCESS_RIGHTS',
      aux: { ageVerificationDate: '2008-11-22', requiredAge: '18' },
      transactionInfo: 'mock transaction 42',
      chat: { required, optional: FAKE_OPTIONAL_RIGHTS, effective: [...optional, ...required] },
    });
    if (options.fault !== 'no-greeting') {
      send({ msg: 'READER', name: 'Simulator', insertable: false, attached: true, keypad: true, card: null });
    }
    socket.on('message', (data, isBinary) => {
      const text = isBinary ? '' : Buffer.isBuffer(data) ? data.toString('utf8') : '';
      frames.push(text);
      let command: Record<string, unknown>;
      try {
        command = JSON.parse(text) as Record<string, unknown>;
      } catch (error) {
        send({ msg: 'INVALID', error: String((error as Error).message).slice(0, 80) });
        return;
      }
      commands.push(command);
      const cmd = command.cmd;
      if (typeof cmd !== 'string') return send({ msg: 'INVALID', error: 'Command cannot be undefined' });
      if (mode === 'squatter') {
        if (cmd === 'GET_INFO') send({ msg: 'INFO', VersionInfo: { Name: 'Totally AusweisApp', 'Implementation-Title': 'nginx' } });
        // A squatter asks for the PIN at once, with no certificate or rights (H6).
        send({
          msg: 'ENTER_PIN',
          reader: { name: 'Simulator', attached: true, insertable: false, keypad: false, card: { retryCounter: 3 } },
        });
        return;
      }
      switch (cmd) {
        case 'GET_INFO':
          return send({ msg: 'INFO', VersionInfo: persona === '2.5' ? AUSWEISAPP_2_5_INFO : AUSWEISAPP_1_26_2_INFO });
        case 'GET_API_LEVEL':
          return send({ msg: 'API_LEVEL', available: persona === '2.5' ? [1, 2, 3] : [1, 2], current: level });
        case 'SET_API_LEVEL': {
          const wanted = command.level;
          const available = persona === '2.5' ? [1, 2, 3] : [1, 2];
          if (typeof wanted !== 'number' || !available.includes(wanted))
            return send({ msg: 'API_LEVEL', current: level, error: 'Unknown level' });
          level = wanted;
          return send({ msg: 'API_LEVEL', available, current: level });
        }
        case 'GET_READER_LIST': {
          if (listedEmpty < (options.emptyReaderLists ?? 0)) {
            listedEmpty++;
            return send({ msg: 'READER_LIST', readers: [] });
          }
          const phone = options.pairedPhone
            ? [{ name: options.pairedPhone, attached: true, insertable: false, keypad: true, card: null }]
            : [];
          return send({ msg: 'READER_LIST', readers: [reader(), ...phone] });
        }
        case 'RUN_AUTH': {
          if (workflow !== 'none') return send({ msg: 'BAD_STATE', error: 'RUN_AUTH' });
          if (command.developerMode !== undefined) commands.push({ note: 'developerMode seen' });
          if (typeof command.tcTokenURL !== 'string') return send({ msg: 'AUTH', error: 'tcTokenURL cannot be undefined' });
          try {
            tokenOrigin = new URL(command.tcTokenURL).origin;
          } catch {
            return send({ msg: 'AUTH', error: 'Validation of tcTokenURL failed' });
          }
          workflow = 'started';
          send({ msg: 'AUTH' });
          send({ msg: 'STATUS', progress: 0, state: null, workflow: 'AUTH' });
          switch (options.fault) {
            case 'network':
              send({ msg: 'STATUS', progress: 80, state: null, workflow: 'AUTH' });
              return end(false, 'dp#trustedChannelEstablishmentFailed', 'Get_TcToken_Network_Error', false);
            case 'pin-before-rights':
              return send({ msg: 'ENTER_PIN', reader: reader() });
            case 'binary-frame':
              return socket.send(Buffer.from([0, 1, 2, 3]), { binary: true });
            case 'huge-frame':
              return socket.send(JSON.stringify({ msg: 'STATUS', padding: 'x'.repeat(2 * 1024 * 1024) }));
            case 'flood':
              for (let i = 0; i < 5000; i++) socket.send(JSON.stringify({ msg: 'BAD_STATE', error: 'FLOOD' }));
              return;
            case 'unknown-messages':
              for (let i = 0; i < 100; i++) socket.send(JSON.stringify({ msg: `WHATEVER_${i}` }));
              return;
            case 'silent':
              return;
            default:
              workflow = 'rights';
              return send(rightsMessage());
          }
        }
        case 'RUN_CHANGE_PIN':
          if (workflow !== 'none') return send({ msg: 'BAD_STATE', error: 'RUN_CHANGE_PIN' });
          workflow = 'card';
          changing = true;
          send({ msg: 'CHANGE_PIN' });
          return send({ msg: 'INSERT_CARD' });
        case 'SET_NEW_PIN': {
          if (workflow !== 'number' || expecting !== 'ENTER_NEW_PIN') return send({ msg: 'BAD_STATE', error: cmd });
          const value = command.value;
          if (keypad) {
            if (value !== undefined) return send({ msg: 'ENTER_NEW_PIN', error: 'Value cannot be defined', reader: reader() });
            return end(true);
          }
          if (typeof value !== 'string' || !/^[0-9]{6}$/.test(value))
            return send({ msg: 'ENTER_NEW_PIN', error: 'You must provide 6 digits', reader: reader() });
          currentPin = value;
          return end(true);
        }
        case 'GET_CERTIFICATE': {
          if (workflow !== 'rights') return send({ msg: 'BAD_STATE', error: 'GET_CERTIFICATE' });
          const subjectUrl = options.fault === 'foreign-subject' ? 'https://evil.test' : (options.subjectUrl ?? tokenOrigin);
          const terms =
            options.fault === 'huge-terms'
              ? 'T'.repeat(900_000)
              : 'Name, Anschrift und E-Mail-Adresse des Diensteanbieters:\nMock eID Service';
          return send({
            msg: 'CERTIFICATE',
            description: {
              issuerName: 'Mock DVCA (loopback)',
              issuerUrl: `${tokenOrigin}/`,
              subjectName: 'Mock eID Service',
              subjectUrl,
              purpose: 'Anmeldung am Portal',
              termsOfUsage: terms,
            },
            validity: { effectiveDate: '2026-11-01', expirationDate: '2027-12-31' },
          });
        }
        case 'SET_ACCESS_RIGHTS': {
          if (workflow !== 'rights') return send({ msg: 'BAD_STATE', error: 'SET_ACCESS_RIGHTS' });
          const chat = command.chat;
          if (!Array.isArray(chat) || !chat.every((r) => FAKE_OPTIONAL_RIGHTS.includes(String(r))))
            return send({ ...rightsMessage(), error: 'Invalid data' });
          optional = chat.map(String);
          return send(rightsMessage());
        }
        case 'ACCEPT':
          if (workflow !== 'rights') return send({ msg: 'BAD_STATE', error: 'ACCEPT' });
          if (options.fault === 'disconnect-after-accept') return socket.terminate();
          workflow = 'card';
          return send({ msg: 'INSERT_CARD' });
        case 'SET_CARD':
          if (level < 2) return send({ msg: 'UNKNOWN_COMMAND', error: 'SET_CARD' });
          if (workflow !== 'card') return send({ msg: 'BAD_STATE', error: 'SET_CARD' });
          card.state = 'inserted';
          send({ msg: 'READER', ...reader() });
          // The 1.26.2 Simulator race (docs/EID.md §9): unknownError right after SET_CARD, no ENTER_PIN.
          if (options.fault === 'race') return end(false, 'al/common#unknownError', 'Card_Communication_Error');
          // Level 3 (2.2+): a badly placed card pauses the workflow until CONTINUE (docs/EID.md §3).
          if (options.fault === 'pause' && level >= 3) {
            paused = true;
            return send({ msg: 'PAUSE', cause: 'BadCardPosition' });
          }
          return askNumber();
        case 'CONTINUE':
          if (level < 3) return send({ msg: 'UNKNOWN_COMMAND', error: 'CONTINUE' });
          if (!paused) return send({ msg: 'BAD_STATE', error: 'CONTINUE' });
          paused = false;
          return askNumber();
        case 'SET_PIN':
        case 'SET_CAN':
        case 'SET_PUK': {
          const asked = { SET_PIN: 'ENTER_PIN', SET_CAN: 'ENTER_CAN', SET_PUK: 'ENTER_PUK' }[cmd];
          if (workflow !== 'number' || expecting !== asked) return send({ msg: 'BAD_STATE', error: cmd });
          const value = command.value;
          const again = (error: string): void => send({ msg: expecting, error, reader: reader() });
          // In a PIN change a right PIN leads to the new one (docs/EID.md §6a).
          const pinRight = (): void => {
            if (!changing) return succeed();
            expecting = 'ENTER_NEW_PIN';
            send({ msg: 'ENTER_NEW_PIN', reader: reader() });
          };
          if (keypad)
            return value !== undefined
              ? again('Value cannot be defined')
              : cmd === 'SET_PUK'
                ? ((card.retryCounter = 3), askNumber())
                : cmd === 'SET_CAN'
                  ? ((card.canOk = true), askNumber())
                  : pinRight();
          if (value === undefined) return again('Value cannot be undefined');
          if (typeof value !== 'string') return again('Invalid value');
          const digits = cmd === 'SET_PUK' ? '10' : cmd === 'SET_PIN' && changing ? '5,6' : '6';
          if (!new RegExp(`^[0-9]{${digits}}$`).test(value)) return again(`You must provide ${digits} digits`);
          if (options.fault === 'card-removed') {
            card.state = 'none';
            send({ msg: 'READER', ...reader() });
            return end(false, 'al/common#unknownError', 'Card_Removed');
          }
          if (cmd === 'SET_CAN') {
            card.canOk = value === (options.can ?? '654321');
            return askNumber();
          }
          if (cmd === 'SET_PUK') {
            if (value === (options.puk ?? '1234567890')) card.retryCounter = 3;
            return askNumber();
          }
          if (value === currentPin) return pinRight();
          card.retryCounter = Math.max(0, card.retryCounter - 1);
          card.canOk = false;
          return askNumber();
        }
        case 'CANCEL':
          if (workflow === 'none') return send({ msg: 'BAD_STATE', error: 'CANCEL' });
          return end(false, 'sal#cancellationByUser', changing ? 'Change_Pin_User_Cancelled' : 'User_Cancelled');
        default:
          return send({ msg: 'UNKNOWN_COMMAND', error: cmd });
      }
    });
  });
  await new Promise<void>((done) => server.once('listening', done));
  return {
    port: (server.address() as AddressInfo).port,
    handshakes,
    commands,
    frames,
    sent,
    close: () =>
      new Promise((done) => {
        for (const client of server.clients) client.terminate();
        server.close(() => done());
      }),
  };
}
