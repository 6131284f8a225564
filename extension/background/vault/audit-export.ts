import type { ListedAuditEntry } from '../../../shared/domain/audit-entry.ts';
import { formatTimestampDateTime, type TimestampOptions } from '../../../shared/vocabulary/format-timestamp.ts';

const CSV_COLUMNS = ['seq', 'time', 'datum', 'portalId', 'origin', 'kind', 'outcome', 'attributeIds', 'persons'] as const;

/** The disclosure log as a JSON document (GDPR Art. 15/20 copy). */
export function auditToJson(entries: readonly ListedAuditEntry[], exportedAt: number): string {
  return `${JSON.stringify({ format: 'amtspass-audit-log', exportedAt: new Date(exportedAt).toISOString(), entries: entries.map((e) => ({ ...e, time: new Date(e.time).toISOString() })) }, null, 2)}\n`;
}

/**
 * The same as CSV (RFC 4180), one line per entry; attribute ids joined by spaces. `time` is ISO for
 * programs, `datum` is `TT.MM.JJJJ, hh:mm` in the device's zone for the citizen reading it.
 */
export function auditToCsv(entries: readonly ListedAuditEntry[], options: TimestampOptions = {}): string {
  const cell = (value: string): string => (/[",\r\n]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const rows = entries.map((e) =>
    [
      String(e.seq),
      new Date(e.time).toISOString(),
      formatTimestampDateTime(e.time, options),
      e.portalId,
      e.origin,
      e.kind,
      e.outcome,
      e.attributeIds.join(' '),
      (e.persons ?? []).join('; '),
    ]
      .map(cell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}
