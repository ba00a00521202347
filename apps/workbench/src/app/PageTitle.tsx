import type { ReactNode } from 'react';

/** The look of antd's `Typography.Title level={3}`, without Typography's code (editing, copying, ellipsis). */
const TITLE_STYLE = { margin: 0, fontSize: 24, fontWeight: 600, lineHeight: 1.35, color: 'rgba(0, 0, 0, 0.88)' };

/** A page's heading (`<h3>`), as the pages of the first screen show it. */
export function PageTitle({ children }: { readonly children: ReactNode }) {
  return <h3 style={TITLE_STYLE}>{children}</h3>;
}
