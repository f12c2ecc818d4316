export interface SvgDrawer {
  png(svg: string): Uint8Array;
  /** RGBA, premultiplied, row by row. */
  pixels(svg: string): Uint8Array;
}
export function svgDrawer(fontBuffers: Uint8Array[], defaultFontFamily: string): Promise<SvgDrawer>;
export function resvgVersion(): string;
