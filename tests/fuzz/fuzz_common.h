/*
 * fuzz_common.h — small helpers shared by the libFuzzer harnesses in
 * tests/fuzz/ (see fuzz.mk).  Each harness defines LLVMFuzzerTestOneInput();
 * built with clang -fsanitize=fuzzer it is a fuzzer, linked with replay.c it
 * is a plain program that runs the files named on its command line (the
 * regression and seed replays of tests/fuzz-regressions.t).
 */
#ifndef ZEEF_FUZZ_COMMON_H
#define ZEEF_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A harness's own invariant failed: report it and abort, so libFuzzer (or the
 * replay) treats it as a crash. */
#define FUZZ_CHECK(cond)                                                              \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                           \
            abort();                                                                  \
        }                                                                             \
    } while (0)

/*
 * Puts the bytes into an anonymous in-memory file (memfd) and writes its
 * /proc/self/fd path into path (at least 64 bytes), for the loaders that read
 * a named file.  Returns the fd (close it when done), or -1.
 */
static inline int fuzz_memfd(const uint8_t *data, size_t size, char *path, size_t pathsz)
{
    int fd = memfd_create("zeef-fuzz", MFD_CLOEXEC);
    if (fd < 0)
        return -1;
    size_t off = 0;
    while (off < size) {
        ssize_t w = write(fd, data + off, size - off);
        if (w <= 0) {
            close(fd);
            return -1;
        }
        off += (size_t)w;
    }
    snprintf(path, pathsz, "/proc/self/fd/%d", fd);
    return fd;
}

/* True when s[0..n) is valid UTF-8 (no overlongs, surrogates or code points
 * past U+10FFFF). */
static inline int fuzz_valid_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t k;
        uint32_t cp, min;
        if ((c & 0xE0) == 0xC0) { k = 1; cp = c & 0x1F; min = 0x80; }
        else if ((c & 0xF0) == 0xE0) { k = 2; cp = c & 0x0F; min = 0x800; }
        else if ((c & 0xF8) == 0xF0) { k = 3; cp = c & 0x07; min = 0x10000; }
        else return 0;
        if (n - i <= k)
            return 0;
        for (size_t j = 1; j <= k; j++) {
            if ((s[i + j] & 0xC0) != 0x80)
                return 0;
            cp = (cp << 6) | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return 0;
        i += k + 1;
    }
    return 1;
}

#endif
