import { CARD_CHANGING_RIGHTS, numberLengths, type EidAction, type EidStep, type NumberKind } from '../../shared/protocol/eid-messages.ts';
import type { EidMachineConfig, EidMachineState, EidTransition, Moves } from './eid-machine-types.ts';

const SET_COMMAND_OF: Readonly<Record<NumberKind, string>> = { pin: 'SET_PIN', can: 'SET_CAN', puk: 'SET_PUK', newPin: 'SET_NEW_PIN' };
const WORKING: EidStep = { state: 'working', progress: null };

/** The citizen's actions (docs/EID.md §12): each fits one step, or is refused and nothing is sent. */
export function act(
  config: EidMachineConfig,
  state: EidMachineState,
  action: Exclude<EidAction, { type: 'wait' }>,
  { stay, abort, refuse }: Moves,
): EidTransition {
  if (state.phase === 'done') return refuse('EID_WRONG_STATE', 'the flow has ended');
  const step = state.step;
  switch (action.type) {
    case 'cancel':
      return abort('CANCELLED', 'cancelled by the citizen');
    case 'accept': {
      if (step.state !== 'consent' || state.awaitingRightsAnswer) return refuse('EID_WRONG_STATE', 'nothing to accept now');
      const offered = new Set(state.rights.optional);
      const keptOptional = action.optional.filter((r) => offered.has(r) && !CARD_CHANGING_RIGHTS.has(r));
      return stay(
        { awaitingRightsAnswer: true, keptOptional, step: WORKING },
        { commands: [{ cmd: 'SET_ACCESS_RIGHTS', chat: keptOptional }] },
      );
    }
    case 'insertCard': {
      if (step.state !== 'card') return refuse('EID_WRONG_STATE', 'no card is asked for now');
      if (state.paused) return stay({ paused: false, step: WORKING }, { commands: [{ cmd: 'CONTINUE' }] });
      const reader = state.readers.find((r) => r.name === action.reader);
      if (!reader?.insertable) return refuse('EID_WRONG_STATE', 'this reader takes no virtual card');
      return stay({ step: WORKING }, { commands: [{ cmd: 'SET_CARD', name: reader.name }] });
    }
    case 'enter': {
      if (step.state !== action.kind || state.numberKind !== action.kind)
        return refuse('EID_WRONG_STATE', `no ${action.kind} is asked for now`);
      // A keypad must be used when present (TR-03124-1 §3.8): a typed number is refused, not sent.
      if (state.keypad && action.value !== undefined) return refuse('INVALID_VALUE', 'this reader has a keypad: enter the number there');
      const lengths = numberLengths(action.kind, config.purpose);
      if (!state.keypad && (action.value === undefined || !lengths.includes(action.value.length)))
        return refuse('INVALID_VALUE', `${lengths.join(' or ')} digits expected`);
      const cmd = SET_COMMAND_OF[action.kind];
      return stay(
        { numberKind: null, lastSent: action.kind, step: WORKING },
        { commands: [state.keypad ? { cmd } : { cmd, value: action.value }] },
      );
    }
  }
}
