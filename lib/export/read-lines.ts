// A text stream (a file's `stream()` through a TextDecoderStream) read line by line, as it arrives:
// memory holds one line, not the file. A line longer than `maxLine` is not kept: it is reported as
// too long, by its number, and the reader goes on with the next one.

export interface Line {
  /** 1-based line number. */
  n: number;
  /** The line without its end (\n or \r\n), or null when it was longer than `maxLine`. */
  text: string | null;
}

export async function* readLines(stream: ReadableStream<string>, maxLine: number): AsyncGenerator<Line> {
  const reader = stream.getReader();
  let n = 0;
  let parts: string[] = [];
  let length = 0;
  let tooLong = false;
  const take = (): Line => {
    n++;
    let text: string | null = tooLong ? null : parts.join('');
    if (text !== null && text.endsWith('\r')) text = text.slice(0, -1);
    parts = [];
    length = 0;
    tooLong = false;
    return { n, text };
  };
  const add = (piece: string) => {
    if (tooLong) return;
    length += piece.length;
    if (length > maxLine) {
      tooLong = true;
      parts = [];
    } else parts.push(piece);
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      let start = 0;
      for (let end = value.indexOf('\n'); end >= 0; end = value.indexOf('\n', start)) {
        add(value.slice(start, end));
        yield take();
        start = end + 1;
      }
      if (start < value.length) add(value.slice(start));
    }
    if (length > 0 || tooLong) yield take();
  } finally {
    reader.releaseLock();
  }
}
