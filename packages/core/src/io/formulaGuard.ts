/** Text that a spreadsheet could take for a formula: it starts with = + - @, a tab or a carriage return. */
const RISKY = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Neutralises formula injection in a text cell written to CSV: text that starts with = + - @ (or a tab or
 * carriage return), or with apostrophes followed by one, gets a leading apostrophe, so a spreadsheet shows
 * it as text and never runs it. {@link unguardFormula} undoes it exactly.
 *
 * @example
 * guardFormula('=HYPERLINK("http://x")'); // '\'=HYPERLINK("http://x")'
 */
export function guardFormula(text: string): string {
  return RISKY.test(text) ? `'${text}` : text;
}

/** Removes the apostrophe {@link guardFormula} added; other text is returned unchanged. */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}

/** True when `text` would be guarded: a spreadsheet could take it for a formula. */
export function looksLikeFormula(text: string): boolean {
  return RISKY.test(text);
}
