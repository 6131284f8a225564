/**
 * The Steuerliche Identifikationsnummer (§ 139b AO) as stored: eleven digits without spaces, first
 * digit not 0, check digit by ISO 7064 MOD 11,10; null if invalid.
 */
export function normaliseTaxId(raw: string): string | null {
  const digits = raw.replace(/[\s/.-]/g, '');
  if (!/^[1-9]\d{10}$/.test(digits)) return null;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (Number(digits[i]) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits[10]) ? digits : null;
}
