/*
 * zeef-tender.c — the standalone `zeef tender` (build/bin/zeef-tender) until
 * the zeef dispatcher calls cmd_tender() itself.  See tender.h.
 *
 *     zeef-tender import REQUEST [-o PROFILE] [--force]
 *     zeef-tender check PROFILE [--samples DIR]
 */
#include "tender.h"

int main(int argc, char **argv)
{
    zeef_progname = "zeef-tender";
    return cmd_tender(argc, argv);
}
