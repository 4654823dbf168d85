/** The fonts of the map's texts (names, counts, cards): one stack, served from our own glyph files. */

/** The one font stack of our glyph files (public/fonts/, made by scripts/glyphs.mjs): Liberation Sans Bold. */
export const LETTER_STAPEL = 'LiberationSans-Bold';
