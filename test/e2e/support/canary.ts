// The child the browser tests write signals for. Its name and birth date must never appear in a log line, a
// request path, an acknowledgement or anything else outside the signal itself and the functionary's pane.
export const CANARY = { childName: "Fleur Kanarievogel", birthDate: "14-03-2016", isoBirthDate: "2016-03-14" } as const;

/** Every way the canary could leak: the name, its parts, and the birth date as people and machines write it. */
export function canaryNeedles(): string[] {
  return [
    CANARY.childName,
    ...CANARY.childName.split(" ").filter((part) => part.length >= 4),
    CANARY.birthDate,
    CANARY.isoBirthDate,
    "14/03/2016",
    "14.03.2016",
    "14 maart 2016",
    "14032016",
    "20160314",
  ];
}

/** The texts among `texts` that contain any canary needle (case-insensitive), for a readable failure. */
export function leaksIn(texts: readonly string[]): string[] {
  const needles = canaryNeedles().map((needle) => needle.toLowerCase());
  return texts.filter((text) => needles.some((needle) => text.toLowerCase().includes(needle)));
}
