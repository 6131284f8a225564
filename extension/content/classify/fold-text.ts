/**
 * Label and name text for matching (ATTRIBUTES.md §7.2): lower case, umlauts and ß folded
 * (ä→ae, ö→oe, ü→ue, ß→ss), required markers, "(optional)", "(Pflichtfeld)", a leading "ggf."
 * and punctuation removed, white space collapsed.
 */
export function foldText(text: string): string {
  return text
    .toLocaleLowerCase('de-DE')
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/\((pflichtfeld|optional|freiwillig|erforderlich|required|falls vorhanden|wenn vorhanden)\)/g, ' ')
    .replace(/^\s*(ggf\.?|ggfs\.?|gegebenenfalls)\s+/, '')
    .replace(/[*:]+/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Tokens of a `name` or `id`: split at punctuation, digits-to-letters changes and camelCase, folded.
 * `geburtsdatum.day` → [geburtsdatum, day]; `customerEmail` → [customer, email].
 */
export function nameTokens(text: string): string[] {
  return text
    .replace(/([a-zäöü])([A-ZÄÖÜ])/g, '$1 $2')
    .split(/[^A-Za-zÄÖÜäöüß0-9]+|(?<=[a-zA-Z])(?=\d)|(?<=\d)(?=[a-zA-Z])/)
    .map((token) => foldText(token))
    .filter((token) => token.length > 0);
}
