import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly targets: string[];
}

/**
 * axe-core with the WCAG 2.1 A/AA rules, evaluated in the page as a string: the CDP evaluation is not
 * subject to the extension pages' CSP (`script-src 'self'`), so nothing is added to the extension.
 */
export async function runAxe(page: { evaluate(expression: string): Promise<unknown> }): Promise<AxeViolation[]> {
  const expression = `${source}
;axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, targets: v.nodes.map((n) => n.target.join(' ')) })))`;
  return (await page.evaluate(expression)) as AxeViolation[];
}
