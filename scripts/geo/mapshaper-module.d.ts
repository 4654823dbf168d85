/** Types for the part of `mapshaper` (no types of its own) the geography importer uses. */
declare module 'mapshaper' {
  const mapshaper: {
    /** Runs a command line on in-memory inputs (file name to content); resolves to the output files by name. */
    applyCommands(
      commandos: string,
      invoer: Record<string, unknown>,
    ): Promise<Record<string, Buffer | string>>;
  };
  export default mapshaper;
}
