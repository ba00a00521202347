import { type BulletinIssue, chineseDate, RECIPIENT_KINDS } from '@caibian/editor';
import './bulletinPrint.css';

/**
 * One issue laid out as printed: the 报头 (密级, the name in red, 期号, editing unit and date over a red rule), the
 * items with their units, and the 报尾 (报/送/发 recipients, 共印N份). All text is rendered as text, never as markup.
 */
export function BulletinSheet({ issue }: { issue: BulletinIssue }) {
  const recipients = RECIPIENT_KINDS.filter((k) => issue.to[k].length > 0);
  return (
    <article className="bulletin-sheet" aria-label={`${issue.name}${issue.number}版式`}>
      <header className="masthead">
        {issue.secrecy && <div className="secrecy">{issue.secrecy}</div>}
        <div className="name">{issue.name}</div>
        <div className="number">{issue.number}</div>
        <div className="editor-line">
          <span>{issue.editor}</span>
          <span>{chineseDate(issue.date)}</span>
        </div>
      </header>
      <hr className="red-rule" />
      {issue.items.map((item, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat a title; their order is their identity here
        <section key={i}>
          <h2 className="item-title">{item.title}</h2>
          <div className="item-body">
            {item.body
              .split(/\n\s*\n|\n/)
              .filter((p) => p.trim() !== '')
              .map((p, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs have no identity besides their place
                <p key={j}>{p}</p>
              ))}
          </div>
          {item.unit && <div className="item-unit">（{item.unit}）</div>}
        </section>
      ))}
      <footer className="colophon">
        <div>
          {recipients.map((k) => (
            <div key={k}>
              {k}：{issue.to[k].join('，')}。
            </div>
          ))}
        </div>
        <div style={{ alignSelf: 'flex-end' }}>共印{issue.copies}份</div>
      </footer>
    </article>
  );
}
