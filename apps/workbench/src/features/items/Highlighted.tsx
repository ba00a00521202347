import { highlightPieces } from './itemQuery.ts';

/** Text with the search's matched spans marked; always rendered as text, never as markup. */
export function Highlighted({
  text,
  spans,
}: {
  text: string;
  spans: readonly { readonly start: number; readonly end: number }[];
}) {
  if (spans.length === 0) return <>{text}</>;
  return (
    <>
      {highlightPieces(text, spans).map((piece, i) =>
        piece.hit ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt together
          <mark key={i}>{piece.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt together
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  );
}
