//! Seeds for the property tests. Each runs from fixed seeds written in the test, so the test command gives the
//! same result on every machine and every run. `SB_SEED=<u64>` runs every property test from that one seed
//! instead: exploring (`scripts/flake-check` walks many) or reproducing. Every run prints its seed, which the test
//! harness shows with a failure. A seed that breaks a property or a floor becomes a regression case: its number is
//! added to that test's list of seeds (docs/testing.md).
//!
//! Also compiled into `src/state/sync.rs`'s tests (`#[path]`), which cannot reach `tests/common`.
#![allow(dead_code)] // each test file uses a different subset

use proptest::test_runner::{Config, RngSeed};

/// The environment variable that switches every property test to one seed of the caller's choice.
pub const VAR: &str = "SB_SEED";

/// The seeds a test runs from: its own list, or the one `SB_SEED` names. Each is printed as it starts.
pub fn seeds(fixed: &[u64]) -> Vec<u64> {
    let seeds = match std::env::var(VAR) {
        Ok(text) => vec![text
            .trim()
            .parse()
            .unwrap_or_else(|_| panic!("{VAR}={text:?} is not a number from 0 to 2^64-1"))],
        Err(_) => fixed.to_vec(),
    };
    assert!(!seeds.is_empty(), "a property test needs at least one seed");
    seeds
}

/// A proptest configuration of `cases` cases from the test's first seed (or `SB_SEED`), for one `proptest!`
/// block. Proptest's own regression file (written on a failure, at the path it prints; committed) replays first.
pub fn config(fixed: u64, cases: u32) -> Config {
    let seed = seeds(&[fixed])[0];
    eprintln!("{VAR}={seed}");
    Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        ..Config::default()
    }
}

/// One seed's configuration for a test that drives its own `TestRunner` (counters and floors); the seed is printed.
pub fn runner_config(seed: u64, cases: u32) -> Config {
    eprintln!("{VAR}={seed}");
    Config {
        cases,
        rng_seed: RngSeed::Fixed(seed),
        // A counter test's failure is a seed, not a case: it goes into the test's list of seeds.
        failure_persistence: None,
        ..Config::default()
    }
}

/// A line the flake check reads to measure a counter's distribution over seeds: `counters <test> <name>=<n> ...`.
pub fn report(test: &str, counters: &[(&str, usize)]) {
    let fields: Vec<String> = counters.iter().map(|(k, v)| format!("{k}={v}")).collect();
    println!("counters {test} {}", fields.join(" "));
}
