#!/bin/sh
# Regenerate tests/holdout38/ (10 CVs, round 38: an ordinary night's inbox from a detacheerder, a recruitment
# bureau and direct applicants): see tests/holdout2/make-set.sh.
#
#   tests/holdout38/make-holdout38.sh
exec "$(dirname "$0")/../holdout2/make-set.sh" "$(dirname "$0")"
