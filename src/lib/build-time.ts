/**
 * The moment this build runs: every page computes "next" dates from it and says when it was made,
 * so a stale build is visible. YUYUAN_BUILD_TIME (an ISO date-time) pins it for tests.
 */
import { buildTimeSetting } from './env';

const pinned = buildTimeSetting();
export const buildTime: Date = pinned ? new Date(pinned) : new Date();
