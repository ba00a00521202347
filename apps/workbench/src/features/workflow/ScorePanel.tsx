import { Descriptions, Statistic, Table, Typography } from 'antd';
import type { ItemScore } from './itemScore.ts';

/** This item's points ledger and the unit's total for the year under the chosen scheme. */
export function ScorePanel({ score }: { score: ItemScore }) {
  return (
    <section aria-label="计分">
      <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="计分办法">{score.schemeName}</Descriptions.Item>
        <Descriptions.Item label="计分单位">{score.unitName}</Descriptions.Item>
      </Descriptions>
      <div style={{ display: 'flex', gap: 48, marginBottom: 12 }}>
        <section aria-label="本条信息得分">
          <Statistic title="本条信息得分" value={score.itemPoints} />
        </section>
        <section aria-label="单位年度总分">
          <Statistic title={`${score.unitName} ${score.year}年度总分`} value={score.unitTotal} />
        </section>
      </div>
      <Table
        aria-label="本条信息计分明细"
        size="small"
        pagination={false}
        rowKey={(e) => `${e.record.kind}/${e.record.index}/${e.clause.id}/${e.sourceUnitId}`}
        dataSource={score.ledger.slice()}
        locale={{ emptyText: '暂无得分（采用、批示或转报后计分）' }}
        columns={[
          { title: '条款', key: 'clause', render: (_, e) => e.clause.label },
          { title: '单位', key: 'unit', render: (_, e) => e.sourceUnitId },
          { title: '日期', key: 'date', width: 110, render: (_, e) => e.record.date },
          { title: '分值', key: 'points', width: 70, render: (_, e) => e.points },
          {
            title: '说明',
            key: 'note',
            render: (_, e) => <Typography.Text type="secondary">{e.note ?? ''}</Typography.Text>,
          },
        ]}
      />
    </section>
  );
}
