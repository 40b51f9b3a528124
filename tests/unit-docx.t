#!/bin/sh
# Runs the C unit test test_docx (TAP).
exec "${ZEEF_BUILD:-build}/tests/test_docx"
