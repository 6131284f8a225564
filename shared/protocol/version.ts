/** Version of the message envelope. Both ends refuse a different one with PROTOCOL_VERSION_MISMATCH. */
export const PROTOCOL_VERSION = 1;
