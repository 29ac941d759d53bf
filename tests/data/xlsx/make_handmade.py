#!/usr/bin/env python3
"""Zips the hand-written XML under handmade/ and handmade1904/ into the .xlsx fixtures beside this script.

The XML is written and checked by hand (see the comments in tst_xlsx_reader.cpp for the expected cells), so the
reader is tested against a workbook our own writer did not produce. Re-run after editing the XML.
"""
import os
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
for name in ("handmade", "handmade1904"):
    source = os.path.join(here, name)
    target = os.path.join(here, name + ".xlsx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        # [Content_Types].xml first, as Excel writes it; then the rest in a stable order.
        paths = []
        for root, _, files in os.walk(source):
            for f in files:
                paths.append(os.path.relpath(os.path.join(root, f), source))
        paths.sort(key=lambda p: (p != "[Content_Types].xml", p))
        for path in paths:
            info = zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(os.path.join(source, path), "rb") as f:
                archive.writestr(info, f.read())
    print("wrote", target)
