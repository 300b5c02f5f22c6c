// Feature checks by requirement set, as Microsoft recommends, rather than by client or version sniffing.
export function isRequirementSupported(name: string, version: string): boolean {
  return Office.context.requirements?.isSetSupported(name, version) ?? false;
}
