"""`lazy`: an attribute computed on first use and kept on the instance, without a lock.

`functools.cached_property` in Python 3.11 takes one lock per attribute of a class, not
per instance: while one text computes its attribute, every other text's computation of
the same attribute waits (every check of a server waits behind one slow check). This
descriptor takes no lock; two threads that ask one instance at once may both compute
the value, which for the pure computations it is used on only costs time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

__all__ = ["LazyModule", "lazy", "numpy"]

T = TypeVar("T")


class lazy(Generic[T]):  # noqa: N801 - used as a decorator, like cached_property
    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> lazy[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | lazy[T]:
        if instance is None:
            return self
        value = self.func(instance)
        # A non-data descriptor: once the value is in the instance's __dict__, Python finds
        # it there without calling __get__ again.
        instance.__dict__[self.name] = value
        return value


class LazyModule:
    """A module imported on the first access to one of its attributes: for a heavy
    library (numpy takes a tenth of a second to import) that only some paths use. Each
    attribute found is kept on this object, so later accesses cost what a module's do."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        value = getattr(importlib.import_module(self._name), attribute)
        setattr(self, attribute, value)
        return value


numpy = LazyModule("numpy")
