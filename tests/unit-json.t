#!/bin/sh
# Runs the C unit test test_json (TAP): the JSON Lines reader and writer.
exec "${ZEEF_BUILD:-build}/tests/test_json"
