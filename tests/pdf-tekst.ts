/** The text of a PDF, page by page, as pdfjs reads it: the tests check that a report's text is text (issue 14). */
export async function pdfTekst(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: true }).promise;
  const paginas: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const inhoud = await (await doc.getPage(i)).getTextContent();
    paginas.push(inhoud.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  return paginas.join('\n');
}
