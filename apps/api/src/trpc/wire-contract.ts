import type { inferProcedureOutput } from "@trpc/server";
import type { AppRouter } from "../router.js";

// A compile-time check of the wire contract: no procedure answers a `Date`. JSON would send it
// as a string while the server's type still said `Date` (tests through `createCaller` would see
// one thing, browsers another); views convert timestamps with `instant()` instead. When this
// fails, `DatesOnTheWire` lists the paths that still hold one.

type Procedures = AppRouter["_def"]["record"];
type Outputs = {
  [Area in keyof Procedures]: {
    [Name in keyof Procedures[Area]]: Procedures[Area][Name] extends { _def: { $types: unknown } } ? inferProcedureOutput<Procedures[Area][Name]> : never;
  };
};

/** Depth guard: outputs nest deeply (a diff's changed measures), but not without end. */
type Shallower = [never, 0, 1, 2, 3, 4, 5, 6, 7, 8];

type DatePaths<T, Path extends string, Depth extends number = 8> = [Depth] extends [never]
  ? never
  : T extends Date
    ? Path
    : T extends Uint8Array | string | number | boolean | null | undefined
      ? never
      : T extends ReadonlyArray<infer Item>
        ? DatePaths<Item, `${Path}[]`, Shallower[Depth]>
        : T extends object
          ? { [Key in keyof T & string]-?: DatePaths<T[Key], `${Path}.${Key}`, Shallower[Depth]> }[keyof T & string]
          : never;

/** Every output path that holds a `Date`, as `area.procedure.field[].field`; `never` when none does. */
export type DatesOnTheWire = {
  [Area in keyof Outputs & string]: {
    [Name in keyof Outputs[Area] & string]-?: DatePaths<Outputs[Area][Name], `${Area}.${Name}`>;
  }[keyof Outputs[Area] & string];
}[keyof Outputs & string];

export const noDatesOnTheWire: [DatesOnTheWire] extends [never] ? true : DatesOnTheWire = true;
