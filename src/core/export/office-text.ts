/**
 * Text for Office files (.docx, .xlsx): XML 1.0 cannot hold the control characters U+0001–U+001F other than
 * tab, line feed and carriage return, nor U+FFFE/U+FFFF, nor half a surrogate pair. A vertical tab pasted
 * from Word into a name made docxtemplater throw and Excel/Word call the files corrupt (issue 15).
 * Each such character becomes a space; the caller reports the row.
 */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const HAS_INVALID = new RegExp(INVALID.source);

export function hasInvalidOfficeText(text: string): boolean {
  return HAS_INVALID.test(text);
}

/** The text with every character an Office file cannot hold replaced by a space. */
export function officeText(text: string): string {
  return hasInvalidOfficeText(text) ? text.replace(INVALID, ' ') : text;
}
