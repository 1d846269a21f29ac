// Timepoint windows for pooling: trials report at slightly different times (230 minutes, 24 h, day 1),
// so a synthesis pools the timepoints that fall in one window. Bounds in hours, lower exclusive, upper inclusive.
export const WINDOWS = [
  { id: "hours", label: "Within 6 hours", min: 0, max: 6 },
  { id: "day-1", label: "About 24 hours (6–36 h)", min: 6, max: 36 },
  { id: "days-2-7", label: "Days 2 to 7", min: 36, max: 192 },
  { id: "weeks-2-5", label: "Weeks 2 to 5 (including day 28)", min: 192, max: 888 },
  { id: "later", label: "After 5 weeks", min: 888, max: Number.POSITIVE_INFINITY },
] as const;

export type WindowId = (typeof WINDOWS)[number]["id"];
export const WINDOW_IDS = WINDOWS.map((w) => w.id) as unknown as readonly [WindowId, ...WindowId[]];

export function windowOf(hours: number): WindowId {
  return (WINDOWS.find((w) => hours > w.min && hours <= w.max) ?? WINDOWS[0]).id;
}

export function windowById(id: WindowId) {
  return WINDOWS.find((w) => w.id === id)!;
}
