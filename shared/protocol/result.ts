import { protocolError, type ErrorCode, type ProtocolError } from './errors.ts';

/** Every response across a boundary: a value, or an error with a stable code. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ProtocolError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: protocolError(code, message) };
}
