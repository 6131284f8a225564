/**
 * Whether a field holds our value after a fill: written now, or already holding the very value
 * ("unchanged": a second click after the citizen chose a certificate file finds the password the first
 * wrote). One rule for the content script's submit decision and the background's sign-in count.
 */
export function holdsOurValue(outcome: { readonly outcome: string; readonly reason?: string | undefined }): boolean {
  return outcome.outcome === 'filled' || (outcome.outcome === 'skipped' && outcome.reason === 'unchanged');
}
