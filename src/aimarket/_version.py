"""The installed version of aimarket ("0.0.0" when run from a source tree that is not installed)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("aimarket")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"
