import { Result } from 'antd';

/** The page for an unknown address (its own chunk: antd's Result illustrations are not part of the first screen). */
export function NotFound({ path }: { path: string }) {
  return <Result status="404" title="没有这个页面" subTitle={`地址“${path}”不存在，请从左侧菜单进入。`} />;
}
