// The two font packages the build uses ship no types; only what web-fonts.ts calls is declared.
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    /** Name IDs kept besides 1-6 (harfbuzz keeps only those by default). */
    preserveNameIds?: number[];
    noHinting?: boolean;
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  export function convert(font: Buffer, to: 'sfnt' | 'truetype' | 'woff' | 'woff2', from?: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Buffer>;
}
