import type { LexicalEditor } from 'lexical';
import { useCallback, useState } from 'react';
import { anchorComment, releaseComment, selectComment } from '../register/comments.ts';
import type { ReviewComment } from '../serialize/SavedBriefing.ts';
import { useLatest } from './useRegister.ts';

/** Review state and actions for the panel. */
export interface Review {
  readonly comments: readonly ReviewComment[];
  readonly commentsRef: { readonly current: readonly ReviewComment[] };
  readonly draft: { readonly id: string; readonly quote: string } | null;
  readonly notice: string | null;
  /** Anchors a new comment to the body's selection and opens it for writing. */
  readonly start: () => void;
  readonly save: (text: string) => void;
  readonly cancel: () => void;
  readonly resolve: (id: string) => void;
  readonly locate: (id: string) => void;
}

/** Comments anchored with marks in the body; their texts are kept here and saved with the state. */
export function useReview(
  body: LexicalEditor | null,
  options: { readonly reviewer?: string; readonly now?: () => Date; readonly newId?: () => string },
  initial: readonly ReviewComment[],
): Review {
  const [comments, setComments] = useState<readonly ReviewComment[]>(initial);
  const [draft, setDraft] = useState<Review['draft']>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const commentsRef = useLatest(comments);
  const latest = useLatest(options);

  const start = useCallback(() => {
    if (!body) return;
    setDraft((previous) => {
      if (previous) releaseComment(body, previous.id);
      return null;
    });
    const id = latest.current.newId?.() ?? crypto.randomUUID();
    const quote = anchorComment(body, id);
    if (quote === null) {
      setNotice('请先在正文中选中要批注的文字。');
      return;
    }
    setNotice(null);
    setDraft({ id, quote });
  }, [body, latest]);

  const save = useCallback(
    (text: string) => {
      if (!draft) return;
      const { reviewer, now } = latest.current;
      const comment: ReviewComment = {
        id: draft.id,
        quote: draft.quote,
        text,
        ...(reviewer ? { author: reviewer } : {}),
        createdAt: (now?.() ?? new Date()).toISOString(),
        resolved: false,
      };
      setComments((list) => [...list, comment]);
      setDraft(null);
    },
    [draft, latest],
  );

  const cancel = useCallback(() => {
    if (body && draft) releaseComment(body, draft.id);
    setDraft(null);
  }, [body, draft]);

  const resolve = useCallback(
    (id: string) => {
      if (body) releaseComment(body, id);
      setComments((list) => list.map((c) => (c.id === id ? { ...c, resolved: true } : c)));
    },
    [body],
  );

  const locate = useCallback(
    (id: string) => {
      if (body && !selectComment(body, id)) setNotice('批注所在的文字已被删除。');
    },
    [body],
  );

  return { comments, commentsRef, draft, notice, start, save, cancel, resolve, locate };
}
