/* offload-error.h: the error domain of every failure a user can cause
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define OFFLOAD_ERROR (offload_error_quark ())

/**
 * OffloadError:
 * Codes of the %OFFLOAD_ERROR domain. Tests match on them, so only append.
 */
typedef enum
{
  OFFLOAD_ERROR_IO,             /* the file could not be read or written */
  OFFLOAD_ERROR_NOT_REGULAR,    /* a directory, a device, a socket… */
  OFFLOAD_ERROR_TOO_LARGE,      /* over the size limit, refused before parsing */
  OFFLOAD_ERROR_EMPTY,          /* no bytes, or only white space */
  OFFLOAD_ERROR_ENCODING,       /* invalid UTF-8, a NUL byte, a lone surrogate */
  OFFLOAD_ERROR_SYNTAX,         /* not JSON; the message has line and column */
  OFFLOAD_ERROR_TOO_DEEP,       /* nested deeper than the format needs */
  OFFLOAD_ERROR_DUPLICATE_KEY,  /* one object names a member twice */
  OFFLOAD_ERROR_NUMBER,         /* a number that does not fit a double or an exact integer */
  OFFLOAD_ERROR_NOT_OFFLOAD,    /* valid JSON, but not an Offload document */
  OFFLOAD_ERROR_NEWER_VERSION,  /* made by a newer version of Offload */
  OFFLOAD_ERROR_BAD_VERSION,    /* a version that never existed */
  OFFLOAD_ERROR_MISSING,        /* a required member is absent */
  OFFLOAD_ERROR_TYPE,           /* a member has the wrong JSON type */
  OFFLOAD_ERROR_RANGE,          /* a value outside its allowed range */
  OFFLOAD_ERROR_UNKNOWN_MEMBER, /* a member the format does not define */
  OFFLOAD_ERROR_CATALOG,        /* data/signs.json is malformed */
  OFFLOAD_ERROR_USAGE,          /* the command line was misused */
  OFFLOAD_ERROR_CHANGED_ON_DISK, /* another program changed the file since it was read or written here */
} OffloadError;

GQuark offload_error_quark (void);

G_END_DECLS
