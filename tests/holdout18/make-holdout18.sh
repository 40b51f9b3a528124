#!/bin/sh
# Regenerate tests/holdout18/ (8 realistic, ordinary supplier CVs): see tests/holdout2/make-set.sh.
#
#   tests/holdout18/make-holdout18.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
