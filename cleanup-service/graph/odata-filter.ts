// $filter expressions for the few queries the service makes. Values are OData string literals: a single quote
// inside is doubled. Long lists are split so no filter grows past what Graph accepts comfortably.

const MAX_CLAUSES_PER_FILTER = 15;

export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function eqAnyFilters(clauses: { property: string; value: string }[]): string[] {
  const filters: string[] = [];
  for (let start = 0; start < clauses.length; start += MAX_CLAUSES_PER_FILTER) {
    filters.push(
      clauses
        .slice(start, start + MAX_CLAUSES_PER_FILTER)
        .map((clause) => `${clause.property} eq ${odataString(clause.value)}`)
        .join(" or "),
    );
  }
  return filters;
}
