# tests/fuzz/fuzz.mk — build the libFuzzer harnesses with clang and run each
# for FUZZ_SECONDS seconds on its committed seed corpus.
#
#   make fuzz FUZZ_SECONDS=600             (from the top level)
#   make -f tests/fuzz/fuzz.mk build       only build build-fuzz/fuzz_*
#   make -f tests/fuzz/fuzz.mk run-dates   one harness
#   make -j2 fuzz                          harnesses side by side
#
# Harnesses (tests/fuzz/fuzz_*.c): docx (extractors/docx.c), dates
# (lib/dates.c), rules (lib/rules.c), profile (lib/profile.c), jsonl
# (lib/json.c: json_read_line/json_parse/json_write, the reader all stages
# share).  Seeds: tests/fuzz/corpus/fuzz_NAME/, copied with the committed
# regressions (tests/fuzz/regressions/fuzz_NAME/) into a scratch corpus
# build-fuzz/corpus/fuzz_NAME/ that the run may grow; the committed seeds are
# never written.  Crashes, leaks (detect_leaks=1), timeouts and out-of-memory
# land in build-fuzz/artifacts/fuzz_NAME/; logs in build-fuzz/logs/.
# The run exits non-zero when any harness found something, and prints the
# reproducers.  Replay one with build-fuzz/fuzz_NAME FILE; once fixed, copy it
# into tests/fuzz/regressions/fuzz_NAME/ (tests/fuzz-regressions.t replays it).

FUZZ_SECONDS ?= 60
FUZZ_CC      ?= clang
FUZZ_OUT     ?= build-fuzz
PKGS         := poppler-glib libzip libxml-2.0 libpcre2-8 glib-2.0
HARNESSES    := docx dates rules profile jsonl

SAN          := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS  ?= -O1 -g
FUZZ_CFLAGS  += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Ilib -Iextractors -Itests/fuzz \
                $(shell pkg-config --cflags $(PKGS))
FUZZ_LDLIBS  := $(shell pkg-config --libs $(PKGS) zlib) -lexttextcat-2.0 -lm

# The code under test, instrumented for coverage (no libFuzzer main).
SRC          := $(filter-out extractors/extract.c extractors/extract-pdf.c,$(wildcard lib/*.c extractors/*.c))
OBJ          := $(SRC:%.c=$(FUZZ_OUT)/obj/%.o)
HDRS         := $(wildcard lib/*.h extractors/*.h) tests/fuzz/fuzz_common.h

# -max_len per harness: a DOCX may be large, the rest are text.
MAXLEN_docx    := 1048576
MAXLEN_dates   := 4096
MAXLEN_rules   := 65536
MAXLEN_profile := 65536
MAXLEN_jsonl   := 262144

DICT_docx    := tests/fuzz/docx.dict
DICT_dates   := tests/fuzz/dates.dict
DICT_rules   :=
DICT_profile := tests/fuzz/profile.dict
DICT_jsonl   := tests/fuzz/jsonl.dict

FUZZ_FLAGS   ?=
RUN_FLAGS     = -max_total_time=$(FUZZ_SECONDS) -max_len=$(MAXLEN_$*) -rss_limit_mb=2048 \
                -timeout=10 -print_final_stats=1 -detect_leaks=1 \
                $(if $(DICT_$*),-dict=$(DICT_$*)) \
                -artifact_prefix=$(FUZZ_OUT)/artifacts/fuzz_$*/ $(FUZZ_FLAGS)

ifeq ($(shell command -v $(FUZZ_CC) 2>/dev/null),)
$(error make fuzz needs clang with libFuzzer: apt-get install clang (Debian 12: clang-14 and libclang-rt-14-dev))
endif

all: fuzz

build: $(HARNESSES:%=$(FUZZ_OUT)/fuzz_%)

$(FUZZ_OUT)/obj/%.o: %.c $(HDRS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(SAN) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_OUT)/fuzz_%: $(FUZZ_OUT)/obj/tests/fuzz/fuzz_%.o $(OBJ)
	$(FUZZ_CC) $(SAN) -fsanitize=fuzzer -o $@ $^ $(FUZZ_LDLIBS)

# Runs one harness; never fails itself, records the outcome in status/.
run-%: $(FUZZ_OUT)/fuzz_% FORCE
	@rm -rf $(FUZZ_OUT)/artifacts/fuzz_$* $(FUZZ_OUT)/status/$*
	@mkdir -p $(FUZZ_OUT)/corpus/fuzz_$* $(FUZZ_OUT)/artifacts/fuzz_$* $(FUZZ_OUT)/logs $(FUZZ_OUT)/status
	@cp -n tests/fuzz/corpus/fuzz_$*/* $(FUZZ_OUT)/corpus/fuzz_$*/ 2>/dev/null || true
	@if [ -d tests/fuzz/regressions/fuzz_$* ]; then \
	    cp -n tests/fuzz/regressions/fuzz_$*/* $(FUZZ_OUT)/corpus/fuzz_$*/ 2>/dev/null || true; fi
	@echo "fuzz_$*: $(FUZZ_SECONDS) s, log $(FUZZ_OUT)/logs/fuzz_$*.log"
	@rc=0; ./$(FUZZ_OUT)/fuzz_$* $(RUN_FLAGS) $(FUZZ_OUT)/corpus/fuzz_$* \
	    > $(FUZZ_OUT)/logs/fuzz_$*.log 2>&1 || rc=$$?; \
	  echo $$rc > $(FUZZ_OUT)/status/$*; \
	  stats=$$(grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)' $(FUZZ_OUT)/logs/fuzz_$*.log | tr '\n' ' '); \
	  cov=$$(grep -E '^#[0-9]+' $(FUZZ_OUT)/logs/fuzz_$*.log | tail -1 | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9/]+[a-zA-Z]*'); \
	  echo "fuzz_$*: exit $$rc; $$cov; $$stats"

fuzz: $(HARNESSES:%=run-%)
	@fail=0; for h in $(HARNESSES); do \
	    rc=$$(cat $(FUZZ_OUT)/status/$$h 2>/dev/null || echo 1); \
	    found=$$(ls $(FUZZ_OUT)/artifacts/fuzz_$$h/ 2>/dev/null); \
	    if [ "$$rc" != 0 ] || [ -n "$$found" ]; then \
	        fail=1; echo "FAIL fuzz_$$h (exit $$rc); see $(FUZZ_OUT)/logs/fuzz_$$h.log"; \
	        for f in $$found; do echo "  reproducer: $(FUZZ_OUT)/artifacts/fuzz_$$h/$$f" \
	            "(replay: ./$(FUZZ_OUT)/fuzz_$$h $(FUZZ_OUT)/artifacts/fuzz_$$h/$$f)"; done; \
	        grep -m1 -E '^(==[0-9]+==ERROR|SUMMARY|.*fuzz invariant failed)' $(FUZZ_OUT)/logs/fuzz_$$h.log | sed 's/^/  /'; \
	    else echo "ok   fuzz_$$h"; fi; \
	done; exit $$fail

FORCE:
.PHONY: all build fuzz FORCE
.SECONDARY:
