import { type CSSProperties, memo, useEffect, useRef, useState } from 'react';
import type { NormsFinding } from '../register/normsFindings.ts';
import type { ActiveFinding } from '../register/registerNorms.ts';

/** Props of {@link NormsPanel}. */
export interface NormsPanelProps {
  readonly findings: readonly NormsFinding[];
  readonly active: ActiveFinding | null;
  /** Applies a finding's fix; without it no fix is offered (a read-only editor). */
  readonly onFix?: ((finding: NormsFinding) => void) | undefined;
}

const PART: Record<NormsFinding['part'], string> = { title: '标题', body: '正文' };

function FixButton({
  finding,
  onFix,
}: {
  finding: NormsFinding;
  onFix: ((finding: NormsFinding) => void) | undefined;
}) {
  if (finding.fix === null || onFix === undefined) return null;
  return (
    <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={() => onFix(finding)}>
      {finding.fix === '' ? '删除' : `改为“${finding.fix}”`}
    </button>
  );
}

/** Keys that stay put when typing earlier in the text shifts every offset: rule, text and occurrence. */
function keysOf(findings: readonly NormsFinding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const base = `${finding.part}:${finding.rule}:${finding.text}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return `${base}:${n}`;
  });
}

/** The list of all findings; rendered again only when the findings change. */
const FindingList = memo(function FindingList({
  findings,
  onFix,
}: {
  readonly findings: readonly NormsFinding[];
  readonly onFix: ((finding: NormsFinding) => void) | undefined;
}) {
  const keys = keysOf(findings);
  return (
    <section className="caibian-panel caibian-norms" aria-label="写作规范检查">
      <h3>写作规范提示（{findings.length}）</h3>
      {findings.length === 0 ? (
        <div>未发现问题</div>
      ) : (
        <ul>
          {findings.map((finding, i) => (
            <li key={keys[i]} data-rule={finding.rule}>
              {PART[finding.part]}“{finding.text}”：{finding.message} <FixButton finding={finding} onFix={onFix} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});

/**
 * The writing-norms findings: an explanation beside the underline under the pointer or caret, and the
 * list of all findings, each with its one-click fix where the fix is certain. Warnings, never blocks.
 */
export const NormsPanel = memo(function NormsPanel({ findings, active, onFix }: NormsPanelProps) {
  const [tip, setTip] = useState<ActiveFinding | null>(null);
  const hovered = useRef(false);
  useEffect(() => {
    if (active) {
      setTip(active);
      return;
    }
    const timer = setTimeout(() => {
      if (!hovered.current) setTip(null);
    }, 300);
    return () => clearTimeout(timer);
  }, [active]);

  const style: CSSProperties | undefined = tip ? { left: tip.rect.left, top: tip.rect.bottom + 4 } : undefined;
  return (
    <>
      {tip ? (
        <div
          className="caibian-norms__tip"
          role="tooltip"
          style={style}
          onMouseEnter={() => {
            hovered.current = true;
          }}
          onMouseLeave={() => {
            hovered.current = false;
            if (!active) setTip(null);
          }}
        >
          <div>{tip.finding.message}</div>
          <FixButton
            finding={tip.finding}
            onFix={
              onFix &&
              ((finding) => {
                hovered.current = false;
                setTip(null);
                onFix(finding);
              })
            }
          />
        </div>
      ) : null}
      <FindingList findings={findings} onFix={onFix} />
    </>
  );
});
