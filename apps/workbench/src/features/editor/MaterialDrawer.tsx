import { Button, Drawer, Empty, Input, List, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useRepositories } from '../../data/RepositoriesContext.tsx';
import type { MaterialRow } from '../../data/rows.ts';
import { MATERIAL_LIBRARIES, materialText } from '../materials/materialText.ts';
import { searchMaterials } from '../materials/searchMaterials.ts';

/** Props of {@link MaterialDrawer}. */
export interface MaterialDrawerProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** Inserts the material's text into the item; false when the editor refused (mid-composition). */
  readonly onInsert: (text: string) => boolean;
}

const libraryName = (kind: MaterialRow['kind']) => MATERIAL_LIBRARIES.find((l) => l.key === kind)?.name ?? kind;

/** The 素材库 beside the editor: search data points, quotes and topics, and insert one at the caret. */
export function MaterialDrawer({ open, onClose, onInsert }: MaterialDrawerProps) {
  const { materials } = useRepositories();
  const [rows, setRows] = useState<MaterialRow[] | null>(null);
  const [query, setQuery] = useState('');
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    if (open) void materials.list().then(setRows);
  }, [open, materials]);
  const shown = useMemo(() => (rows ? searchMaterials(rows, query) : []), [rows, query]);

  return (
    <Drawer title="插入素材" open={open} onClose={onClose} size="large" destroyOnHidden>
      <Input.Search
        aria-label="搜索素材"
        placeholder="输入文字、拼音或首字母，如 yshj"
        allowClear
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ marginBottom: 12 }}
      />
      {refused ? <Typography.Text type="warning">正在输入法组字，请先完成输入再插入。</Typography.Text> : null}
      {rows !== null && shown.length === 0 ? (
        <Empty description={rows.length === 0 ? '素材库还是空的：可在“素材库”页面添加' : '没有找到相符的素材'} />
      ) : (
        <List
          aria-label="素材"
          dataSource={shown}
          renderItem={(material) => (
            <List.Item
              actions={[
                <Button
                  key="insert"
                  type="link"
                  onClick={() => {
                    const done = onInsert(materialText(material));
                    setRefused(!done);
                    if (done) onClose();
                  }}
                >
                  插入
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={<Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{materialText(material)}</Typography.Text>}
                description={
                  <>
                    <Tag>{libraryName(material.kind)}</Tag>
                    {material.tags.map((t) => (
                      <Tag key={t} color="blue">
                        {t}
                      </Tag>
                    ))}
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
