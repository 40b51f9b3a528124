#!/bin/sh
# Regenerate tests/holdout11/ (8 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout11/make-holdout11.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
