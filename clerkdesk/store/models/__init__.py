"""The tables, one module per register (and `audit` for the machinery's), all on one `Base`.

Times are UTC moments; dates a policy counts in days are plain dates. Importing this package
imports every module in it, so `Base.metadata` holds every table: a register's new module needs
no line here.
"""

from __future__ import annotations

import importlib
import pkgutil

from ..base import NAMING as NAMING
from ..base import Base as Base

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")
