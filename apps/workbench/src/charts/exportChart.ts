/** The CJK families installed on these machines (fonts-noto-cjk, fonts-wqy-zenhei), first found wins. */
export const CHART_FONT_FAMILY = "'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei', sans-serif";

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The first chart surface (recharts' `<svg>`) inside `container`, or null. */
export function chartSvgOf(container: Element): SVGSVGElement | null {
  return container.querySelector<SVGSVGElement>('svg.recharts-surface') ?? container.querySelector('svg');
}

/**
 * A standalone SVG document of a drawn chart: size fixed, a white background, the CJK font families
 * declared on the root and on every text (so 单位 names survive outside the page), and an optional title.
 *
 * @example
 * const text = serializeChartSvg(chartSvgOf(panel)!, '2024年3月排名');
 */
export function serializeChartSvg(svg: SVGSVGElement, title?: string): string {
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute('width')) || Math.round(box.width) || 600;
  const height = Number(svg.getAttribute('height')) || Math.round(box.height) || 300;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.setAttribute('font-family', CHART_FONT_FAMILY);
  copy.removeAttribute('style');
  for (const text of copy.querySelectorAll('text, tspan')) text.setAttribute('font-family', CHART_FONT_FAMILY);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = `text, tspan { font-family: ${CHART_FONT_FAMILY}; }`;
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.prepend(style, background);
  if (title) {
    const t = document.createElementNS(SVG_NS, 'title');
    t.textContent = title;
    copy.prepend(t);
  }
  return new XMLSerializer().serializeToString(copy);
}

/** The pixel size an SVG document declares. */
function sizeOf(svgText: string): { width: number; height: number } {
  const width = Number(/\bwidth="(\d+(?:\.\d+)?)"/.exec(svgText)?.[1] ?? 600);
  const height = Number(/\bheight="(\d+(?:\.\d+)?)"/.exec(svgText)?.[1] ?? 300);
  return { width, height };
}

/**
 * Rasterises an SVG document to PNG through a canvas at `scale` (default 2, sharp when printed); the
 * browser draws the text with the installed CJK fonts.
 */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const { width, height } = sizeOf(svgText);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  const image = new Image();
  image.decoding = 'sync';
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('图表无法转换为图片'));
    image.src = url;
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('浏览器不支持画布，无法导出图片');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('图片生成失败'))), 'image/png');
  });
}

/** Saves `blob` as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name safe on Windows and in a zip: no \ / : * ? " < > |. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '-');
}
