/** The drawing size of the 排名 page's charts, in pixels (fixed, so exports match what is shown). */
export const CHART_WIDTH = 560;
export const CHART_HEIGHT = 300;
