/**
 * The key one person's section of a form is spoken of by, on both sides of the tab boundary: `child|2`
 * is the second child's section (the background's plan, the page's outcomes, remembered choices).
 */
export function sectionId(section: { readonly subject: string; readonly group: number }): string {
  return `${section.subject}|${section.group}`;
}
