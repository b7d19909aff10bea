#!/usr/bin/env python3
"""Item (d) of the benchmark: PyYAML's CSafeLoader (libyaml) loading every
catalog file into Python objects, as a script author would start.

    pyyaml_load.py FILE... | @LIST
"""
import sys

import yaml


def main():
    files = []
    for a in sys.argv[1:]:
        if a.startswith("@"):
            with open(a[1:], encoding="utf-8") as f:
                files.extend(line.strip() for line in f if line.strip())
        else:
            files.append(a)
    if not yaml.__with_libyaml__:
        sys.exit("pyyaml_load: PyYAML was built without libyaml (no CSafeLoader)")
    docs = []
    for path in files:
        with open(path, "rb") as f:
            docs.append(yaml.load(f, Loader=yaml.CSafeLoader))
    print(f"{len(docs)} files, {sum(len(d.get('procedures') or []) for d in docs)} procedures")


if __name__ == "__main__":
    main()
