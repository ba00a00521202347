import { memo } from 'react';
import type { SimilarItem } from '../register/registerDuplicateCheck.ts';

/** Props of {@link SimilarPanel}. */
export interface SimilarPanelProps {
  readonly items: readonly SimilarItem[];
  /** Called when an item is chosen (to open it). */
  readonly onOpen?: (item: SimilarItem) => void;
}

/** Existing items similar to the draft, to avoid sending the same item twice. Hidden when there are none. */
export const SimilarPanel = memo(function SimilarPanel({ items, onOpen }: SimilarPanelProps) {
  if (items.length === 0) return null;
  return (
    <section className="caibian-panel caibian-similar" aria-label="疑似重复" aria-live="polite">
      <h3>可能与以下已有信息重复（{items.length}）</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            {onOpen ? (
              <button type="button" onClick={() => onOpen(item)}>
                {item.title}
              </button>
            ) : (
              item.title
            )}
            {item.detail ? `　${item.detail}` : null}
            {item.score !== undefined ? `　相似度 ${Math.round(item.score * 100) / 100}` : null}
          </li>
        ))}
      </ul>
    </section>
  );
});
