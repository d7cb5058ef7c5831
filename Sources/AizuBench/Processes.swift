// The process benchmarks: the shipped binary started from outside, as a user starts it.

import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// A finished child process: its wall time and peak memory.
struct ProcessRun {
  var nanoseconds: Double
  var peakBytes: Double
  var status: Int32
}

/// Where the benchmarked `aizusim` is: beside this program, in the same build directory.
func builtAizusim() -> String {
  PseudoTerminal.builtExecutable(named: "aizusim")
}

/// The environment of every child: no history, no colour, a home of its own.
func childEnvironment(home: String) -> [String: String] {
  [
    "HOME": home, "NO_COLOR": "1", "LANG": "C.UTF-8", "TERM": "xterm-256color",
    "PATH": "/usr/bin:/bin",
  ]
}

/// Starts `executable` with `arguments`, standard input and error on /dev/null and standard
/// output on `output` (/dev/null when `nil`); the process ID, or `nil` when it cannot start.
private func spawn(
  _ executable: String, _ arguments: [String], environment: [String: String],
  output: Int32? = nil, closing: Int32? = nil
) -> pid_t? {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  if let output {
    posix_spawn_file_actions_adddup2(&actions, output, 1)
  } else {
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  }
  if let closing { posix_spawn_file_actions_addclose(&actions, closing) }
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer { (argv + envp).forEach { free($0) } }
  var processID: pid_t = 0
  guard posix_spawn(&processID, executable, &actions, nil, argv, envp) == 0 else { return nil }
  return processID
}

/// Runs `executable` with `arguments`, its output to /dev/null, and waits for it.
func runProcess(_ executable: String, _ arguments: [String], environment: [String: String])
  -> ProcessRun?
{
  let start = now()
  guard let processID = spawn(executable, arguments, environment: environment) else {
    return nil
  }
  var status: Int32 = 0
  var usage = rusage()
  guard wait4(processID, &status, 0, &usage) == processID else { return nil }
  let elapsed = Double(now() - start)
  // ru_maxrss is in kilobytes on Linux.
  return ProcessRun(
    nanoseconds: elapsed, peakBytes: Double(usage.ru_maxrss) * 1024, status: (status >> 8) & 0xFF)
}

/// Time from starting the shell on a terminal to its first prompt, as a person sees it.
func timeToFirstPrompt(_ executable: String, environment: [String: String]) -> Double? {
  let start = now()
  guard
    let terminal = try? PseudoTerminal(
      executable: executable, arguments: ["--no-history"], environment: environment),
    (try? terminal.expect("aizu> ")) != nil
  else { return nil }
  let elapsed = Double(now() - start)
  try? terminal.send(.ctrlD)
  _ = try? terminal.waitForExit()
  return elapsed
}

/// The peak memory of `executable` run with `arguments`, in bytes.
///
/// A child started by `posix_spawn` (a vfork) or `fork` is charged, at its `exec`, with its
/// parent's peak memory: measured directly, every child of this benchmark would look as
/// big as the benchmark. So a small copy of this program (`--child-rss`) starts the child
/// and reports the child's own peak, as `/usr/bin/time` does.
func peakMemory(_ executable: String, _ arguments: [String], environment: [String: String])
  -> Double?
{
  var pipe: [Int32] = [0, 0]
  guard Glibc.pipe(&pipe) == 0 else { return nil }
  let spawned = spawn(
    "/proc/self/exe", [childRSSFlag, executable] + arguments, environment: environment,
    output: pipe[1], closing: pipe[0])
  close(pipe[1])
  defer { close(pipe[0]) }
  guard let processID = spawned else { return nil }
  var output: [UInt8] = []
  var chunk = [UInt8](repeating: 0, count: 256)
  while true {
    let count = chunk.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
    guard count > 0 else { break }
    output += chunk[0..<count]
  }
  var status: Int32 = 0
  waitpid(processID, &status, 0)
  let text = String(decoding: output, as: UTF8.self).split(whereSeparator: {
    $0 == " " || $0 == "\n"
  })
  // "KILOBYTES STATUS": the peak, and the child's exit status (0 when it succeeded).
  guard text.count == 2, let kilobytes = Double(text[0]), text[1] == "0" else { return nil }
  return kilobytes * 1024
}

let childRSSFlag = "--child-rss"

/// `aizusim-bench --child-rss EXECUTABLE ARGUMENT…`: runs the executable, its output to
/// /dev/null, and prints its peak memory in kilobytes and its exit status.
func reportChildRSS(_ arguments: [String]) -> Never {
  guard let executable = arguments.first,
    let run = runProcess(
      executable, Array(arguments.dropFirst()),
      environment: ProcessInfo.processInfo.environment)
  else { exit(1) }
  print("\(Int(run.peakBytes / 1024)) \(run.status)")
  exit(0)
}
