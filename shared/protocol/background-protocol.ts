import { contentProtocol } from './content-protocol.ts';
import { uiProtocol } from './ui-protocol.ts';

/** Everything the background router accepts: the content table and the UI table, no type in both. */
export const backgroundProtocol = { ...contentProtocol, ...uiProtocol } as const;
export type BackgroundProtocol = typeof backgroundProtocol;
