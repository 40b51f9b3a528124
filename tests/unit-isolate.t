#!/bin/sh
# Runs the C unit test test_isolate (TAP).
exec "${ZEEF_BUILD:-build}/tests/test_isolate"
