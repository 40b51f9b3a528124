#!/bin/sh
# Runs the C unit test test_dates (TAP).
exec "${ZEEF_BUILD:-build}/tests/test_dates"
