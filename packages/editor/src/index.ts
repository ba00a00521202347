/**
 * `@caibian/editor`: a Lexical editor that knows the genre of 政务信息, and Word output.
 *
 * @packageDocumentation
 */

export { BriefingEditor, type BriefingEditorProps } from './react/BriefingEditor.tsx';
export { registerTextReport, type TextReport } from './register/registerTextReport.ts';
