// A strict RFC 4180 reader for the CSV tests (unit and end-to-end): it throws on anything a
// conforming file cannot contain, so the export is checked by an independent implementation.

/** A strict RFC 4180 reader (with `;`): quoted fields may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string, separator = ';'): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  while (index < text.length) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        index += 1;
        if (index < text.length && text[index] !== separator && text[index] !== '\r')
          throw new Error(`Text after a closing quote at ${index}`);
        continue;
      }
      field += char;
      index += 1;
      continue;
    }
    if (char === '"') {
      if (field !== '') throw new Error(`Quote inside an unquoted field at ${index}`);
      quoted = true;
    } else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else if (char === '\n' || char === '\r') {
      throw new Error(`Bare line break outside quotes at ${index}`);
    } else {
      field += char;
    }
    index += 1;
  }
  if (quoted) throw new Error('Unterminated quoted field');
  if (field !== '' || row.length > 0) throw new Error('The last record has no CRLF');
  return rows;
}
