#!/bin/sh
# Runs the C unit test test_lang (TAP).
exec "${ZEEF_BUILD:-build}/tests/test_lang"
