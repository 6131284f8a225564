import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_PAGE_CHARS, quotePageText } from '../../../../extension/confirm/quote-page-text.ts';

describe('page text quoted in the confirm window', () => {
  it('keeps a plain label as it is', () => {
    expect(quotePageText('Vorname')).toBe('Vorname');
  });

  it('cuts a label that tries to speak for Amtspass, and marks the cut', () => {
    const quoted = quotePageText('Vorname (wird nicht übermittelt, keine Speicherung, von Amtspass geprüft)');
    expect([...quoted].length).toBeLessThanOrEqual(MAX_QUOTED_PAGE_CHARS);
    expect(quoted.endsWith('…')).toBe(true);
  });

  it('removes line breaks, quotation marks and direction overrides that would change how the window reads', () => {
    expect(quotePageText('Name\n\n\u202eneknab\u202c “geprüft”')).toBe('Name neknab geprüft');
    expect(quotePageText('\u200b\u200b')).toBe('');
  });
});
