/** The editor's own styles, injected once by {@link BriefingEditor} (no external assets). */
export const EDITOR_CSS = `
.caibian-editor { display: flex; flex-direction: column; gap: 8px; font-family: "FangSong", "仿宋", "Noto Serif CJK SC", serif; }
.caibian-editor__frame { position: relative; border: 1px solid #d9d9d9; border-radius: 4px; background: #fff; }
.caibian-editor__title { font-size: 22px; font-weight: bold; text-align: center; padding: 12px 16px; outline: none; border-bottom: 1px solid #f0f0f0; }
.caibian-editor__body { min-height: 240px; padding: 12px 16px; font-size: 16px; line-height: 1.9; outline: none; }
.caibian-editor__body p { margin: 0 0 0.4em; text-indent: 2em; }
.caibian-editor__placeholder { position: absolute; color: #bfbfbf; pointer-events: none; }
.caibian-editor__placeholder--title { top: 12px; left: 0; right: 0; text-align: center; font-size: 22px; }
.caibian-editor__placeholder--body { top: 12px; left: 16px; font-size: 16px; }
.caibian-heading { margin: 0.4em 0; font-size: 16px; text-indent: 2em; }
.caibian-heading--1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: normal; }
.caibian-heading--2 { font-family: "KaiTi", "楷体_GB2312", "楷体", serif; font-weight: normal; }
.caibian-heading--3, .caibian-heading--4 { font-weight: normal; }
.caibian-editor__body table { border-collapse: collapse; margin: 0.5em 0; }
.caibian-editor__body td, .caibian-editor__body th { border: 1px solid #8c8c8c; padding: 2px 8px; min-width: 4em; }
.caibian-editor__body td p, .caibian-editor__body th p { text-indent: 0; }
.caibian-text--bold { font-weight: bold; }
.caibian-comment { background: #fff1b8; border-bottom: 2px solid #faad14; }
::highlight(caibian-norms) { text-decoration: underline wavy #cf1322; text-decoration-thickness: 1px; text-underline-offset: 3px; }
.caibian-toolbar { display: flex; flex-wrap: wrap; gap: 4px; padding: 4px 8px; border-bottom: 1px solid #f0f0f0; }
.caibian-toolbar button, .caibian-toolbar select { font: inherit; font-size: 13px; }
.caibian-toolbar button[aria-pressed="true"] { background: #e6f4ff; }
.caibian-counts { font-size: 13px; color: #595959; }
.caibian-panel { border: 1px solid #f0f0f0; border-radius: 4px; padding: 8px 12px; font-size: 14px; }
.caibian-panel h3 { margin: 0 0 6px; font-size: 14px; }
.caibian-panel ul { margin: 0; padding-left: 1.2em; }
.caibian-norms__tip { position: fixed; z-index: 1000; max-width: 320px; padding: 6px 10px; background: #fff; border: 1px solid #ffa39e; border-radius: 4px; box-shadow: 0 2px 8px rgba(0,0,0,.15); font-size: 13px; }
.caibian-diff { white-space: pre-wrap; line-height: 1.8; }
.caibian-diff ins { background: #d9f7be; text-decoration: none; }
.caibian-diff del { background: #ffccc7; }
`;

/** Lexical theme classes of the body. */
export const EDITOR_THEME = {
  text: { bold: 'caibian-text--bold' },
  mark: 'caibian-comment',
  markOverlap: 'caibian-comment',
  paragraph: 'caibian-paragraph',
} as const;
