/**
 * The page of GB/T 9704-2012 (党政机关公文格式) in Word's units: twips (1/20 pt, 1/1440 inch) for lengths and
 * half-points for font sizes. Every figure of the Word output comes from here.
 */

/** Millimetres to twips, rounded to the nearest twip. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to half-points, the unit of `w:sz`. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

const PAGE_WIDTH = mmToTwips(210); // 11906
const PAGE_HEIGHT = mmToTwips(297); // 16838
const TOP = mmToTwips(37); // 2098
const LEFT = mmToTwips(28); // 1587, the binding side
const RIGHT = mmToTwips(26); // 1474: 210 - 28 - 156
const BOTTOM = mmToTwips(35); // 1984: 297 - 37 - 225
const TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT; // 8845 ≈ 156 mm
const TEXT_HEIGHT = PAGE_HEIGHT - TOP - BOTTOM; // 12756 ≈ 225 mm
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;
const BODY_SIZE_PT = 16; // 3号

/**
 * Line pitch of the document grid: the text block height over 22 lines, rounded down so that 22 lines always fit
 * (579 twips = 28.95 pt).
 */
const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/**
 * Character pitch of a `linesAndChars` grid, as Word stores it: the difference from the default font size (the
 * body's 16 pt) in 1/4096 pt, rounded down so that 28 characters always fit in the text width (-842).
 */
const CHAR_SPACE = Math.floor((TEXT_WIDTH / 20 / CHARS_PER_LINE - BODY_SIZE_PT) * 4096);

/**
 * Character spacing of every run, in twips: condenses 16 pt characters just enough that 28 of them fit in the text
 * width (28 × 314 ≤ 8845 < 29 × 314), in Word, WPS and LibreOffice alike (-6).
 */
const CHARACTER_SPACING = Math.floor(TEXT_WIDTH / CHARS_PER_LINE) - BODY_SIZE_PT * 20 - 1;

/** The page, margins and document grid of GB/T 9704-2012, in twips. */
export const PAGE = {
  /** A4 width: 11906. */
  width: PAGE_WIDTH,
  /** A4 height: 16838. */
  height: PAGE_HEIGHT,
  /** Top margin 37 mm: 2098. */
  top: TOP,
  /** Bottom margin 35 mm: 1984. */
  bottom: BOTTOM,
  /** Binding (left) margin 28 mm: 1587. */
  left: LEFT,
  /** Right margin 26 mm: 1474. */
  right: RIGHT,
  /** Text block width 156 mm: 8845. */
  textWidth: TEXT_WIDTH,
  /** Text block height 225 mm: 12756. */
  textHeight: TEXT_HEIGHT,
  /** Header distance from the page edge, 15 mm (the layout has no header text). */
  header: mmToTwips(15),
  /**
   * Footer distance from the page edge, 25 mm: puts the page number's dash about 7 mm below the text block, as
   * GB/T 9704-2012 §7.5 asks.
   */
  footer: mmToTwips(25),
  linesPerPage: LINES_PER_PAGE,
  charsPerLine: CHARS_PER_LINE,
  /** Grid line pitch: 579 (225 mm / 22). */
  linePitch: LINE_PITCH,
  /**
   * Character pitch in 1/4096 pt relative to 16 pt: -842 (156 mm / 28). Kept on the grid for a user who switches
   * Word's grid to lines and characters; the grid itself is a line grid (see `characterSpacing`).
   */
  charSpace: CHAR_SPACE,
  /** Run character spacing in twips that fits 28 characters of 16 pt on a line: -6. */
  characterSpacing: CHARACTER_SPACING,
} as const;

/** Font sizes in half-points. */
export const SIZE = {
  /** Body and headings, 3号 (16 pt): 32. */
  body: ptToHalfPoints(BODY_SIZE_PT),
  /** Titles, 2号 (22 pt): 44. */
  title: ptToHalfPoints(22),
  /** Page numbers, 4号 (14 pt): 28. */
  pageNumber: ptToHalfPoints(14),
  /** The bulletin's name in its masthead, 初号 (42 pt): 84. */
  masthead: ptToHalfPoints(42),
} as const;

/** Font names as the official templates write them; a machine without them substitutes its own. */
export const FONT = {
  /** Body and level-3/4 headings. */
  fangsong: '仿宋_GB2312',
  /** Titles and the masthead. */
  xiaobiaosong: '方正小标宋简体',
  /** Level-1 headings and the secrecy mark. */
  heiti: '黑体',
  /** Level-2 headings. */
  kaiti: '楷体_GB2312',
  /** Page numbers. */
  songti: '宋体',
  /** Latin letters and digits in the body. */
  latin: 'Times New Roman',
} as const;

/** The red of the masthead and its rule. */
export const RED = 'FF0000';

/** First-line indent of body paragraphs: two characters (`w:firstLineChars` in 1/100 character). */
export const INDENT_TWO_CHARS = { firstLineChars: 200, firstLine: 2 * 320 } as const;
