// getAllInternetHeadersAsync gives the header block as one string, the way it arrived:
//   Authentication-Results: spf=pass (sender IP is 40.107.1.2)\r\n smtp.mailfrom=veiligthuisgv.example; dmarc=pass\r\n
//   From: Veilig Thuis <handlewithcare@veiligthuisgv.example>\r\n
// Lines starting with a space or tab continue the header above (RFC 5322 §2.2.3 folding). The recognizer
// wants Graph's shape, { name, value }[], in the same order (top-most first).
export interface InternetHeader {
  name: string;
  value: string;
}

const FIELD = /^([!-9;-~]+):[ \t]*(.*)$/;

export function parseInternetHeaders(block: string): InternetHeader[] {
  const headers: InternetHeader[] = [];
  for (const line of block.split(/\r\n|\r|\n/)) {
    // A blank line ends the header section; anything after it is not a header.
    if (line === "") {
      if (headers.length > 0) break;
      continue;
    }
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line)) {
      if (last) last.value = `${last.value} ${line.trim()}`.trim();
      continue;
    }
    const field = FIELD.exec(line);
    if (field) headers.push({ name: field[1] ?? "", value: (field[2] ?? "").trim() });
  }
  return headers;
}
