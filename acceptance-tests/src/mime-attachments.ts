/** An attachment of a raw RFC 822 message, decoded to text. */
export interface TextAttachment {
  filename: string;
  contentType: string;
  text: string;
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function headerValue(headers: string, name: string): string | null {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line === undefined ? null : line.slice(name.length + 1).trim();
}

/**
 * The attachments of a (possibly nested) multipart message that carry a file name, decoded
 * from base64, quoted-printable or 7/8-bit. Enough for the reports the monitors send; not a
 * general MIME parser.
 */
export function textAttachments(raw: string): TextAttachment[] {
  const found: TextAttachment[] = [];
  const visit = (part: string) => {
    const split = part.search(/\r?\n\r?\n/);
    const headers = split < 0 ? part : part.slice(0, split);
    const body = split < 0 ? '' : part.slice(split).replace(/^\r?\n\r?\n/, '');
    const contentType = headerValue(headers, 'content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (contentType.toLowerCase().startsWith('multipart/') && boundary !== undefined) {
      for (const child of body.split(`--${boundary}`).slice(1)) {
        if (child.startsWith('--')) break;
        visit(child.replace(/^\r?\n/, ''));
      }
      return;
    }
    const disposition = headerValue(headers, 'content-disposition') ?? '';
    const filename =
      /filename\*?="?([^";]+)"?/i.exec(disposition)?.[1] ??
      /name="?([^";]+)"?/i.exec(contentType)?.[1];
    if (filename === undefined) return;
    const encoding = (headerValue(headers, 'content-transfer-encoding') ?? '7bit').toLowerCase();
    const text =
      encoding === 'base64'
        ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
        : encoding === 'quoted-printable'
          ? decodeQuotedPrintable(body)
          : body;
    found.push({ filename, contentType: (contentType.split(';')[0] ?? contentType).trim(), text });
  };
  visit(raw);
  return found;
}

/** Rows of an RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF), header row included. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
