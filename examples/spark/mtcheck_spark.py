#!/usr/bin/env python3
"""Checks a JSONL corpus with mtcheck on Apache Spark, one mtcheck process per partition.

    spark-submit --files /path/to/mtcheck examples/spark/mtcheck_spark.py \\
        records.jsonl out/ [--partitions N] [--mtcheck /path/to/mtcheck] [-- CHECK-FLAGS...]

Writes out/units/part-*: the units as mtcheck check --format jsonl writes them, partition after
partition in input order; and out/summary.json: the partitions' summaries merged with
mtcheck merge, the document mtcheck check --input - --format json writes for the whole input.

Each partition's lines are fed to `mtcheck check --input - --format jsonl --summary FILE
--first-line N` (N: the partition's first line in the whole input, from a first counting pass)
on a thread while its units are read back; not RDD.pipe, which ignores a failed exit, cuts the
partition short in silence and hangs on an exception upstream. Exit 0, 1 (findings) and 2
(bad records, reported in the summary) are results; any other exit, or death by a signal,
fails the task with the exit status and the tail of the tool's standard error, and so does a
summary that read fewer lines than were fed. Text is read with
textinputformat.record.delimiter set to "\\n", as mtcheck reads lines (Hadoop's default
reader also ends a line at a bare "\\r").
"""

import argparse
import itertools
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading

from pyspark import SparkFiles, StorageLevel
from pyspark.sql import SparkSession

# Exit codes of mtcheck that are results, not failures: clean, findings, bad records.
RESULTS = (0, 1, 2)
STDERR_TAIL = 4000


class ToolFailed(RuntimeError):
    """mtcheck ended in a way that is not a result."""


def executable(name_or_path):
    """The mtcheck binary on this machine: the copy --files shipped, else the path given."""
    name = os.path.basename(name_or_path)
    try:
        shipped = SparkFiles.get(name)
    except Exception:  # no SparkContext files here
        shipped = None
    path = shipped if shipped and os.path.exists(shipped) else name_or_path
    if os.path.exists(path) and not os.access(path, os.X_OK):
        # A shipped file may lose its mode bits on the way.
        try:
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
        except OSError:
            copy = os.path.join(tempfile.mkdtemp(prefix="mtcheck-bin-"), name)
            shutil.copy(path, copy)
            os.chmod(copy, 0o755)
            path = copy
    return path


def describe(returncode):
    if returncode < 0:
        return f"killed by signal {-returncode}"
    return f"exit code {returncode}"


def check_partition(binary, flags, first_lines):
    """The function mapPartitionsWithIndex runs: yields ("u", unit line) for every unit and
    one ("s", index, summary document) at the end. `first_lines[index]` is the number, in the
    whole input, of the partition's first line."""

    def run(index, lines):
        lines = iter(lines)
        first = next(lines, None)
        if first is None:
            return  # an empty partition: nothing read, nothing to merge
        lines = itertools.chain([first], lines)
        exe = executable(binary)
        work = tempfile.mkdtemp(prefix=f"mtcheck-part-{index}-")
        summary = os.path.join(work, "summary.json")
        errlog = open(os.path.join(work, "stderr"), "w+b")
        cmd = [exe, "check", "--input", "-", "--format", "jsonl", "--summary", summary, "--quiet"]
        # Lines numbered as in the whole input: messages, and the ids of records without one.
        cmd += ["--first-line", str(first_lines[index])] + flags
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errlog)
        except OSError as e:
            shutil.rmtree(work, ignore_errors=True)
            raise ToolFailed(f"partition {index}: cannot start {exe}: {e}") from e
        fed = [0]
        upstream = []

        def feed():
            try:
                for line in lines:
                    proc.stdin.write(line.encode("utf-8") + b"\n")
                    fed[0] += 1
            except BrokenPipeError:
                pass  # the tool stopped reading: its exit status says why
            except BaseException as e:  # the records upstream failed: stop the tool, report it
                upstream.append(e)
            finally:
                try:
                    proc.stdin.close()
                except OSError:
                    pass

        feeder = threading.Thread(target=feed, name=f"mtcheck-feed-{index}", daemon=True)
        feeder.start()
        try:
            for line in proc.stdout:
                yield ("u", line.decode("utf-8").rstrip("\n"))
            proc.wait()
            feeder.join()
            if upstream:
                raise upstream[0]
            errlog.seek(0)
            tail = errlog.read().decode("utf-8", "replace")[-STDERR_TAIL:]
            if proc.returncode not in RESULTS:
                raise ToolFailed(
                    f"mtcheck failed on partition {index} ({describe(proc.returncode)}) after "
                    f"{fed[0]} lines fed; its standard error ends with:\n{tail}"
                )
            try:
                with open(summary, encoding="utf-8") as f:
                    doc = f.read()
                read = json.loads(doc)["input"]["lines"]
            except (OSError, ValueError, KeyError, TypeError) as e:
                raise ToolFailed(
                    f"mtcheck wrote no summary for partition {index} ({describe(proc.returncode)}; "
                    f"{e}); its standard error ends with:\n{tail}"
                ) from e
            if read != fed[0]:
                raise ToolFailed(
                    f"mtcheck read {read} lines of partition {index}, {fed[0]} were fed "
                    f"({describe(proc.returncode)}); its standard error ends with:\n{tail}"
                )
            yield ("s", index, doc)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            errlog.close()
            shutil.rmtree(work, ignore_errors=True)

    return run


