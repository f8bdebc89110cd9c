/**
 * Work counters for the steps whose cost could grow faster than a table: the outstanding-count sweep
 * (`overlapSteps`: one per interval entering, leaving or being a candidate, plus one per heap level moved)
 * and the rules' searches over a table's rows (`rowVisits`: one per row looked at). Tests read them to
 * prove a tall table costs a bounded amount of work per row, without timing anything; nothing else does.
 */
export const workCounters = { overlapSteps: 0, rowVisits: 0 };
