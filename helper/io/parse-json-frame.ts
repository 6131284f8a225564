/** Deepest nesting of arrays and objects accepted in a frame; our messages need fewer than ten. */
export const MAX_JSON_DEPTH = 32;

export type ParsedFrame = { ok: true; value: unknown } | { ok: false; reason: 'utf8' | 'depth' | 'json' };

const KEYS_DROPPED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Strict UTF-8 decode, a nesting check before parsing (so later schema code never recurses deeply),
 * then JSON.parse with `__proto__`, `constructor` and `prototype` keys dropped.
 */
export function parseJsonFrame(body: Uint8Array): ParsedFrame {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return { ok: false, reason: 'utf8' };
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) return { ok: false, reason: 'depth' };
  try {
    return { ok: true, value: JSON.parse(text, (key, value: unknown) => (KEYS_DROPPED.has(key) ? undefined : value)) };
  } catch {
    return { ok: false, reason: 'json' };
  }
}

/** Maximum bracket depth outside of strings; a linear scan, no allocation. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) max = depth;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}
