import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineRuns, markdownBlocks } from '../../../../extension/privacy/markdown-blocks.ts';
import { PROJECT_ROOT } from '../../../support/project-paths.ts';

describe('privacy page Markdown', () => {
  it('reads headings, paragraphs across lines, lists with continuation lines', () => {
    expect(markdownBlocks('# T\n\nEins\nzwei\n\n- a\n  weiter\n- b\n## U')).toEqual([
      { kind: 'heading', level: 1, runs: [{ kind: 'text', text: 'T' }] },
      { kind: 'paragraph', runs: [{ kind: 'text', text: 'Eins zwei' }] },
      { kind: 'list', items: [[{ kind: 'text', text: 'a weiter' }], [{ kind: 'text', text: 'b' }]] },
      { kind: 'heading', level: 2, runs: [{ kind: 'text', text: 'U' }] },
    ]);
  });

  it('keeps markup-looking text as text: only bold, italic and code become runs', () => {
    expect(inlineRuns('**Kurz:** <img src=x> *nie* `www.autentapp.de`')).toEqual([
      { kind: 'strong', text: 'Kurz:' },
      { kind: 'text', text: ' <img src=x> ' },
      { kind: 'em', text: 'nie' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'www.autentapp.de' },
    ]);
  });

  it('renders the whole policy: German first, then English, no Markdown left in the text', () => {
    const blocks = markdownBlocks(readFileSync(join(PROJECT_ROOT, 'docs/PRIVACY.md'), 'utf8'));
    const headings = blocks
      .filter((b) => b.kind === 'heading' && b.level === 2)
      .map((b) => (b.kind === 'heading' ? b.runs.map((r) => r.text).join('') : ''));
    expect(headings).toEqual(['Deutsch', 'English']);
    const text = JSON.stringify(blocks);
    expect(text).not.toMatch(/\*\*|(^|[^\\])`|"- /);
  });
});
