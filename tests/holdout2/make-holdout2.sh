#!/bin/sh
# Regenerate tests/holdout2/ (14 fictional CVs built around decision traps): see tests/holdout2/make-set.sh.
#
#   tests/holdout2/make-holdout2.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
