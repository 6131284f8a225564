/** A run of inline text: plain, **strong**, *emphasis* or `code`. */
export interface InlineRun {
  readonly kind: 'text' | 'strong' | 'em' | 'code';
  readonly text: string;
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly runs: readonly InlineRun[] }
  | { readonly kind: 'paragraph'; readonly runs: readonly InlineRun[] }
  | { readonly kind: 'list'; readonly items: readonly (readonly InlineRun[])[] };

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|`(.+?)`/g;

/** Inline markup of one block's text, as runs (never HTML). */
export function inlineRuns(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) runs.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) runs.push({ kind: 'strong', text: match[1] });
    else if (match[2] !== undefined) runs.push({ kind: 'em', text: match[2] });
    else runs.push({ kind: 'code', text: match[3] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

/**
 * The subset of Markdown the privacy policy uses (headings, paragraphs, "- " lists with indented
 * continuation lines, bold, italic, code), as blocks a page renders as text nodes. Pure; the policy
 * ships inside the extension so that it can be read offline and is exactly the reviewed text.
 */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = (): void => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: inlineRuns(paragraph.join(' ')) });
    if (items.length) blocks.push({ kind: 'list', items: items.map(inlineRuns) });
    paragraph = [];
    items = [];
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: (heading[1]?.length ?? 1) as 1 | 2 | 3, runs: inlineRuns(heading[2] ?? '') });
    } else if (line.startsWith('- ')) {
      if (paragraph.length) flush();
      items.push(line.slice(2));
    } else if (line === '') flush();
    else if (items.length && /^\s/.test(raw)) items[items.length - 1] += ` ${line.trim()}`;
    else {
      if (items.length) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
