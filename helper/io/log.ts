/**
 * Structured log lines on stderr (stdout carries protocol frames only). The field set is closed:
 * message types, error codes, sizes and durations. There is no field for a value of the user's data,
 * so none can be logged by accident.
 */
export interface LogFields {
  readonly type?: string;
  readonly code?: string;
  readonly bytes?: number;
  readonly ms?: number;
  readonly detail?: string;
}

export type Log = (event: string, fields?: LogFields) => void;

/** Longest `detail` written; it is for codes and short reasons, not payloads. */
export const MAX_LOG_DETAIL_CHARS = 120;

export function createLog(write: (line: string) => void): Log {
  return (event, fields = {}) => {
    const line: Record<string, string | number> = { t: new Date().toISOString(), event };
    if (fields.type !== undefined) line.type = fields.type.slice(0, 64);
    if (fields.code !== undefined) line.code = fields.code.slice(0, 64);
    if (fields.bytes !== undefined) line.bytes = fields.bytes;
    if (fields.ms !== undefined) line.ms = Math.round(fields.ms * 10) / 10;
    if (fields.detail !== undefined) line.detail = fields.detail.slice(0, MAX_LOG_DETAIL_CHARS);
    write(`amtspass-helper ${JSON.stringify(line)}\n`);
  };
}
