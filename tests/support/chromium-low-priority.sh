#!/bin/sh
# Starts Chromium ($CHROMIUM_PATH) at a lower CPU priority than the site builds other tests wait for
# (tests/support/test-priority.ts). Playwright starts it in a session of its own, which Linux schedules
# as a group (autogroup) beside the tests' session: the group's priority is lowered. As root, Chromium
# would also raise some of its threads' priority: without the right to, they keep the one inherited
# from the test process. Whatever of this is not possible here is left out.
echo 5 > /proc/self/autogroup 2>/dev/null
if setpriv --bounding-set -sys_nice -- true 2>/dev/null; then exec setpriv --bounding-set -sys_nice -- "$CHROMIUM_PATH" "$@"; fi
exec "$CHROMIUM_PATH" "$@"
