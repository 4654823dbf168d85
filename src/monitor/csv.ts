/** A table twin as CSV for a Dutch spreadsheet: `;` between fields, a decimal comma, UTF-8 with a BOM so Excel reads the accents. */

export type Cel = string | number | null;

function veld(waarde: Cel): string {
  if (waarde === null) return '';
  const tekst = typeof waarde === 'number' ? String(waarde).replace('.', ',') : waarde;
  return /[";\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

export function naarCsv(koppen: readonly string[], rijen: readonly (readonly Cel[])[]): string {
  return `\ufeff${[koppen, ...rijen].map((r) => r.map(veld).join(';')).join('\r\n')}\r\n`;
}
