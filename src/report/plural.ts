/** `1 error`, `2 errors`: the count and the noun that goes with it. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
