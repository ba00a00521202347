import { itemId } from '@caibian/core';
import { Result, Spin } from 'antd';
import { useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import { useAsyncValue } from '../items/useAsyncValue.ts';
import { EditorWorkspace } from './EditorWorkspace.tsx';
import { loadEditor } from './loadEditor.ts';

/** 编辑: one item's editor, metadata, versions, export and workflow (route `/items/:id`). */
export function EditorPage({ params }: { params: Record<string, string> }) {
  const id = itemId(params.id ?? '');
  const repositories = useRepositories();
  const [generation, setGeneration] = useState(0);
  const loaded = useAsyncValue(
    async () => ({ id, generation, value: await loadEditor(repositories, id, new Date()) }),
    [repositories, id, generation],
  );
  if (loaded.error) {
    return <Result status="error" title="无法打开稿件" subTitle={String(loaded.error)} />;
  }
  if (!loaded.value || loaded.value.generation !== generation || loaded.value.id !== id)
    return <Spin description="正在打开稿件…" />;
  return (
    <EditorWorkspace
      key={`${id}/${generation}`}
      loaded={loaded.value.value}
      onReload={() => setGeneration((g) => g + 1)}
    />
  );
}
