/**
 * The slot a two-slot figure starting at `start` shares with another row's two-slot figure that overlaps it by one
 * slot, from one side only: `start` when one starts a slot before it, `start + 1` when one starts a slot after it;
 * undefined when both do or neither. `starts` holds the first slots of such figures no one-slot figure places (3M's
 * statement of equity: `$ | 6,568` over the figure and `)` slots in its balance rows, "48" over the `$` and figure
 * slots in the others, both in the figure slot). The HTML grid (tables/grid.ts) and the SEC-text rendering
 * (render/renderTable.ts) place them alike by it.
 */
export function sharedSlot(starts: ReadonlySet<number>, start: number): number | undefined {
  const before = starts.has(start - 1);
  if (before === starts.has(start + 1)) return undefined;
  return before ? start : start + 1;
}
