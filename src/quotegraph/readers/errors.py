"""The one exception readers raise internally, and how I/O errors read to a user.

Readers never let an exception escape to the caller of ``read_articles``: they turn it into a
``Failure`` whose ``error`` is a sentence the user can act on. ``ReadError`` carries such a
sentence; ``describe_error`` writes one for it and for the errors the file system or gzip raise.
"""
from __future__ import annotations

import gzip
import zlib


class ReadError(ValueError):
    """An input that cannot become an Article; the message says what is wrong and what to do."""


#: Errors that reading a (possibly gzipped) input can raise, ``describe_error`` explains them.
READ_ERRORS = (ReadError, OSError, EOFError, zlib.error)


def describe_error(exc: BaseException) -> str:
    """Return a user-facing sentence for an error from ``READ_ERRORS``."""
    if isinstance(exc, ReadError):
        return str(exc)
    if isinstance(exc, gzip.BadGzipFile):
        return f"not a valid gzip file ({exc}); decompress it or drop the .gz suffix"
    if isinstance(exc, (EOFError, zlib.error)):
        return "the compressed file is truncated or corrupt; download or compress it again"
    if isinstance(exc, PermissionError):
        return "permission denied; check the file's permissions"
    if isinstance(exc, IsADirectoryError):
        return "is a directory where a file was expected"
    return f"could not be read: {getattr(exc, 'strerror', None) or exc}"
