//! Micro benchmark (not part of the test run):
//! `cargo run --release -p mprt-rtos --features std --example rtos_bench`.
//!
//! Prints uncontended and contended lock acquire/release rates and the GIL
//! hand-off latency (two tasks ping-ponging via `yield_to_waiters`).

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mprt_rtos::prelude::*;
use mprt_rtos::{Gil, Mutex};

fn main() {
    // Uncontended lock/unlock.
    let m = Mutex::new();
    let n = 1_000_000u64;
    let t = Instant::now();
    for _ in 0..n {
        m.lock().unwrap();
        m.unlock().unwrap();
    }
    let dt = t.elapsed();
    println!(
        "mutex uncontended: {:.1} M lock+unlock/s ({:.0} ns each)",
        n as f64 / dt.as_secs_f64() / 1e6,
        dt.as_nanos() as f64 / n as f64
    );

    // Contended: 4 tasks for a fixed wall time.
    let m = Arc::new(Mutex::new());
    let stop = Arc::new(AtomicBool::new(false));
    let total = Arc::new(AtomicU64::new(0));
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let (m, stop, total) = (m.clone(), stop.clone(), total.clone());
            mprt_rtos::spawn(TaskOptions::new(&format!("bench-{i}")), move || {
                while !stop.load(Ordering::Relaxed) {
                    m.lock().unwrap();
                    total.fetch_add(1, Ordering::Relaxed);
                    m.unlock().unwrap();
                }
            })
            .unwrap()
        })
        .collect();
    let window = Duration::from_millis(500);
    std::thread::sleep(window);
    stop.store(true, Ordering::Relaxed);
    for h in handles {
        h.join().unwrap();
    }
    println!(
        "mutex contended (4 tasks): {:.2} M lock+unlock/s",
        total.load(Ordering::Relaxed) as f64 / window.as_secs_f64() / 1e6
    );

    // GIL hand-off latency: two tasks alternate via yield_to_waiters.
    let gil = Arc::new(Gil::new());
    let rounds = 20_000u64;
    let t = Instant::now();
    let handles: Vec<_> = (0..2)
        .map(|i| {
            let gil = gil.clone();
            mprt_rtos::spawn(TaskOptions::new(&format!("gil-{i}")), move || {
                gil.acquire();
                let mut switches = 0u64;
                let mut spins = 0u64;
                while switches < rounds {
                    if gil.yield_to_waiters() {
                        switches += 1;
                    } else {
                        spins += 1;
                        if spins > 10_000_000 {
                            break; // partner finished
                        }
                    }
                }
                gil.release().unwrap();
            })
            .unwrap()
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let dt = t.elapsed();
    println!(
        "GIL hand-off: {:.1} us per hand-off ({} hand-offs in {:?})",
        dt.as_secs_f64() * 1e6 / (2 * rounds) as f64,
        2 * rounds,
        dt
    );
}
