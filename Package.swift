// swift-tools-version:6.1
//
// AizuSim: an interactive shell that projects population, municipal staffing
// and face-to-face service hours for the 13 municipalities of Aizu, Fukushima.
//
//   aizusim (executable) ──► Shell ──► ScenarioFile ──► Words ──► Simulation ──► Bilingual
//             │                 ├────► Transcript ─────┘  └──► Rendering ──┘
//             │                 └────► Rendering
//             └──► LineEditor ──► CEditLine (C shim over libedit)
//   ScenarioFile ──► CTOML (C shim over toml++)

import PackageDescription

let package = Package(
  name: "aizusim",
  products: [
    .executable(name: "aizusim", targets: ["aizusim"]),
    .executable(name: "aizusim-bench", targets: ["AizuBench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    // Language and LocalizedText: bilingual text, held by every other module.
    .target(name: "Bilingual", exclude: ["README.md"]),
    // The pure model: no file I/O, no printing, no clock, no terminal.
    .target(name: "Simulation", dependencies: ["Bilingual"], exclude: ["README.md"]),
    // Every word a user sees, in Japanese and English: one catalog.
    .target(
      name: "Words", dependencies: ["Bilingual", "Simulation", "Rendering"], exclude: ["README.md"]),
    // toml++ (libtomlplusplus-dev, header-only) for Swift: a document and its nodes.
    .target(name: "CTOML", exclude: ["README.md"]),
    // TOML text in, a Scenario and every located Diagnostic out.
    .target(
      name: "ScenarioFile",
      dependencies: [
        "Bilingual", "Simulation", "Words", "CTOML",
      ],
      exclude: ["README.md"],
      resources: [
        .embedInCode("aizu.toml"), .embedInCode("aizu.nodes"), .embedInCode("ipss2023.toml"),
      ]
    ),
    // Tables, charts and number formats; widths are arguments, never read from a terminal.
    .target(name: "Rendering", dependencies: ["Bilingual"], exclude: ["README.md"]),
    // Golden transcripts of shell sessions: parse, compare, diff, update.
    .target(name: "Transcript", dependencies: ["Bilingual", "Words"], exclude: ["README.md"]),
    // The command interpreter: lines in, replies out; never touches the terminal.
    .target(
      name: "Shell",
      dependencies: [
        "Bilingual", "Simulation", "ScenarioFile", "Rendering", "Words", "Transcript",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      exclude: ["README.md"]),
    // libedit's variadic C API, wrapped in non-variadic functions Swift can call.
    .target(name: "CEditLine", linkerSettings: [.linkedLibrary("edit")]),
    .target(name: "LineEditor", dependencies: ["CEditLine", "Rendering"], exclude: ["README.md"]),
    // A tiny echo shell over LineEditor, for trying it by hand and for its pseudo-terminal tests.
    .executableTarget(name: "LineEditorDemo", dependencies: ["LineEditor"]),
    .executableTarget(
      name: "aizusim",
      dependencies: [
        "Shell", "LineEditor", "Bilingual", "Words",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // A release build is linked at a fixed address (not position-independent): the loader
      // then has ~3,000 relocations to apply at each start instead of ~80,000, and the pages
      // they would write stay shared (docs/performance.md, "Start-up, third pass").
      linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(configuration: .release))]
    ),
    // The budgets of docs/performance.md, measured and printed with pass or fail.
    .executableTarget(
      name: "AizuBench",
      dependencies: [
        "Shell", "Simulation", "Rendering", "TestSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // The seed slides' tables, typed in once, for tests to check the scenario and model against.
    .target(name: "SeedData", path: "Tests/SeedData"),
    // The scenario fixtures' expected diagnostics: one table for the decoder's tests and
    // for the binary's, so that every problem found is also printed.
    .target(name: "ScenarioFixtures", path: "Tests/ScenarioFixtures"),
    // Test helpers shared by the test targets that drive a terminal or use temporary files.
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    // Fuzzing (docs/reliability.md, "Fuzzing"): what each libFuzzer target does with an input,
    // as a library so that `swift test` replays the seed corpora and every finding, and the
    // entry points. Built normally they replay files; built by Tests/Fuzz/run.sh with
    // -sanitize=fuzzer and -DFUZZING they run libFuzzer's driver (CFuzzDriver declares it).
    .target(
      name: "FuzzHarness",
      dependencies: ["ScenarioFile", "Simulation", "Shell", "Transcript", "CFuzzDriver"],
      path: "Tests/Fuzz/Harness"),
    .target(name: "CFuzzDriver", path: "Tests/Fuzz/Driver"),
    .executableTarget(
      name: "FuzzScenario", dependencies: ["FuzzHarness"], path: "Tests/Fuzz/Entry/FuzzScenario"),
    .executableTarget(
      name: "FuzzShell", dependencies: ["FuzzHarness"], path: "Tests/Fuzz/Entry/FuzzShell"),
    .executableTarget(
      name: "FuzzTranscript", dependencies: ["FuzzHarness"],
      path: "Tests/Fuzz/Entry/FuzzTranscript"),
    .testTarget(name: "FuzzTests", dependencies: ["FuzzHarness"]),
    .testTarget(name: "AizuBenchTests", dependencies: ["AizuBench", "Shell", "Simulation"]),
    .testTarget(name: "SimulationTests", dependencies: ["Bilingual", "Simulation", "SeedData"]),
    .testTarget(
      name: "ScenarioFileTests",
      dependencies: ["Bilingual", "ScenarioFile", "Simulation", "SeedData", "ScenarioFixtures"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "RenderingTests", dependencies: ["Bilingual", "Rendering"]),
    // The catalog's sentences, on the figures of verdicts worked by hand.
    .testTarget(
      name: "WordsTests",
      dependencies: ["Bilingual", "Simulation", "Rendering", "Words", "ScenarioFile"]),
    .testTarget(name: "TranscriptTests", dependencies: ["Bilingual", "Transcript"]),
    .testTarget(
      name: "ShellTests",
      dependencies: ["Bilingual", "Simulation", "ScenarioFile", "Rendering", "Transcript", "Shell"]),
    // History format, completion and width logic, and the demo driven through a pseudo-terminal.
    .testTarget(
      name: "LineEditorTests",
      dependencies: ["LineEditor", "CEditLine", "Rendering", "LineEditorDemo", "TestSupport"]),
    // Drives the real binary: under a pseudo-terminal, in script mode, and over every transcript.
    .testTarget(
      name: "aizusimTests",
      dependencies: ["aizusim", "Shell", "Rendering", "ScenarioFixtures", "TestSupport"]),
  ],
  cxxLanguageStandard: .cxx17
)