def read_lines(sc, path, partitions):
    """The input's lines, split into about `partitions` partitions, in file order."""
    conf = {"textinputformat.record.delimiter": "\n"}
    if partitions:
        size = os.path.getsize(path) if os.path.exists(path) else 0
        if size:
            conf["mapreduce.input.fileinputformat.split.maxsize"] = str(size // partitions + 1)
    rdd = sc.newAPIHadoopFile(
        path,
        "org.apache.hadoop.mapreduce.lib.input.TextInputFormat",
        "org.apache.hadoop.io.LongWritable",
        "org.apache.hadoop.io.Text",
        conf=conf,
    )
    return rdd.map(lambda kv: kv[1])


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSONL records: a file on a file system Spark reads")
    parser.add_argument("out", help="output folder (must not exist)")
    parser.add_argument("--partitions", type=int, default=0,
                        help="partitions to cut the input into (default: as Spark splits it)")
    parser.add_argument("--mtcheck", default="mtcheck",
                        help="the mtcheck binary: its name as shipped with --files, or a path on every node")
    parser.add_argument("--input-name", default=None,
                        help="name of the input in the merged summary (default <stdin>, as one run over standard input names it)")
    parser.add_argument("--summary", default=None,
                        help="where the driver writes the merged summary (default OUT/summary.json; give it when OUT is not a local folder)")
    parser.epilog = "Flags after -- go to mtcheck check (--metrics, --config, --tgt-lang ...)."
    flags = []
    if "--" in argv:
        cut = argv.index("--")
        argv, flags = argv[:cut], argv[cut + 1:]
    args = parser.parse_args(argv)

    spark = SparkSession.builder.appName("mtcheck").getOrCreate()
    sc = spark.sparkContext
    lines = read_lines(sc, args.input, args.partitions)
    # A first pass counts each partition's lines (reading only), so that each one is checked
    # with its lines numbered as in the whole input.
    counts = dict(lines.mapPartitionsWithIndex(lambda i, it: [(i, sum(1 for _ in it))]).collect())
    first_lines, line = {}, 1
    for i in sorted(counts):
        first_lines[i] = line
        line += counts[i]
    tagged = lines.mapPartitionsWithIndex(check_partition(args.mtcheck, flags, first_lines))
    # On disk, so each partition is checked once for both outputs and memory stays flat.
    tagged.persist(StorageLevel.DISK_ONLY)
    local_out = "://" not in args.out
    merged = args.summary or (os.path.join(args.out, "summary.json") if local_out else None)
    if merged is None:
        parser.error("give --summary PATH: OUT is not a local folder")
    try:
        tagged.filter(lambda t: t[0] == "u").map(lambda t: t[1]).saveAsTextFile(
            os.path.join(args.out, "units"))
        summaries = sorted((t[1], t[2]) for t in tagged.filter(lambda t: t[0] == "s").collect())
    finally:
        tagged.unpersist()
    work = tempfile.mkdtemp(prefix="mtcheck-merge-")
    try:
        docs = []
        for index, doc in summaries:
            p = os.path.join(work, f"part-{index:05d}.json")
            with open(p, "w", encoding="utf-8") as f:
                f.write(doc)
            docs.append(p)
        cmd = [executable(args.mtcheck), "merge", *docs, "-o", merged]
        if args.input_name:
            cmd += ["--input-name", args.input_name]
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode != 0:
            raise ToolFailed(f"mtcheck merge failed ({describe(done.returncode)}): {done.stderr[-STDERR_TAIL:]}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    with open(merged, encoding="utf-8") as f:
        s = json.load(f)["summary"]
    print(
        f"mtcheck on Spark: {len(summaries)} partitions, {s['articles']} articles checked, "
        f"{s['input_errors']} records skipped, {s['findings']} findings; {merged}",
        file=sys.stderr,
    )
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
