/** The three Dutch school-holiday regions. Gooi en Vechtstreek is in "noord". */
export type Region = "noord" | "midden" | "zuid";

export const REGIONS: readonly Region[] = ["noord", "midden", "zuid"];

export function isRegion(value: unknown): value is Region {
  return typeof value === "string" && (REGIONS as readonly string[]).includes(value);
}
