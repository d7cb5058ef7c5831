#!/usr/bin/env bash
# Builds one libFuzzer target and runs it (docs/reliability.md, "Fuzzing").
#
#   Tests/Fuzz/run.sh TARGET SECONDS [LIBFUZZER FLAG…]
#
# TARGET is scenario, shell or transcript; SECONDS is -max_total_time. Further arguments go to
# libFuzzer as they are (-seed=1, -runs=N, a crash file to reproduce, …).
#
# The build goes to .build-fuzz (ignored by git): release, -sanitize=fuzzer,address for the
# Swift code and -fsanitize=fuzzer-no-link,address for the C and C++ code (toml++ under
# TOMLKit), with -DFUZZING so that the entry point is libFuzzer's LLVMFuzzerTestOneInput rather
# than the replaying main a normal build has. The run works in .build-fuzz/corpus/TARGET (new
# inputs) with Tests/Fuzz/TARGET (the seeds, never written) and Tests/Fuzz/TARGET.dict, under
# `nice`, one process, each input limited to 1 second and 2 GiB; its log and any finding
# (crash-…, timeout-…, leak-…, oom-…) go to .build-fuzz/runs/TARGET-DATE/.
#
# Environment: FUZZ_NO_BUILD=1 skips the build; FUZZ_SANITIZERS=fuzzer builds without
# AddressSanitizer, in .build-fuzz-fuzzer (about three times faster; the default is
# fuzzer,address).
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() {
  echo "usage: Tests/Fuzz/run.sh scenario|shell|transcript SECONDS [LIBFUZZER FLAG…]" >&2
  exit 2
}
[ $# -ge 2 ] || usage
target=$1
seconds=$2
shift 2
case "$target" in
  scenario) product=FuzzScenario ;;
  shell) product=FuzzShell ;;
  transcript) product=FuzzTranscript ;;
  *) usage ;;
esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

sanitizers=${FUZZ_SANITIZERS:-fuzzer,address}
# One build folder per choice of sanitizers, so that switching does not rebuild everything.
scratch=.build-fuzz
[ "$sanitizers" = fuzzer,address ] || scratch=".build-fuzz-${sanitizers//,/-}"
mkdir -p "$scratch"
# The default linker, gold, fails on these binaries with "internal error in format_file_lineno";
# lld, which the toolchain ships beside swift, links them.
lld="$(dirname "$(command -v swift)")/ld.lld"
printf '{"schemaVersion": "1.0", "linker": {"path": "%s"}}\n' "$lld" >"$scratch/toolset.json"
build=(swift build -c release --scratch-path "$scratch" --toolset "$scratch/toolset.json"
  -Xswiftc "-sanitize=$sanitizers" -Xswiftc -DFUZZING
  -Xcc "-fsanitize=${sanitizers/fuzzer/fuzzer-no-link}"
  -Xcxx "-fsanitize=${sanitizers/fuzzer/fuzzer-no-link}")
if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
  nice -n 10 "${build[@]}" --product "$product"
fi
binary="$("${build[@]}" --show-bin-path)/$product"

corpus="$scratch/corpus/$target"
run="$scratch/runs/$target-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$corpus" "$run"
seeds="$PWD/Tests/Fuzz/$target"
dict="$PWD/Tests/Fuzz/$target.dict"
echo "run.sh: $binary, log and findings in $run" >&2

# -jobs=1 -workers=1: one fuzzing process (the machine is shared); libFuzzer then writes the
# log to fuzz-0.log in the current folder, which is the run's folder.
cd "$run"
set +e
# SWIFT_BACKTRACE: Swift's own crash reporter would read the crashed process's memory
# under AddressSanitizer (reported as a heap overflow of its own) and keep libFuzzer from
# minimising; libFuzzer reports the crash and writes the input instead.
SWIFT_BACKTRACE=enable=no \
  LSAN_OPTIONS="suppressions=$OLDPWD/Tests/Fuzz/lsan.supp:print_suppressions=0" \
  nice -n 10 "$binary" -jobs=1 -workers=1 \
  -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
  -dict="$dict" -artifact_prefix="$PWD/" -print_final_stats=1 \
  "$@" "$OLDPWD/$corpus" "$seeds"
status=$?
set -e
cd "$OLDPWD"
# What the record in docs/reliability.md takes: the first and last status lines (executions,
# coverage, corpus, memory), the final statistics, any error and the findings.
log="$run/fuzz-0.log"
{
  grep -E '^#[0-9]+[[:space:]]+INITED' "$log" | head -n 1
  grep -E '^#[0-9]+[[:space:]]+(pulse|NEW|REDUCE|DONE)' "$log" | tail -n 1
  grep -E '^stat::' "$log"
  grep -E '^==[0-9]+== ?ERROR|^SUMMARY|^artifact_prefix|Test unit written' "$log"
  find "$run" -type f ! -name fuzz-0.log -printf 'finding: %p\n'
} >&2 || true
exit "$status"
