#!/usr/bin/env python3
"""files-after-delete.py N [SIZE] [FOLDER] -- what creating N files costs right after deleting N files.

Writes N files of SIZE bytes (default 9000, the size of an average SiteGen file) into FOLDER/a,
deletes them, then writes N new ones into FOLDER/b and prints both times with the process's system
CPU. On an ext4 file system without a journal (this machine's root), the inode allocator skips
recently deleted inodes by scanning them for every new file, so the second pass can cost many times
the first: see docs/performance.md, "The file system after a deletion". FOLDER defaults to a new
folder in /tmp; everything written is removed at the end.
"""
import os, shutil, sys, tempfile, time

def write(folder, n, data):
    os.makedirs(folder)
    start, sys0 = time.time(), os.times().system
    for i in range(n):
        with open(os.path.join(folder, f"{i}.html"), "wb") as f:
            f.write(data)
    return time.time() - start, os.times().system - sys0

def main():
    n = int(sys.argv[1])
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 9000
    root = tempfile.mkdtemp(prefix="files-after-delete-", dir=sys.argv[3] if len(sys.argv) > 3 else None)
    data = b"x" * size
    try:
        wall, system = write(os.path.join(root, "a"), n, data)
        print(f"{n} new files of {size} bytes: {wall:.2f} s ({system:.2f} s system)")
        shutil.rmtree(os.path.join(root, "a"))
        wall, system = write(os.path.join(root, "b"), n, data)
        print(f"{n} new files right after deleting {n}: {wall:.2f} s ({system:.2f} s system)")
    finally:
        shutil.rmtree(root, ignore_errors=True)

if __name__ == "__main__":
    main()
