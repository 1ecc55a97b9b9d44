#!/usr/bin/env python3
"""Prints a C++ file with one function that leaks a hiredis connection on an
early return after BRANCHES if-statements (about two CFG blocks each).

Usage: gen_large_function.py BRANCHES
"""
import sys

branches = int(sys.argv[1])
print("#include <hiredis/hiredis.h>")
print("int handle(int X) {")
print('  redisContext *C = redisConnect("127.0.0.1", 6379);')
print("  if (!C)")
print("    return -1;")
for i in range(branches):
    print("  if (X %% %d == 0)" % (i + 2))
    print("    X += %d;" % i)
print("  if (X < 0)")
print("    return 0;")
print("  redisFree(C);")
print("  return X;")
print("}")
