import type { FunderReportIndicator, PeriodFigures } from '@passerelle/domain';
import { paragraphWords, visualOrder } from '../common/pdf/pdf-bidi';
import { pdfFontName, type PdfFontStyle } from '../common/pdf/pdf-fonts';

/** How the chart writes its words and numbers, in the report's language. */
export interface ChartWording {
  target: string;
  actual: string;
  notMeasured: string;
  number: (value: number) => string;
  period: (period: PeriodFigures) => string;
  /** An Arabic report puts the legend on the right, where its reader starts. */
  rightToLeft: boolean;
}

const HEIGHT = 170;
const LEGEND = 20;
const AXIS_LABELS = 30;
const LEFT_AXIS = 46;
const TARGET_COLOUR = '#4a5560';
const ACTUAL_COLOUR = '#1d4e89';
const AXIS_COLOUR = '#8a949e';
const MARK = 3.5;

/**
 * Draws an indicator's actual against its target per reporting period as vector shapes, readable without
 * colour: the target a dotted line through hollow squares, the actual a solid line through filled circles
 * (broken where a period was not measured, which is written), each point labelled with its value, and a
 * legend showing both marks. The whole action stands as one period when none was planned.
 */
export function drawIndicatorChart(
  document: PDFKit.PDFDocument,
  indicator: FunderReportIndicator,
  wording: ChartWording,
): void {
  const margins = document.page.margins;
  if (document.y + HEIGHT > document.page.height - margins.bottom) document.addPage();
  const top = document.y;
  const left = margins.left + LEFT_AXIS;
  const right = document.page.width - margins.right - 8;
  const plotTop = top + LEGEND + 8;
  const plotBottom = top + HEIGHT - AXIS_LABELS;
  const periods =
    indicator.figures.periods.length > 0 ? indicator.figures.periods : [indicator.figures.overall];
  const values = periods.flatMap((period) => [period.baseline, period.target, period.actual ?? 0]);
  const low = Math.min(0, ...values);
  const high = Math.max(low + 1, ...values) * 1.1;
  const yOf = (value: number) => plotBottom - ((value - low) / (high - low)) * (plotBottom - plotTop);
  const slot = (right - left) / periods.length;
  const xOf = (index: number) => left + slot * (index + 0.5);

  document.save();
  drawLegend(
    document,
    wording,
    wording.rightToLeft ? right - legendWidth(document, wording) : margins.left,
    top,
  );
  drawAxes(document, wording, { left, right, plotTop, plotBottom, low, high, yOf });

  const targets = periods.map((period, index) => ({ x: xOf(index), y: yOf(period.target) }));
  document.lineWidth(1.2).strokeColor(TARGET_COLOUR).dash(2, { space: 2.5 });
  polyline(document, targets);
  document.undash();
  const runs: Array<Array<{ x: number; y: number }>> = [[]];
  periods.forEach((period, index) => {
    if (period.actual === null) runs.push([]);
    else runs.at(-1)!.push({ x: xOf(index), y: yOf(period.actual) });
  });
  document.lineWidth(1.8).strokeColor(ACTUAL_COLOUR);
  for (const run of runs) polyline(document, run);

  const every = Math.ceil(periods.length / 8);
  periods.forEach((period, index) => {
    const x = xOf(index);
    const target = yOf(period.target);
    document
      .lineWidth(1.2)
      .strokeColor(TARGET_COLOUR)
      .rect(x - MARK, target - MARK, MARK * 2, MARK * 2)
      .stroke();
    const actualAbove = period.actual !== null && period.actual >= period.target;
    drawLabel(document, wording.number(period.target), x + MARK + 2, target + (actualAbove ? 3 : -11), {
      size: 7,
      style: 'regular',
      color: TARGET_COLOUR,
      align: 'left',
    });
    if (period.actual === null) {
      drawLabel(document, wording.notMeasured, x, plotBottom - 12, {
        size: 7,
        style: 'italic',
        color: '#1b1f24',
        align: 'center',
      });
    } else {
      const actual = yOf(period.actual);
      document.fillColor(ACTUAL_COLOUR).circle(x, actual, MARK).fill();
      drawLabel(document, wording.number(period.actual), x + MARK + 2, actual + (actualAbove ? -11 : 3), {
        size: 7.5,
        style: 'bold',
        color: ACTUAL_COLOUR,
        align: 'left',
      });
    }
    if (index % every === 0)
      drawLabel(document, wording.period(period), x, plotBottom + 6, {
        size: 7,
        style: 'regular',
        color: '#1b1f24',
        align: 'center',
      });
  });
  document.restore();
  document.x = margins.left;
  document.y = top + HEIGHT;
}

