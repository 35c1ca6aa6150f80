/**
 * From positions in the deobfuscated code back to the input: evidence found in the readable code should point at
 * the line a person opens in the file they were given. Built from the code generator's raw mappings: each node that
 * came from the input (or inherited a location from the node it replaced, e.g. a decoded string from its decoder call,
 * a decoded layer from its eval call) maps to where it was.
 */
interface Mapping { generated: { line: number; column: number }; original?: { line: number; column: number } | undefined }

export interface SourcePosition {
  line: number;
  /** 1-based, like the analysis evidence. */
  column: number;
}

export class LocationMap {
  // Parallel sorted arrays of generated positions (line * 2^20 + column) and original ones.
  readonly #generated: number[];
  readonly #original: SourcePosition[];
  readonly #identity: boolean;

  private constructor(generated: number[], original: SourcePosition[], identity: boolean) {
    this.#generated = generated;
    this.#original = original;
    this.#identity = identity;
  }

  /** For output that is the input unchanged. */
  static identity(): LocationMap {
    return new LocationMap([], [], true);
  }

  static fromMappings(mappings: readonly Mapping[]): LocationMap {
    const entries = mappings
      .flatMap((mapping) => (mapping.original && mapping.original.line > 0
        ? [{ key: mapping.generated.line * 2 ** 20 + mapping.generated.column, original: { line: mapping.original.line, column: mapping.original.column + 1 } }]
        : []))
      .sort((a, b) => a.key - b.key);
    return new LocationMap(entries.map((entry) => entry.key), entries.map((entry) => entry.original), false);
  }

  /**
   * The input position of the nearest mapped code at or before `line:column` (1-based) of the output on the same
   * line, else the nearest one before it; null when nothing before it came from the input.
   */
  locate(line: number, column: number): SourcePosition | null {
    if (this.#identity) return { line, column };
    const key = line * 2 ** 20 + (column - 1);
    let low = 0;
    let high = this.#generated.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.#generated[middle] as number) <= key) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found < 0 ? null : (this.#original[found] as SourcePosition);
  }
}
