/**
 * Tiny layout helpers for the SVG figures: SVG text does not wrap, so labels are wrapped here
 * by an estimate of their width (a little generous, so that wide fonts such as DejaVu Sans
 * still fit). Dictionary strings may contain soft hyphens (U+00AD) where a long word may break.
 */

/** Sizes shared by the figures, in viewBox units. */
export const WIDE_W = 640;
export const NARROW_W = 330;
/** Body text: 14 units in the wide layout (≥ 13 px from 600 px up), 14.5 in the narrow one. */
export const FS_WIDE = 14;
export const FS_NARROW = 14.5;
export const LINE = 1.3;

const SHY = '\u00AD';
const NBSP = '\u00A0';

function capacity(width: number, size: number, bold: boolean): number {
  return Math.max(1, Math.floor(width / (size * (bold ? 0.62 : 0.57))));
}

/**
 * Pieces of a word between which a line may break: at a soft hyphen (`shy`: a "-" is then shown),
 * or after a real hyphen joining two parts of at least four letters ("savoir-faire", not "co-création").
 */
function pieces(word: string): { piece: string; shy: boolean }[] {
  const out: { piece: string; shy: boolean }[] = [];
  word.split(SHY).forEach((segment, i) => {
    const parts = segment.split(/(?<=\p{L}{4}-)(?=\p{L}{4})/u);
    parts.forEach((piece, j) => out.push({ piece, shy: i > 0 && j === 0 }));
  });
  return out;
}

/**
 * Splits `text` into lines no wider than `width` (estimated); "\n" forces a break. Lines break
 * between words, after a hyphen inside a word, or at a soft hyphen (which then shows as "-").
 */
export function wrapLines(text: string, width: number, size: number, bold = false): string[] {
  const max = capacity(width, size, bold);
  // Keep French spaced punctuation and the "·" separator with the word before it.
  const norm = text.replace(/ ([:;!?»·])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`);
  const out: string[] = [];
  for (const para of norm.split('\n')) {
    let line = '';
    for (const word of para.split(/ +/).filter(Boolean)) {
      const whole = word.replaceAll(SHY, '');
      // Break inside a word only when the whole word cannot fit on a line of its own.
      if (line && (line + ' ' + whole).length > max && whole.length <= max) {
        out.push(line);
        line = whole;
        continue;
      }
      for (const [i, { piece, shy }] of pieces(word).entries()) {
        const glue = i === 0 && line ? ' ' : '';
        if (line === '' || (line + glue + piece).length <= max) {
          line += glue + piece;
          continue;
        }
        out.push(shy ? `${line}-` : line);
        line = piece;
      }
    }
    if (line) out.push(line);
  }
  return out.length ? out : [''];
}

/** Height of a block of `n` lines, from the top of the first line to the bottom of the last. */
export function linesHeight(n: number, size: number, lh = LINE): number {
  return size + (n - 1) * size * lh;
}

export interface TextBlock {
  lines: string[];
  size: number;
  bold: boolean;
  h: number;
}

/** A wrapped label with its height, ready for <SvgText block={…} />. */
export function block(text: string, width: number, size: number, bold = false): TextBlock {
  const lines = wrapLines(text, width, size, bold);
  return { lines, size, bold, h: linesHeight(lines.length, size) };
}

/** Sum of block heights with `gap` between consecutive blocks. */
export function stackHeight(blocks: readonly TextBlock[], gap: number): number {
  return blocks.reduce((sum, b) => sum + b.h, 0) + gap * Math.max(0, blocks.length - 1);
}

/** Top positions of blocks stacked from `top` with `gap` between them. */
export function stackTops(blocks: readonly TextBlock[], top: number, gap: number): number[] {
  const tops: number[] = [];
  let y = top;
  for (const b of blocks) {
    tops.push(y);
    y += b.h + gap;
  }
  return tops;
}

/** Arrowhead triangle pointing along the segment (x1,y1) → (x2,y2), tip at (x2,y2). */
export function arrowHead(x1: number, y1: number, x2: number, y2: number, size = 9): string {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const spread = Math.PI / 7;
  const p = (ang: number) => `${(x2 - size * Math.cos(ang)).toFixed(1)},${(y2 - size * Math.sin(ang)).toFixed(1)}`;
  return `${x2.toFixed(1)},${y2.toFixed(1)} ${p(a - spread)} ${p(a + spread)}`;
}
