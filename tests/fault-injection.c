/* fault-injection.c: makes one system call fail on demand
 *
 * Linked into a test program, these definitions take the place of libc's
 * write(), fsync(), close() and rename() for the whole process, including
 * the core library. They behave as libc's unless OFFLOAD_FAULT names the
 * call and the file concerned contains OFFLOAD_FAULT_PATH:
 *
 *   OFFLOAD_FAULT=write:ENOSPC OFFLOAD_FAULT_PATH=.~offload-
 *
 * so a test can make the disk fill up in the middle of a save, a flush fail,
 * a rename be refused or a close report a late write error.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fault-injection.h"

static int
errno_named (const char *name)
{
  static const struct { const char *name; int value; } known[] = {
    { "ENOSPC", ENOSPC }, { "EIO", EIO }, { "EDQUOT", EDQUOT }, { "EROFS", EROFS }, { "EACCES", EACCES },
  };

  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
    if (strcmp (name, known[i].name) == 0)
      return known[i].value;
  return EIO;
}

/* The errno to fail @call on @path with, or 0 to let it through. */
static int
injected (const char *call,
          const char *path)
{
  const char *fault = getenv ("OFFLOAD_FAULT");
  const char *match = getenv ("OFFLOAD_FAULT_PATH");
  size_t n = strlen (call);

  if (fault == NULL || strncmp (fault, call, n) != 0 || fault[n] != ':')
    return 0;
  if (match == NULL || path == NULL || strstr (path, match) == NULL)
    return 0;
  return errno_named (fault + n + 1);
}

static int
injected_fd (const char *call,
             int         fd)
{
  char link[64];
  char path[4096];
  ssize_t length;
  int saved = errno;

  if (getenv ("OFFLOAD_FAULT") == NULL)
    return 0;
  snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  length = readlink (link, path, sizeof path - 1);
  errno = saved;
  if (length < 0)
    return 0;
  path[length] = '\0';
  return injected (call, path);
}

/* libc's own definition, found once; memcpy because ISO C has no cast
 * from an object pointer to a function pointer. */
#define REAL(type, name, args) \
  static type (*real) args; \
  if (real == NULL) \
    { \
      void *symbol = dlsym (RTLD_NEXT, name); \
      memcpy (&real, &symbol, sizeof real); \
    }

ssize_t
write (int         fd,
       const void *buf,
       size_t      count)
{
  REAL (ssize_t, "write", (int, const void *, size_t));
  int error = injected_fd ("write", fd);

  /* A disk that fills up takes part of the data first. */
  if (error != 0 && count > 1)
    return real (fd, buf, count / 2);
  if (error != 0)
    {
      errno = error;
      return -1;
    }
  return real (fd, buf, count);
}

int
fsync (int fd)
{
  REAL (int, "fsync", (int));
  int error = injected_fd ("fsync", fd);

  if (error != 0)
    {
      errno = error;
      return -1;
    }
  return real (fd);
}

int
close (int fd)
{
  REAL (int, "close", (int));
  int error = injected_fd ("close", fd);
  int result = real (fd);

  /* As on NFS: the descriptor is gone, and a late write error is reported. */
  if (error != 0)
    {
      errno = error;
      return -1;
    }
  return result;
}

int
rename (const char *from,
        const char *to)
{
  REAL (int, "rename", (const char *, const char *));
  int error = injected ("rename", from);

  if (error != 0)
    {
      errno = error;
      return -1;
    }
  return real (from, to);
}

void
fault_injection_set (const char *call_and_errno,
                     const char *path_part)
{
  if (call_and_errno == NULL)
    {
      unsetenv ("OFFLOAD_FAULT");
      unsetenv ("OFFLOAD_FAULT_PATH");
      return;
    }
  setenv ("OFFLOAD_FAULT_PATH", path_part, 1);
  setenv ("OFFLOAD_FAULT", call_and_errno, 1);
}
