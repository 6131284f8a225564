/** Longest page-written text the confirm window quotes; the rest is cut and marked with "…". */
export const MAX_QUOTED_PAGE_CHARS = 40;

/**
 * A page's own words made safe to quote beside Amtspass's (docs/SECURITY.md §3.1.7): whitespace
 * collapsed, control and bidirectional-override characters removed (a label must not turn the
 * window's text around or break lines), and cut short. The caller shows it inside quotation marks
 * and says whose words they are.
 */
export function quotePageText(text: string, max = MAX_QUOTED_PAGE_CHARS): string {
  const cleaned = text
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/[„“”"«»‚‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...cleaned];
  return chars.length <= max
    ? cleaned
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
