#!/bin/sh
# Runs the C unit test test_rules (TAP): rule groups and the sieve.
exec "${ZEEF_BUILD:-build}/tests/test_rules"
