/* Processes and memory: prctl, clone3, scheduling, ids, uname, limits and the rest. */
#include <inttypes.h>

#include "common.h"
#include "print.h"
