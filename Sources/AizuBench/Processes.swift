// The process benchmarks: the shipped binary started from outside, as a user starts it.

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

/// Runs `executable` with `arguments`, its output to /dev/null, and waits for it.
func runProcess(_ executable: String, _ arguments: [String], environment: [String: String])
  -> ProcessRun?
{
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer { (argv + envp).forEach { free($0) } }
  var processID: pid_t = 0
  let start = now()
  guard posix_spawn(&processID, executable, &actions, nil, argv, envp) == 0 else { return nil }
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
