#!/bin/sh
# Runs the C unit test test_blind (TAP).
exec "${ZEEF_BUILD:-build}/tests/test_blind"