function drawLegend(document: PDFKit.PDFDocument, wording: ChartWording, x: number, y: number): void {
  const middle = y + 6;
  document.lineWidth(1.2).strokeColor(TARGET_COLOUR).dash(2, { space: 2.5 });
  document
    .moveTo(x, middle)
    .lineTo(x + 24, middle)
    .stroke();
  document.undash();
  document.rect(x + 12 - MARK, middle - MARK, MARK * 2, MARK * 2).stroke();
  const afterTarget = drawLabel(document, wording.target, x + 30, y, LEGEND_LABEL);
  const second = afterTarget + 18;
  document.lineWidth(1.8).strokeColor(ACTUAL_COLOUR);
  document
    .moveTo(second, middle)
    .lineTo(second + 24, middle)
    .stroke();
  document
    .fillColor(ACTUAL_COLOUR)
    .circle(second + 12, middle, MARK)
    .fill();
  drawLabel(document, wording.actual, second + 30, y, LEGEND_LABEL);
}

const LEGEND_LABEL = { size: 8.5, style: 'regular', color: '#1b1f24', align: 'left' } as const;

/** The legend's width: two marks, their labels and the gap between them (as `drawLegend` lays them out). */
function legendWidth(document: PDFKit.PDFDocument, wording: ChartWording): number {
  const label = (text: string) => labelWidth(document, text, LEGEND_LABEL);
  return 30 + label(wording.target) + 18 + 30 + label(wording.actual);
}

function drawAxes(
  document: PDFKit.PDFDocument,
  wording: ChartWording,
  area: {
    left: number;
    right: number;
    plotTop: number;
    plotBottom: number;
    low: number;
    high: number;
    yOf: (value: number) => number;
  },
): void {
  document.lineWidth(0.6).strokeColor(AXIS_COLOUR);
  document
    .moveTo(area.left, area.plotTop)
    .lineTo(area.left, area.plotBottom)
    .lineTo(area.right, area.plotBottom);
  document.stroke();
  const step = niceStep((area.high - area.low) / 4);
  for (let value = Math.ceil(area.low / step) * step; value <= area.high; value += step) {
    const y = area.yOf(value);
    document.lineWidth(0.3).strokeColor('#d5dae0').moveTo(area.left, y).lineTo(area.right, y).stroke();
    drawLabel(document, wording.number(value), area.left - 4, y - 4, {
      size: 7,
      style: 'regular',
      color: '#4a5560',
      align: 'right',
    });
  }
}

/** 1, 2 or 5 times a power of ten, at least `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 1e-9)));
  return [1, 2, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? rough;
}

function polyline(document: PDFKit.PDFDocument, points: ReadonlyArray<{ x: number; y: number }>): void {
  if (points.length < 2) return;
  document.moveTo(points[0]!.x, points[0]!.y);
  for (const point of points.slice(1)) document.lineTo(point.x, point.y);
  document.stroke();
}

type LabelStyle = { size: number; style: PdfFontStyle; color: string; align: 'left' | 'center' | 'right' };

/** A label's words in drawing order with their widths, and the width of the whole line. */
function laidOutLabel(document: PDFKit.PDFDocument, text: string, style: LabelStyle) {
  const words = visualOrder(paragraphWords(text).words);
  document.fontSize(style.size);
  const widths = words.map((word) => {
    document.font(pdfFontName(word.script, style.style));
    return document.widthOfString(word.text);
  });
  const space = document.font(pdfFontName('latin', style.style)).widthOfString(' ');
  const total = widths.reduce((sum, width) => sum + width, 0) + space * Math.max(0, words.length - 1);
  return { words, widths, space, total };
}

function labelWidth(document: PDFKit.PDFDocument, text: string, style: LabelStyle): number {
  return laidOutLabel(document, text, style).total;
}

/**
 * One line of text at a point, its words in bidirectional order and each in its script's font (an Arabic
 * label too), aligned on `x` as asked. Returns where the text ends on the right.
 */
export function drawLabel(
  document: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  style: LabelStyle,
): number {
  const { x: keptX, y: keptY } = document;
  const { words, widths, space, total } = laidOutLabel(document, text, style);
  document.fillColor(style.color);
  let cursor = style.align === 'left' ? x : style.align === 'center' ? x - total / 2 : x - total;
  words.forEach((word, index) => {
    document.font(pdfFontName(word.script, style.style)).text(word.text, cursor, y, { lineBreak: false });
    cursor += widths[index]! + space;
  });
  document.x = keptX;
  document.y = keptY;
  return cursor - space;
}
