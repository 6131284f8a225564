/**
 * Readers for computed CSS values, pure so they can be tested without a browser. Computed values come
 * from getComputedStyle, which normalises colours to rgb()/rgba() and lengths to px in both engines.
 */

export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** rgb()/rgba() in comma or space syntax; `transparent`; anything else is null (unknown). */
export function parseColor(value: string): Rgba | null {
  const v = value.trim().toLowerCase();
  if (v === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(v);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number.parseFloat(m[4]) / 100 : Number.parseFloat(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/** WCAG contrast ratio of two opaque colours, 1…21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const luminance = (c: Rgba): number => {
    const channel = (x: number): number => {
      const s = x / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Splits a computed list (`box-shadow`, `filter`) at top-level commas or spaces between functions. */
function splitTopLevel(value: string, separator: ',' | ' '): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === separator && depth === 0) {
      if (current.trim() !== '') parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

const px = (token: string): number | null => (/^-?[\d.]+(px)?$/.test(token) ? Number.parseFloat(token) : null);

export interface Shadow {
  readonly dx: number;
  readonly dy: number;
  readonly blur: number;
  readonly spread: number;
  readonly inset: boolean;
  readonly alpha: number;
}

/** A computed `box-shadow` (colour first or last, lengths in px); `none` is []. Unknown parts count as opaque. */
export function parseBoxShadows(value: string): Shadow[] {
  if (value.trim() === 'none' || value.trim() === '') return [];
  return splitTopLevel(value, ',').map((shadow) => {
    const color = /rgba?\([^)]*\)|transparent/i.exec(shadow)?.[0];
    const rest = shadow.replace(color ?? '', ' ');
    const tokens = rest.split(/\s+/).filter(Boolean);
    const inset = tokens.includes('inset');
    const lengths = tokens
      .filter((t) => t !== 'inset')
      .map(px)
      .filter((n): n is number => n !== null);
    return {
      dx: lengths[0] ?? 0,
      dy: lengths[1] ?? 0,
      blur: Math.max(0, lengths[2] ?? 0),
      spread: lengths[3] ?? 0,
      inset,
      alpha: color ? (parseColor(color)?.a ?? 1) : 1,
    };
  });
}

export interface FilterEffect {
  /** Product of opacity() functions. */
  readonly opacity: number;
  /** Why the filter hides what is under it, or null when it leaves it readable. */
  readonly hides: string | null;
  /** drop-shadow() functions, which paint outside the element like a box-shadow. */
  readonly shadows: readonly Shadow[];
}

/**
 * What a computed `filter` does to readability: opacity multiplies; a strong blur, near-black or
 * washed-out brightness, near-zero contrast or an SVG filter (url(), whose effect we cannot read) hide.
 */
export function readFilter(value: string): FilterEffect {
  if (value.trim() === 'none' || value.trim() === '') return { opacity: 1, hides: null, shadows: [] };
  let opacity = 1;
  let hides: string | null = null;
  const shadows: Shadow[] = [];
  for (const fn of splitTopLevel(value, ' ')) {
    const m = /^([a-z-]+)\((.*)\)$/i.exec(fn);
    if (!m) {
      hides = 'filter';
      continue;
    }
    const name = (m[1] as string).toLowerCase();
    const arg = (m[2] as string).trim();
    const amount = arg === '' ? 1 : arg.endsWith('%') ? Number.parseFloat(arg) / 100 : Number.parseFloat(arg);
    if (name === 'opacity') opacity *= Number.isFinite(amount) ? Math.max(0, Math.min(1, amount)) : 0;
    else if (name === 'blur') {
      if ((px(arg) ?? 99) > 2) hides = 'blur';
    } else if (name === 'brightness') {
      if (!(amount >= 0.4 && amount <= 3)) hides = 'brightness';
    } else if (name === 'contrast') {
      if (!(amount >= 0.4)) hides = 'contrast';
    } else if (name === 'invert') {
      if (amount > 0.35 && amount < 0.65) hides = 'invert';
    } else if (name === 'drop-shadow') shadows.push(...parseBoxShadows(arg));
    else if (!['grayscale', 'sepia', 'saturate', 'hue-rotate'].includes(name)) hides = name;
  }
  return { opacity, hides, shadows };
}
