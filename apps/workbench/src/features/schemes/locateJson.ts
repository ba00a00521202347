/**
 * The line (1-based) where each value of a JSON text starts, by JSON path (`adoptions.rules.0.points`), so
 * problems from `parseScheme` can be shown beside the line they are about. Returns an empty map for text
 * that is not JSON.
 *
 * @example
 * locateJson('{\n  "id": 1\n}').get('id'); // 2
 */
export function locateJson(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i] as string)) {
      if (text[i] === '\n') line += 1;
      i += 1;
    }
  };
  const string = (): string => {
    const start = i;
    i += 1;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    skip();
    lines.set(path, line);
    const c = text[i];
    const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
    if (c === '{') {
      i += 1;
      skip();
      while (i < text.length && text[i] !== '}') {
        const key = string();
        skip();
        i += 1; // the colon
        value(at(key));
        skip();
        if (text[i] === ',') i += 1;
        skip();
      }
      i += 1;
    } else if (c === '[') {
      i += 1;
      skip();
      for (let n = 0; i < text.length && text[i] !== ']'; n += 1) {
        value(at(n));
        skip();
        if (text[i] === ',') i += 1;
        skip();
      }
      i += 1;
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && !/[\s,}\]]/.test(text[i] as string)) i += 1;
    }
  };
  try {
    JSON.parse(text);
    value('');
  } catch {
    return new Map();
  }
  return lines;
}

/** The line of a problem's path, or of its nearest located ancestor (a missing key: its object). */
export function lineOf(lines: Map<string, number>, path: readonly (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n -= 1) {
    const found = lines.get(path.slice(0, n).join('.'));
    if (found !== undefined) return found;
  }
  return undefined;
}
