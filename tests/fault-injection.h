/* fault-injection.h: see fault-injection.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

/* "write:ENOSPC", "fsync:EIO", "close:EIO", "rename:EIO"… on files whose
 * path contains @path_part; NULL turns injection off. */
void fault_injection_set (const char *call_and_errno,
                          const char *path_part);
