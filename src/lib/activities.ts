/**
 * Activity lists: regular activities first, then dated ones newest first, then those the source
 * reports without a date. Pure; the archive page and the home page use it.
 */
interface Timed {
  id: string;
  data: { title: string; date?: Date; recurrence?: { frequency: string }; reported?: Date };
}

const frequencyOrder: Record<string, number> = { monthly: 0, quarterly: 1, biennial: 2 };

export function groupActivitiesByTiming<T extends Timed>(activities: readonly T[]) {
  const recurring = activities
    .filter((a) => a.data.recurrence)
    .sort((a, b) => (frequencyOrder[a.data.recurrence!.frequency] ?? 9) - (frequencyOrder[b.data.recurrence!.frequency] ?? 9) || a.id.localeCompare(b.id));
  const dated = activities.filter((a) => a.data.date).sort((a, b) => b.data.date!.getTime() - a.data.date!.getTime());
  const reported = activities.filter((a) => a.data.reported).sort((a, b) => b.data.reported!.getTime() - a.data.reported!.getTime() || a.id.localeCompare(b.id));
  return { recurring, dated, reported };
}
