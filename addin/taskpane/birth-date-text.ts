// The birth date field holds what the caseworker typed (DD-MM-JJJJ); the calendar picker speaks ISO.
export function isoToTyped(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : "";
}

export function typedToIso(typed: string): string {
  const match = /^\s*(\d{2})-(\d{2})-(\d{4})\s*$/.exec(typed);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : "";
}
