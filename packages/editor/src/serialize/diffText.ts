/** A span of a text diff: kept, inserted (only in the newer text) or deleted (only in the older). */
export interface DiffSpan {
  readonly kind: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** Above this many edits the middle is reported as one deletion and one insertion (keeps memory bounded). */
const MAX_EDITS = 2000;

function push(spans: DiffSpan[], kind: DiffSpan['kind'], text: string): void {
  if (text === '') return;
  const last = spans.at(-1);
  if (last?.kind === kind) spans[spans.length - 1] = { kind, text: last.text + text };
  else spans.push({ kind, text });
}

/** Myers' O(ND) diff over code points; returns null when more than MAX_EDITS edits are needed. */
function myers(a: readonly string[], b: readonly string[]): DiffSpan[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    // keep V[-d-1 .. d+1] as it was before this round: what backtracking reads at step d
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return null;
}

function backtrack(a: readonly string[], b: readonly string[], trace: Int32Array[], last: number): DiffSpan[] {
  const reversed: DiffSpan[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = last; d > 0; d -= 1) {
    const v = trace[d] as Int32Array;
    const at = (k: number) => v[k + d + 1] ?? 0;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      reversed.push({ kind: 'equal', text: a[x - 1] ?? '' });
      x -= 1;
      y -= 1;
    }
    if (down) reversed.push({ kind: 'insert', text: b[prevY] ?? '' });
    else reversed.push({ kind: 'delete', text: a[prevX] ?? '' });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    reversed.push({ kind: 'equal', text: a[x - 1] ?? '' });
    x -= 1;
    y -= 1;
  }
  const spans: DiffSpan[] = [];
  for (let i = reversed.length - 1; i >= 0; i -= 1) {
    const span = reversed[i] as DiffSpan;
    push(spans, span.kind, span.text);
  }
  return spans;
}

/**
 * What changed from `before` to `after`, character by character (code points, so a CJK extension
 * character is never split): spans of kept, deleted and inserted text, in reading order. Joining the
 * `equal` and `delete` spans gives `before`; joining `equal` and `insert` gives `after`.
 *
 * @example
 * diffText('全市完成投资5亿元', '全县完成投资6亿元');
 * // [{equal '全'}, {delete '市'}, {insert '县'}, {equal '完成投资'}, {delete '5'}, {insert '6'}, {equal '亿元'}]
 */
export function diffText(before: string, after: string): DiffSpan[] {
  const a = Array.from(before);
  const b = Array.from(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const spans: DiffSpan[] = [];
  push(spans, 'equal', a.slice(0, start).join(''));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const middle = myers(midA, midB) ?? [
    { kind: 'delete', text: midA.join('') },
    { kind: 'insert', text: midB.join('') },
  ];
  for (const span of middle) push(spans, span.kind, span.text);
  push(spans, 'equal', a.slice(endA).join(''));
  return spans;
}
