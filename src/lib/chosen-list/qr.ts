// The list's address as a QR code, drawn in the page (lean-qr, no network): a module matrix and an
// SVG path of its dark modules. The test decodes the same matrix back to the address.
import { correction, generate } from 'lean-qr';

/** Rows of modules, true = dark; without the quiet zone (the SVG adds it). */
export function qrMatrix(text: string): boolean[][] {
  const code = generate(text, { minCorrectionLevel: correction.M });
  return Array.from({ length: code.size }, (_, y) => Array.from({ length: code.size }, (_, x) => code.get(x, y)));
}

/** Quiet zone around the code, in modules (the standard asks for four). */
export const QUIET_ZONE = 4;

/** An SVG path drawing each dark module as a 1×1 square, offset by the quiet zone. */
export function qrPath(matrix: readonly (readonly boolean[])[]): string {
  const squares: string[] = [];
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`);
    }),
  );
  return squares.join('');
}
