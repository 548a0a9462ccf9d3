/**
 * The moment this build runs: every page computes "next" dates from it and says when it was made,
 * so a stale build is visible. YUYUAN_BUILD_TIME (an ISO date-time) pins it for tests.
 */
export const buildTime: Date = process.env.YUYUAN_BUILD_TIME ? new Date(process.env.YUYUAN_BUILD_TIME) : new Date();
