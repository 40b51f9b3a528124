/*
 * peakrss.c — run a command, then report its wall time and peak memory.
 *
 *     peakrss REPORT COMMAND [ARG...]
 *
 * Runs COMMAND (stdin, stdout and stderr inherited), waits for it with
 * wait4(), and writes "MAXRSS_KB WALL_MS STATUS" to the file REPORT, where
 * STATUS is the exit status, or 128 + the signal.  Exits with the command's
 * exit status.
 *
 * Why this is the number we want: the rusage wait4() returns for a child is
 * the child's own plus that of every descendant it waited for, and on Linux
 * ru_maxrss of that is the largest peak resident set among them (the kernel
 * keeps the maximum, it does not add).  zeef-extract forks one child per
 * document and waits for it, SIGKILLed ones included, so the figure is the
 * peak of the worst document's extraction process, or of zeef-extract
 * itself if that was larger.  GNU time's %M is the same figure; this tool
 * only spares the tests a dependency on the "time" package.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: peakrss REPORT COMMAND [ARG...]\n", stderr);
        return 2;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("peakrss: fork");
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "peakrss: %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("peakrss: wait4");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    long ms = (t1.tv_sec - t0.tv_sec) * 1000L + (t1.tv_nsec - t0.tv_nsec) / 1000000L;
    int rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *f = fopen(argv[1], "w");
    if (!f || fprintf(f, "%ld %ld %d\n", ru.ru_maxrss, ms, rc) < 0 || fclose(f) != 0) {
        perror("peakrss: report");
        return 2;
    }
    return rc;
}
