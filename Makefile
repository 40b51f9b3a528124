# zeef — build the stage executables, run the tests.
#
#   make              build bin/zeef-extract, bin/zeef-fields, bin/zeef-check, bin/zeef-score
#   make check        build and run every test (TAP, through prove)
#   make check SANITIZE=1   the same under AddressSanitizer and UBSan
#   make fuzz FUZZ_SECONDS=N  run every libFuzzer harness for N seconds
#   make screenshot   PNGs of the samples' report and interview sheet in out/screenshots/
#   make bench        zeef against pdftotext, docx2txt, pandoc (docs/bench.md); make bench-check
#   make clean
#
# Sources: lib/ is the small shared library (JSON, text, dates, rules, profile),
# extractors/ turns PDF and DOCX into text, pipeline/ holds the other stages.
# Each stage's main() is in the file named after it (extractors/extract.c,
# pipeline/fields.c, ...); everything else is linked into build/libzeef.a.

CC      ?= cc
PKGS    := poppler-glib libzip libxml-2.0 libpcre2-8 glib-2.0
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Ilib -Iextractors -Ipipeline -Itests/unit \
           $(shell pkg-config --cflags $(PKGS))
LDLIBS  += $(shell pkg-config --libs $(PKGS)) -lexttextcat-2.0 -lm

ifeq ($(SANITIZE),1)
CFLAGS  += -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
BUILD   := build-san
else
BUILD   := build
endif
BIN     := $(BUILD)/bin

STAGES  := extract fields check score
MAINS   := extractors/extract.c extractors/extract-pdf.c pipeline/fields.c pipeline/check.c pipeline/score.c \
           pipeline/zeef.c
