import type { CharacterCount } from '@caibian/core';
import { memo } from 'react';

/** Props of {@link CountsBar}. */
export interface CountsBarProps {
  readonly title: CharacterCount;
  readonly body: CharacterCount;
}

/** Character counts of title and body, the way offices count 字: Han characters and all visible characters. */
export const CountsBar = memo(function CountsBar({ title, body }: CountsBarProps) {
  return (
    <div className="caibian-counts" aria-live="polite" data-testid="caibian-counts">
      标题 {title.total} 字（汉字 {title.han}）　正文 {body.total} 字（汉字 {body.han}）　合计{' '}
      {title.total + body.total} 字
    </div>
  );
});
