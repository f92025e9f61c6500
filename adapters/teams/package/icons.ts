import { encodePng, type Rgba } from './png.js';

// Boussole's mark: a compass needle. The color icon is the needle on the brand colour; the
// outline icon is the needle alone in white on a transparent background, as Teams requires.

export const ACCENT = '#1F5C99';
const BRAND: Rgba = [0x1f, 0x5c, 0x99, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const RED: Rgba = [0xe0, 0x4f, 0x39, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** Where (x, y) falls in a size×size square: on the ring, the north half of the needle, the south half. */
function compass(x: number, y: number, size: number): 'ring' | 'north' | 'south' | null {
  const c = (size - 1) / 2;
  const dx = x - c;
  const dy = y - c;
  const r = Math.hypot(dx, dy);
  const outer = size * 0.44;
  if (r <= outer && r >= outer - Math.max(1.5, size * 0.05)) return 'ring';
  // A diamond needle: |dx| / width + |dy| / length <= 1.
  const length = size * 0.34;
  const width = size * 0.1;
  if (Math.abs(dx) / width + Math.abs(dy) / length <= 1) return dy < 0 ? 'north' : 'south';
  return null;
}

export function colorIcon(size = 192): Buffer {
  return encodePng(size, size, (x, y) => {
    const part = compass(x, y, size);
    return part === 'north' ? RED : part ? WHITE : BRAND;
  });
}

export function outlineIcon(size = 32): Buffer {
  return encodePng(size, size, (x, y) => (compass(x, y, size) ? WHITE : CLEAR));
}