LIBSRC  := $(filter-out $(MAINS),$(wildcard lib/*.c extractors/*.c pipeline/*.c))
LIBOBJ  := $(LIBSRC:%.c=$(BUILD)/%.o)
TESTSRC := $(wildcard tests/unit/test_*.c)
TESTBIN := $(TESTSRC:tests/unit/%.c=$(BUILD)/tests/%) $(BUILD)/tests/compare_expected $(BUILD)/tests/jget \
           $(BUILD)/tests/peakrss
# The fuzz harnesses (tests/fuzz/fuzz_*.c) as plain programs that replay files
# (tests/fuzz/replay.c), for tests/fuzz-regressions.t; the fuzzers themselves
# are built with clang by tests/fuzz/fuzz.mk (make fuzz).
FUZZSRC := $(wildcard tests/fuzz/fuzz_*.c)
FUZZOBJ := $(FUZZSRC:%.c=$(BUILD)/%.o) $(BUILD)/tests/fuzz/replay.o
REPLAYBIN := $(FUZZSRC:tests/fuzz/%.c=$(BUILD)/tests/replay_%)
TESTBIN += $(REPLAYBIN)

all: $(STAGES:%=$(BIN)/zeef-%) $(TESTBIN)
all: $(BIN)/zeef $(BIN)/zeef-extract-pdf

$(BUILD)/%.o: %.c $(wildcard lib/*.h extractors/*.h pipeline/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD)/libzeef.a: $(LIBOBJ)
	@rm -f $@
	ar rcs $@ $^

# zeef-extract links no poppler (extractors/pdfhelper.h): it forks a child per
# document, and a fork costs in proportion to what is mapped.  PDFs go to
# zeef-extract-pdf, which has poppler.  A reference to poppler from
# zeef-extract's objects fails this link, as it should.
LEAN_LIBS := $(shell pkg-config --libs libzip libxml-2.0 glib-2.0) -lm
$(BIN)/zeef-extract: $(BUILD)/extractors/extract.o $(BUILD)/libzeef.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LEAN_LIBS)
$(BIN)/zeef-extract-pdf: $(BUILD)/extractors/extract-pdf.o $(BUILD)/libzeef.a
$(BIN)/zeef-fields:  $(BUILD)/pipeline/fields.o $(BUILD)/libzeef.a
$(BIN)/zeef-check:   $(BUILD)/pipeline/check.o $(BUILD)/libzeef.a
$(BIN)/zeef-score:   $(BUILD)/pipeline/score.o $(BUILD)/libzeef.a
$(BIN)/zeef-%:
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# zeef: drop folders, the SQLite ledger, nightly runs (pipeline/zeef.c, docs/ledger.md)
$(BIN)/zeef: $(BUILD)/pipeline/zeef.o $(BUILD)/libzeef.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) $(shell pkg-config --libs sqlite3)

$(BUILD)/tests/compare_expected: $(BUILD)/tests/tools/compare_expected.o $(BUILD)/libzeef.a
$(BUILD)/tests/jget: $(BUILD)/tests/tools/jget.o $(BUILD)/libzeef.a
$(BUILD)/tests/compare_expected $(BUILD)/tests/jget:
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/peakrss: $(BUILD)/tests/tools/peakrss.o
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^

$(FUZZOBJ): tests/fuzz/fuzz_common.h
$(REPLAYBIN): $(BUILD)/tests/replay_%: $(BUILD)/tests/fuzz/%.o $(BUILD)/tests/fuzz/replay.o $(BUILD)/libzeef.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) -lz

$(BUILD)/tests/%: $(BUILD)/tests/unit/%.o $(BUILD)/libzeef.a
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

check: all
	ZEEF_BUILD=$(BUILD) prove -f --exec bash tests/

# libFuzzer harnesses (clang): tests/fuzz/fuzz.mk
FUZZ_SECONDS ?= 60
fuzz:
	$(MAKE) -f tests/fuzz/fuzz.mk FUZZ_SECONDS=$(FUZZ_SECONDS)

clean:
	rm -rf build build-san build-fuzz

.PHONY: all check clean fuzz

# PNG screenshots of the samples' report and interview sheet (headless
# Chromium), for a person to look at: out/screenshots/.
SHOTS   ?= out/screenshots
CHROMIUM_SHOT = chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
                --disable-background-networking --disable-component-update --disable-sync \
                --hide-scrollbars --user-data-dir=$$(mktemp -d)
screenshot: all
	./run.sh --no-install >/dev/null
	./run.sh --no-install --blind --out out/blind >/dev/null
	@mkdir -p $(SHOTS)
	$(CHROMIUM_SHOT) --window-size=1280,1000 --screenshot=$(SHOTS)/report-top.png file://$(CURDIR)/out/report.html 2>/dev/null
	$(CHROMIUM_SHOT) --window-size=1280,6000 --screenshot=$(SHOTS)/report-full.png file://$(CURDIR)/out/report.html 2>/dev/null
	$(CHROMIUM_SHOT) --window-size=900,1300 --screenshot=$(SHOTS)/interview.png file://$(CURDIR)/out/interview.html 2>/dev/null
	$(CHROMIUM_SHOT) --window-size=1280,1000 --screenshot=$(SHOTS)/report-blind-top.png file://$(CURDIR)/out/blind/report.html 2>/dev/null
	$(CHROMIUM_SHOT) --no-pdf-header-footer --print-to-pdf=$(SHOTS)/report.pdf file://$(CURDIR)/out/report.html 2>/dev/null
	$(CHROMIUM_SHOT) --no-pdf-header-footer --print-to-pdf=$(SHOTS)/interview.pdf file://$(CURDIR)/out/interview.html 2>/dev/null
	pdftoppm -png -r 50 -f 1 -l 8 $(SHOTS)/report.pdf $(SHOTS)/report-print
	pdftoppm -png -r 50 -f 1 -l 1 $(SHOTS)/interview.pdf $(SHOTS)/interview-print
	@ls $(SHOTS)

.PHONY: screenshot

# Benchmark (bench/bench.sh, docs/bench.md): zeef against pdftotext, docx2txt
# and pandoc on a generated corpus cached in ~/.cache/zeef-bench.  bench-check
# fails when a target is missed; neither is part of `make check` (timing is
# noisy on shared machines).  BENCH_CORPUS=DIR: your own PDF and DOCX files.
BENCH_RUNS ?= 5
bench: all
	ZEEF_BUILD=$(BUILD) ZEEF_BENCH_CORPUS=$(BENCH_CORPUS) bench/bench.sh --runs $(BENCH_RUNS)
bench-check: all
	ZEEF_BUILD=$(BUILD) ZEEF_BENCH_CORPUS=$(BENCH_CORPUS) bench/bench.sh --runs $(BENCH_RUNS) --check

.PHONY: bench bench-check
