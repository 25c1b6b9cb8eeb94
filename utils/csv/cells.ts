/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return) as a
 * formula. Such a cell is written with a leading apostrophe, which spreadsheets show as
 * text and drop; a cell that really starts with an apostrophe gets one more, so reading
 * the file back removes exactly one and gives the text that was written.
 */
export function toCell(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

export function fromCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}
