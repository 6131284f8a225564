import type { InlineRun } from './markdown-blocks.ts';
import { markdownBlocks } from './markdown-blocks.ts';

const Runs = (props: { runs: readonly InlineRun[] }) => (
  <>
    {props.runs.map((run, i) =>
      run.kind === 'strong' ? (
        <strong key={i}>{run.text}</strong>
      ) : run.kind === 'em' ? (
        <em key={i}>{run.text}</em>
      ) : run.kind === 'code' ? (
        <code key={i}>{run.text}</code>
      ) : (
        run.text
      ),
    )}
  </>
);

/** The privacy policy (docs/PRIVACY.md, bundled at build time), rendered as text. */
export function PrivacyApp(props: { markdown: string }) {
  return (
    <main>
      {markdownBlocks(props.markdown).map((block, i) => {
        if (block.kind === 'heading') {
          const Heading = (['h1', 'h2', 'h3'] as const)[block.level - 1] ?? 'h3';
          return (
            <Heading key={i}>
              <Runs runs={block.runs} />
            </Heading>
          );
        }
        if (block.kind === 'list')
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>
                  <Runs runs={item} />
                </li>
              ))}
            </ul>
          );
        return (
          <p key={i}>
            <Runs runs={block.runs} />
          </p>
        );
      })}
    </main>
  );
}
