#!/bin/sh
# Regenerate tests/layouts/ (layout cases, written by the developers): see tests/holdout2/make-set.sh.
#
#   tests/layouts/make-layouts.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
