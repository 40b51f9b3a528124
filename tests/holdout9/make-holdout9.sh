#!/bin/sh
# Regenerate tests/holdout9/ (8 more decision-trap CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout9/make-holdout9.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
