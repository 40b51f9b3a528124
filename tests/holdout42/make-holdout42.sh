#!/bin/sh
# Regenerate tests/holdout42/ (8 CVs, round 42: must-not-pass traps, second series; two controls): see
# tests/holdout2/make-set.sh.
#
#   tests/holdout42/make-holdout42.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
