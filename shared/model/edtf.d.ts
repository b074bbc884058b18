/** The parts of the `edtf` package (untyped) that approximate-date.ts uses. */
declare module 'edtf' {
  export interface ParsedDate {
    type: 'Date';
    level: number;
    /** Year, then month counted from 0, then day. */
    values: number[];
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
    offset?: number;
  }
  export interface ParsedSeason {
    type: 'Season';
    level: number;
    /** Year, then the season or quarter code (21-24 seasons, 33-36 quarters). */
    values: [number, number];
  }
  export interface ParsedInterval {
    type: 'Interval';
    level: number;
    values: [ParsedDate | null, ParsedDate | null];
  }
  export type Parsed =
    ParsedDate | ParsedSeason | ParsedInterval | { type: string; level: number; values: unknown };
  export function parse(input: string, constraints?: { level?: number; types?: string[] }): Parsed;
  /** Parses and checks the value (an interval's ends in order); throws on anything invalid. */
  export default function edtf(input: string): { type: string; edtf: string; min: number; max: number };
}
