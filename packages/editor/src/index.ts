/**
 * `@caibian/editor`: a Lexical editor that knows the genre of 政务信息, and Word output.
 *
 * @packageDocumentation
 */

// Word output (docx): one item and a bulletin issue in the official layout
export * from './docx/index.ts';
// Nodes
export {
  $createBriefingHeadingNode,
  $isBriefingHeadingNode,
  BriefingHeadingNode,
} from './nodes/BriefingHeadingNode.ts';
export { BRIEFING_NODES } from './nodes/briefingNodes.ts';
// React
export { BriefingEditor, type BriefingEditorProps } from './react/BriefingEditor.tsx';
export type { BriefingVersion } from './react/VersionCompare.tsx';
// Editor features: registerX(editor) => cleanup
export { anchorComment, releaseComment, selectComment } from './register/comments.ts';
export { type BriefingEditorApi, insertBriefingText } from './register/insertText.ts';
export { applyNormsFix, type NormsCheck, type NormsFinding } from './register/normsFindings.ts';
export {
  type BriefingReport,
  type BriefingReportOptions,
  readBriefingReport,
  registerBriefingReport,
} from './register/registerBriefingReport.ts';
export { registerCompositionGuard } from './register/registerCompositionGuard.ts';
export {
  type DuplicateCheckOptions,
  type FindSimilar,
  registerDuplicateCheck,
  type SimilarItem,
} from './register/registerDuplicateCheck.ts';
export { type ActiveFinding, NORMS_HIGHLIGHT, type NormsOptions, registerNorms } from './register/registerNorms.ts';
export { registerTextReport, type TextReport } from './register/registerTextReport.ts';
export { registerTitleLine } from './register/registerTitleLine.ts';
export { registerWordPaste } from './register/registerWordPaste.ts';
// Serialization (also headless, in Node)
export { briefingToHtml, documentToHtml, escapeHtml } from './serialize/briefingToHtml.ts';
export { type DiffSpan, diffText } from './serialize/diffText.ts';
export { headingLevelOf } from './serialize/headingLevelOf.ts';
export {
  briefingBodyText,
  briefingToDocument,
  briefingToText,
  createBriefingHeadlessEditor,
  parseBriefing,
  textToBriefing,
} from './serialize/headless.ts';
export { htmlToBlocks } from './serialize/htmlToBlocks.ts';
export { type ReviewComment, SAVED_BRIEFING_VERSION, type SavedBriefing } from './serialize/SavedBriefing.ts';
export { blocksToText, textToBlocks } from './serialize/textToBlocks.ts';
