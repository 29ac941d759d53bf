#!/usr/bin/python3
"""The pandas peer of the check benchmark: read every cell as text, then one check on the decision dates.

Usage: pandas_check.py FILE — prints the number of decisions whose date is not a real ISO date or comes before
the start date (the same question as decision_dates.sql). Uses Debian's python3-pandas.
"""
import sys

import pandas as pd

frame = pd.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
decided = pd.to_datetime(frame["decision-date"], format="%Y-%m-%d", errors="coerce")
started = pd.to_datetime(frame["start-date"], format="%Y-%m-%d", errors="coerce")
filled = frame["decision-date"] != ""
bad = filled & (decided.isna() | (decided < started))
print(int(bad.sum()))
