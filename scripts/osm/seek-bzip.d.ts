// seek-bzip ships no types; the one function the import uses.
declare module 'seek-bzip' {
  const Bunzip: {
    /** Decompresses a whole .bz2 buffer; `multistream` reads files written by pbzip2/lbzip2 too. */
    decode(input: Uint8Array, output?: undefined, multistream?: boolean): Buffer;
  };
  export default Bunzip;
}
