#!/bin/sh
# Runs the C unit test test_report (TAP).
exec "${ZEEF_BUILD:-build}/tests/test_report"
