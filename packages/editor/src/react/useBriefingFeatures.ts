import type { LexicalEditor } from 'lexical';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { applyNormsFix, type NormsFinding } from '../register/normsFindings.ts';
import { type BriefingReport, readBriefingReport, registerBriefingReport } from '../register/registerBriefingReport.ts';
import { registerDuplicateCheck, type SimilarItem } from '../register/registerDuplicateCheck.ts';
import { type ActiveFinding, registerNorms } from '../register/registerNorms.ts';
import type { ReviewComment } from '../serialize/SavedBriefing.ts';
import type { BriefingEditorProps } from './BriefingEditor.tsx';
import { useLatest, useRegister } from './useRegister.ts';

/** What the editor's panels show, kept up to date by the registered features. */
export interface BriefingFeatures {
  readonly report: BriefingReport | null;
  readonly findings: readonly NormsFinding[];
  readonly active: ActiveFinding | null;
  readonly similar: readonly SimilarItem[];
  readonly fix: (finding: NormsFinding) => void;
}

/**
 * Registers the report (counts and `onChange`), the norms check and the duplicate check once both the
 * title and body editors exist, and holds what they report for the panels.
 */
export function useBriefingFeatures(
  body: LexicalEditor | null,
  title: LexicalEditor | null,
  props: BriefingEditorProps,
  comments: { readonly current: readonly ReviewComment[] },
  commentsValue: readonly ReviewComment[],
): BriefingFeatures {
  const [report, setReport] = useState<BriefingReport | null>(null);
  const [findings, setFindings] = useState<readonly NormsFinding[]>([]);
  const [active, setActive] = useState<ActiveFinding | null>(null);
  const [similar, setSimilar] = useState<readonly SimilarItem[]>([]);
  const latest = useLatest(props);
  const ready = body && title ? body : null;
  const options = { title, comments: () => comments.current };

  useRegister(
    ready,
    (editor) => {
      setReport(readBriefingReport(editor, options));
      return registerBriefingReport(
        editor,
        (next) => {
          // the panels can wait: rendered in slices that give way to typing
          startTransition(() => setReport(next));
          latest.current.onChange?.(next);
        },
        { ...options, delay: props.changeDelay ?? 250 },
      );
    },
    [title, props.changeDelay],
  );

  // Saving or resolving a comment changes the saved state without (necessarily) editing the text.
  const seen = useRef(commentsValue);
  useEffect(() => {
    if (!body || seen.current === commentsValue) return;
    seen.current = commentsValue;
    const next = readBriefingReport(body, { title, comments: () => commentsValue });
    setReport(next);
    latest.current.onChange?.(next);
  }, [body, title, commentsValue, latest]);

  const check = props.checkNorms ?? null;
  useRegister(
    check ? ready : null,
    (editor) => {
      if (!check) return () => {};
      const stop = registerNorms(editor, check, {
        title,
        onFindings: (next) => startTransition(() => setFindings(next)),
        onActive: setActive,
      });
      return () => {
        stop();
        setFindings([]);
        setActive(null);
      };
    },
    [title, check],
  );

  const hasSearch = Boolean(props.findSimilar);
  useRegister(
    hasSearch ? ready : null,
    (editor) =>
      registerDuplicateCheck(
        editor,
        (t, b, signal) => latest.current.findSimilar?.(t, b, signal) ?? Promise.resolve([]),
        { title, onResults: (items) => startTransition(() => setSimilar(items)) },
      ),
    [title, hasSearch],
  );

  const fix = useCallback(
    (finding: NormsFinding) => {
      const target = finding.part === 'title' ? title : body;
      if (target) applyNormsFix(target, finding);
    },
    [title, body],
  );
  return { report, findings, active, similar, fix };
}
