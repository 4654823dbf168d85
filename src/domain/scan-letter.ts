/** The letter of a site in a comparison (A, B…): the kept ones first, the current one last. Its own module, so the map's
 * deck.gl chunk can name the sites without loading the scan's contract. */
export function vergelijkLetter(i: number): string {
  return String.fromCharCode(65 + i);
}
