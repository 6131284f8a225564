import { isSea } from 'node:sea';

/** True when this helper runs as the single executable (Node's SEA), not as a bundle run by Node. */
export const isSingleExecutable = (): boolean => isSea();
