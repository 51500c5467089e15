"""Norm IDs as labeltool makes them from CISO Assistant ref_ids (read/ciso_common.cpp)."""

import re


def norm_id(text):
    """Runs of characters other than letters, digits and . _ - become one '-'."""
    out = re.sub(r"[^A-Za-z0-9._-]+", "-", text).lstrip("-")
    return out.rstrip("-.")
