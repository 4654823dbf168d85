/** Types for the `siphash` package (no types of its own), the reference the record-key tests compare with. */
declare module 'siphash' {
  const SipHash: {
    hash(key: ArrayLike<number>, message: string | Uint8Array): { h: number; l: number };
  };
  export default SipHash;
}
