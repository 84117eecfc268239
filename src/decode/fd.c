/* File descriptors and paths: fcntl, iovecs, seeks, copies, statfs, xattrs, mounts. */
#include <inttypes.h>

#include "common.h"
#include "print.h"
