import { useState } from 'react';
import type { ReviewComment } from '../serialize/SavedBriefing.ts';

/** Props of {@link ReviewPanel}. */
export interface ReviewPanelProps {
  readonly comments: readonly ReviewComment[];
  /** The text a new comment is being written for, if any. */
  readonly draftQuote: string | null;
  readonly onSave: (text: string) => void;
  readonly onCancel: () => void;
  /** Marks a comment resolved; without it comments are only listed (a read-only editor). */
  readonly onResolve?: ((id: string) => void) | undefined;
  readonly onLocate: (id: string) => void;
  /** A message for the reviewer (e.g. select text first). */
  readonly notice?: string | null;
}

/** Review comments anchored to text: write one for the selection, list, locate and resolve them. */
export function ReviewPanel({ comments, draftQuote, onSave, onCancel, onResolve, onLocate, notice }: ReviewPanelProps) {
  const [text, setText] = useState('');
  const open = comments.filter((c) => !c.resolved);
  const resolved = comments.filter((c) => c.resolved);
  return (
    <section className="caibian-panel caibian-review" aria-label="审核批注">
      <h3>审核批注（未解决 {open.length}）</h3>
      {notice ? <div role="status">{notice}</div> : null}
      {draftQuote !== null ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (text.trim() === '') return;
            onSave(text.trim());
            setText('');
          }}
        >
          <div>批注“{draftQuote}”</div>
          <textarea aria-label="批注内容" value={text} onChange={(event) => setText(event.target.value)} rows={2} />
          <button type="submit">保存批注</button>
          <button
            type="button"
            onClick={() => {
              setText('');
              onCancel();
            }}
          >
            取消
          </button>
        </form>
      ) : null}
      <ul>
        {open.map((comment) => (
          <li key={comment.id} data-comment-id={comment.id}>
            <button type="button" onClick={() => onLocate(comment.id)} title="在正文中定位">
              “{comment.quote}”
            </button>
            ：{comment.text}
            {comment.author ? `（${comment.author}）` : null}{' '}
            {onResolve ? (
              <button type="button" onClick={() => onResolve(comment.id)}>
                解决
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {resolved.length > 0 ? (
        <details>
          <summary>已解决 {resolved.length} 条</summary>
          <ul>
            {resolved.map((comment) => (
              <li key={comment.id}>
                “{comment.quote}”：{comment.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
