import type { EidMachineConfig, EidMachineState, EidEffects, Moves } from './eid-machine-types.ts';

/** Protocol errors and unknown messages tolerated in one flow before the peer counts as hostile. */
export const MAX_NOISE_MESSAGES = 32;

const NO_EFFECTS: EidEffects = { commands: [], close: false, fetchSelfInfo: null, refusal: null, ended: null };

/** The transitions every input builds on, bound to the state they start from (docs/EID.md §4–§8). */
export function movesFrom(config: EidMachineConfig, state: EidMachineState): Moves {
  const stay: Moves['stay'] = (next = {}, effects = {}) => ({ state: { ...state, ...next }, effects: { ...NO_EFFECTS, ...effects } });
  const finish: Moves['finish'] = (step, next = {}, commands = []) =>
    stay(
      { ...next, phase: 'done', step },
      { commands, close: true, ended: step.state === 'done' ? (step.ok ? 'ok' : step.failure) : step.state },
    );
  const abort: Moves['abort'] = (failure, message) =>
    state.phase === 'done'
      ? stay()
      : finish({ state: 'done', ok: false, failure, message, refreshUrl: null }, { stoppedByUs: true }, [{ cmd: 'CANCEL' }]);
  return {
    stay,
    finish,
    abort,
    refuse: (code, message) => stay({}, { refusal: { code, message } }),
    noisy: () =>
      state.noise + 1 > MAX_NOISE_MESSAGES
        ? abort('PEER_MISBEHAVED', 'too many unexpected messages from AusweisApp')
        : stay({ noise: state.noise + 1 }),
    cardStep: (readers, { paused }) => ({ state: 'card', readers: [...readers], paused, ownAusweisApp: config.ownAusweisApp }),
  };
}
