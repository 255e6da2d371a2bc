const LT = 0x3c; // "<", never part of a multi-byte UTF-8 sequence
const ESCAPED_LT = Buffer.from('\\u003c');

/**
 * UTF-8 JSON with every "<" written as \u003c, so that no "</script>" in an
 * article's text can end the script it is loaded by. Works on the bytes: the
 * offline index is too big at 10,000 articles to copy as a string.
 */
export function escapeLt(json: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let from = 0;
  for (let at = json.indexOf(LT); at >= 0; at = json.indexOf(LT, from)) {
    parts.push(json.subarray(from, at), ESCAPED_LT);
    from = at + 1;
  }
  if (from === 0) return json;
  parts.push(json.subarray(from));
  return Buffer.concat(parts);
}
