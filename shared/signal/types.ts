// Branded strings: a ChildName or IsoDate can only come out of the parsers in this folder, so code past
// the edge cannot hand an unchecked string to the renderer.

declare const brand: unique symbol;

export type Branded<T, Name extends string> = T & { readonly [brand]: Name };

/** A child's name that passed every rule of `parseChildName`: NFC, trimmed, single spaces. */
export type ChildName = Branded<string, "ChildName">;

/** A real calendar date written "YYYY-MM-DD". */
export type IsoDate = Branded<string, "IsoDate">;

/** Everything a Handle with Care signal may hold (covenant art. 2.1), besides the text "Handle with Care". */
export interface Signal {
  readonly childName: ChildName;
  readonly birthDate: IsoDate;
}

export type SignalWarning = "younger-than-four";

export type SignalField = "childName" | "birthDate";

export interface FieldError {
  readonly field: SignalField;
  readonly code: string;
}
