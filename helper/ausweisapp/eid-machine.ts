import { act } from './eid-machine-act.ts';
import { onMessage } from './eid-machine-message.ts';
import { movesFrom } from './eid-machine-moves.ts';
import type { EidInput, EidMachineConfig, EidMachineState, EidTransition } from './eid-machine-types.ts';

export type { EidEffects, EidInput, EidMachineConfig, EidMachineState, EidPhase, EidTransition, RefusalCode } from './eid-machine-types.ts';
export { MAX_NOISE_MESSAGES } from './eid-machine-moves.ts';

/** Messages in one flow; a real RUN_AUTH has about 20. */
export const MAX_FLOW_MESSAGES = 1000;

export const INITIAL_EID_STATE: EidMachineState = {
  phase: 'idle',
  step: { state: 'working', progress: null },
  readers: [],
  rights: { required: [], optional: [] },
  pendingRights: { effective: [], requiredAge: null, transactionInfo: null },
  awaitingRightsAnswer: false,
  keptOptional: [],
  numberKind: null,
  keypad: false,
  paused: false,
  awaitingReaderList: false,
  lastSent: null,
  noise: 0,
  messages: 0,
  stoppedByUs: false,
};

/**
 * One eID flow through AusweisApp's SDK (docs/EID.md §4–§8, §6a) as a pure function: the state and one
 * input give the next state and what to do. It trusts nothing the peer says out of order: no number is
 * asked for before the citizen saw the certificate and accepted the rights (docs/SECURITY.md H6), rights
 * that change the card are refused, the certificate subject and the refresh URL must be on the portal's
 * eID origins (H7), and each number goes into exactly one SET_* right after AusweisApp asked for it, never
 * on a keypad reader, and is kept nowhere (H8: the state holds no number). A PIN change has nothing to
 * consent to, so it starts where a sign-in is after ACCEPT; CHANGE_PIN{success} ends it.
 */
export function advance(config: EidMachineConfig, state: EidMachineState, input: EidInput): EidTransition {
  const moves = movesFrom(config, state);
  switch (input.type) {
    case 'start':
      // A PIN change has nothing to consent to: card and number messages are expected at once.
      return config.purpose === 'changePin'
        ? moves.stay({ phase: 'accepted' }, { commands: [{ cmd: 'RUN_CHANGE_PIN', status: true }] })
        : moves.stay({ phase: 'started' }, { commands: [{ cmd: 'RUN_AUTH', tcTokenURL: config.tcTokenURL, status: true }] });

    case 'selfInfo':
      if (state.phase !== 'ending') return moves.stay();
      // The refresh URL of a wallet read is a bearer capability for the citizen's data: it stays here.
      return moves.finish(
        input.result.ok
          ? { state: 'done', ok: true, refreshUrl: '', selfInfo: input.result.value }
          : { state: 'done', ok: false, failure: 'PROVIDER_DATA', message: input.result.error.message, refreshUrl: null },
      );

    case 'silence':
      if (state.phase === 'done' || state.phase === 'ending') return moves.stay();
      if (input.reason === 'misbehaved') return moves.abort('PEER_MISBEHAVED', 'AusweisApp sent a frame we do not accept');
      if (input.reason === 'closed')
        return moves.finish({
          state: 'done',
          ok: false,
          failure: 'DISCONNECTED',
          message: 'AusweisApp closed the connection',
          refreshUrl: null,
        });
      return moves.abort('TIMEOUT', input.reason === 'timeout-citizen' ? 'no answer from the citizen' : 'no answer from AusweisApp');

    case 'action':
      return act(config, state, input.action, moves);

    case 'message': {
      if (state.phase === 'done' || state.phase === 'ending') return moves.stay();
      const counted = { ...state, messages: state.messages + 1 };
      const countedMoves = movesFrom(config, counted);
      if (counted.messages > MAX_FLOW_MESSAGES) return countedMoves.abort('PEER_MISBEHAVED', 'too many messages from AusweisApp');
      return onMessage(config, counted, input.message, countedMoves);
    }
  }
}
