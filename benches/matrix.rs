//! Micro-benchmark: evaluating the whole entitlement matrix (17 competency mixes × 4 contract states, each
//! asked for its entitlement, its Support for Business plans for 3 products, and its cloud plans), plus the
//! Rules page's 18-row matrix. `cargo bench --bench matrix` prints the median; under `cargo test` it runs once.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Instant;

use common::matrix::{mixes, scenario, CONTRACT_STATES, PRODUCTS};
use support_benefits::domain::azure::cloud_plans;
use support_benefits::domain::entitlement::{entitlement_on, matrix};
use support_benefits::domain::support_for_business::plans_for;
use support_benefits::domain::State;

fn evaluate(states: &[State]) -> usize {
    let mut n = matrix().len();
    for s in states {
        n += entitlement_on(&s.tenant.offers, s.today).0.on_premises as usize;
        for (product, _) in &PRODUCTS[..3] {
            n += plans_for(s, product).unwrap().len();
        }
        n += cloud_plans(s).unwrap().len();
    }
    n
}

fn main() {
    let states: Vec<State> = mixes()
        .into_iter()
        .flat_map(|mix| CONTRACT_STATES.into_iter().map(move |c| scenario(mix, c)))
        .collect();
    let benchmarking = std::env::args().any(|a| a == "--bench");
    let (batches, per_batch) = if benchmarking { (31, 200) } else { (1, 1) };
    let mut times = Vec::with_capacity(batches);
    for _ in 0..batches {
        let start = Instant::now();
        for _ in 0..per_batch {
            black_box(evaluate(black_box(&states)));
        }
        times.push(start.elapsed().as_secs_f64() / per_batch as f64);
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "whole matrix ({} states + 18 rows): median {:.1} µs per evaluation ({} batches of {})",
        states.len(),
        median * 1e6,
        batches,
        per_batch
    );
    assert!(median < 1e-3 || !benchmarking, "over the 1 ms budget");
}
