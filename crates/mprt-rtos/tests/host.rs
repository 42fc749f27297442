//! Host-backend tests: real OS threads, no mocks. Timing is only ever used
//! as a lower bound (timeouts really waited) or a generous upper bound.
#![cfg(feature = "std")]

use std::collections::HashSet;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use mprt_rtos::prelude::*;
use mprt_rtos::{EventGroup, Gil, Mutex, Notify, Queue, RecursiveMutex, Semaphore, TaskHandle};

/// Upper bound for things that "should be quick".
const LONG: Duration = Duration::from_secs(10);
const SHORT: Duration = Duration::from_millis(50);

fn spawn(name: &str, f: impl FnOnce() + Send + 'static) -> TaskHandle {
    mprt_rtos::spawn(TaskOptions::new(name).stack_size(256 * 1024), f).unwrap()
}

/// Waits (bounded, sleeping) until `cond` holds; panics after `LONG`.
fn eventually(what: &str, mut cond: impl FnMut() -> bool) {
    let t = Instant::now();
    while !cond() {
        assert!(t.elapsed() < LONG, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(1));
    }
}

fn task_state(id: TaskId) -> Option<TaskState> {
    mprt_rtos::tasks()
        .into_iter()
        .find(|t| t.id == id)
        .map(|t| t.state)
}

#[test]
fn mutex_exclusion_16_threads() {
    let m = Arc::new(Mutex::new());
    let counter = Arc::new(AtomicU64::new(0));
    let hs: Vec<_> = (0..16)
        .map(|i| {
            let (m, c) = (m.clone(), counter.clone());
            spawn(&format!("mx-{i}"), move || {
                for _ in 0..10_000 {
                    m.lock().unwrap();
                    // Deliberately non-atomic read-modify-write: only the
                    // lock makes it exact.
                    let v = c.load(Ordering::Relaxed);
                    c.store(v + 1, Ordering::Relaxed);
                    m.unlock().unwrap();
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    assert_eq!(counter.load(Ordering::Relaxed), 160_000);
    assert!(!m.is_locked());
}

#[test]
fn mutex_released_by_other_task_and_timeouts() {
    let m = Arc::new(Mutex::new());
    assert!(m.try_lock());
    assert!(!m.try_lock());
    let t = Instant::now();
    assert_eq!(m.lock_timeout(Some(SHORT)), Err(WaitError::Timeout));
    let el = t.elapsed();
    assert!(el >= SHORT && el < LONG, "{el:?}");
    // Another task unlocks it (Python Lock semantics).
    let m2 = m.clone();
    spawn("unlocker", move || m2.unlock().unwrap())
        .join()
        .unwrap();
    assert!(!m.is_locked());
    assert_eq!(m.unlock(), Err(Error::NotLocked));
    {
        let _g = m.lock_guard().unwrap();
        assert!(m.is_locked());
    }
    assert!(!m.is_locked());
    // A blocked locker is woken by an unlock from a third task.
    m.lock().unwrap();
    let m3 = m.clone();
    let waiter = spawn("locker", move || m3.lock_timeout(Some(LONG)).unwrap());
    m.unlock().unwrap();
    waiter.join().unwrap();
    assert!(m.is_locked());
}

#[test]
fn recursive_mutex() {
    let m = Arc::new(RecursiveMutex::new());
    assert_eq!(m.lock().unwrap(), 1);
    assert_eq!(m.lock().unwrap(), 2);
    assert!(m.try_lock());
    assert_eq!(m.depth(), 3);
    assert_eq!(m.owner(), Some(mprt_rtos::current_task_id()));
    let m2 = m.clone();
    spawn("rec-other", move || {
        assert!(!m2.try_lock());
        assert_eq!(m2.unlock(), Err(Error::NotOwner));
        assert_eq!(m2.lock_timeout(Some(SHORT)), Err(WaitError::Timeout));
    })
    .join()
    .unwrap();
    assert_eq!(m.unlock(), Ok(2));
    assert_eq!(m.unlock(), Ok(1));
    let m2 = m.clone();
    let waiter = spawn("rec-waiter", move || {
        assert_eq!(m2.lock_timeout(Some(LONG)), Ok(1));
        assert_eq!(m2.unlock(), Ok(0));
    });
    assert_eq!(m.unlock(), Ok(0));
    waiter.join().unwrap();
    assert_eq!(m.owner(), None);
    assert_eq!(m.unlock(), Err(Error::NotOwner));
}

#[test]
fn semaphore_producer_consumer() {
    let items = Arc::new(Semaphore::new(0, 1000));
    let consumed = Arc::new(AtomicUsize::new(0));
    let consumers: Vec<_> = (0..3)
        .map(|i| {
            let (s, c) = (items.clone(), consumed.clone());
            spawn(&format!("sem-c{i}"), move || {
                for _ in 0..1000 {
                    s.acquire(Some(LONG)).unwrap();
                    c.fetch_add(1, Ordering::SeqCst);
                }
            })
        })
        .collect();
    let producers: Vec<_> = (0..3)
        .map(|i| {
            let s = items.clone();
            spawn(&format!("sem-p{i}"), move || {
                for _ in 0..1000 {
                    // Retry on overflow: the bound is honoured.
                    while s.release() == Err(Error::Overflow) {
                        std::thread::yield_now();
                    }
                }
            })
        })
        .collect();
    for h in producers.into_iter().chain(consumers) {
        h.join().unwrap();
    }
    assert_eq!(consumed.load(Ordering::SeqCst), 3000);
    assert_eq!(items.count(), 0);
    assert!(!items.try_acquire());
    let t = Instant::now();
    assert_eq!(items.acquire(Some(SHORT)), Err(WaitError::Timeout));
    assert!(t.elapsed() >= SHORT);
    let b = Semaphore::new(5, 2);
    assert_eq!((b.count(), b.max()), (2, 2));
    assert_eq!(b.release(), Err(Error::Overflow));
}

#[test]
fn queue_mpmc_exactly_once() {
    const PER: u32 = 2500;
    let q = Arc::new(Queue::<Option<u32>>::with_capacity(8));
    assert_eq!(q.capacity(), 8);
    let producers: Vec<_> = (0..4u32)
        .map(|p| {
            let q = q.clone();
            spawn(&format!("q-p{p}"), move || {
                for i in 0..PER {
                    q.send(Some(p * PER + i), Some(LONG)).unwrap();
                }
            })
        })
        .collect();
    let results = Arc::new(std::sync::Mutex::new(Vec::new()));
    let consumers: Vec<_> = (0..4)
        .map(|c| {
            let (q, r) = (q.clone(), results.clone());
            spawn(&format!("q-c{c}"), move || {
                let mut got = Vec::new();
                while let Some(v) = q.recv(Some(LONG)).unwrap() {
                    got.push(v);
                }
                r.lock().unwrap().extend(got);
            })
        })
        .collect();
    for h in producers {
        h.join().unwrap();
    }
    for _ in 0..4 {
        q.send(None, Some(LONG)).unwrap();
    }
    for h in consumers {
        h.join().unwrap();
    }
    let all = results.lock().unwrap();
    assert_eq!(all.len(), 4 * PER as usize);
    let set: HashSet<u32> = all.iter().copied().collect();
    assert_eq!(set.len(), all.len());
    assert!(set.iter().all(|&v| v < 4 * PER));
    assert!(q.is_empty());
}

#[test]
fn queue_timeouts_and_try() {
    let q = Queue::<u8>::with_capacity(2);
    assert_eq!(q.try_recv(), None);
    let t = Instant::now();
    assert_eq!(q.recv(Some(SHORT)), Err(WaitError::Timeout));
    assert!(t.elapsed() >= SHORT);
    q.try_send(1).unwrap();
    q.send(2, None).unwrap();
    assert_eq!(q.len(), 2);
    let e = q.try_send(3).unwrap_err();
    assert_eq!((e.item, e.reason), (3, WaitError::Timeout));
    let t = Instant::now();
    let e = q.send(4, Some(SHORT)).unwrap_err();
    assert_eq!(e.item, 4);
    assert!(t.elapsed() >= SHORT);
    assert_eq!(q.recv(None), Ok(1));
    assert_eq!(q.try_recv(), Some(2));
}

#[test]
fn event_group_any_all() {
    let eg = Arc::new(EventGroup::new());
    let e2 = eg.clone();
    let any = spawn("eg-any", move || {
        let v = e2
            .wait_bits(0b110, WaitMode::Any, false, Some(LONG))
            .unwrap();
        assert_ne!(v & 0b110, 0);
    });
    eg.set_bits(0b010);
    any.join().unwrap();
    let e3 = eg.clone();
    let all = spawn("eg-all", move || {
        let v = e3
            .wait_bits(0b101, WaitMode::All, true, Some(LONG))
            .unwrap();
        assert_eq!(v & 0b101, 0b101);
    });
    eg.set_bits(0b001);
    eventually("all-waiter blocked", || {
        task_state(all.id()) == Some(TaskState::Blocked)
    });
    assert!(!all.is_finished());
    eg.set_bits(0b100);
    all.join().unwrap();
    // The all-waiter cleared its bits on exit; bit 1 is untouched.
    assert_eq!(eg.bits(), 0b010);
    eg.clear_bits(0b010);
    let t = Instant::now();
    assert_eq!(
        eg.wait_bits(0b1000, WaitMode::Any, false, Some(SHORT)),
        Err(WaitError::Timeout)
    );
    assert!(t.elapsed() >= SHORT);
    eg.set_bits(0b11);
    assert_eq!(
        eg.wait_bits(0b11, WaitMode::All, false, Some(Duration::ZERO)),
        Ok(0b11)
    );
    assert_eq!(eg.clear_bits(0b01), 0b11);
    assert_eq!(
        eg.wait_bits(0b11, WaitMode::All, false, Some(Duration::ZERO)),
        Err(WaitError::Timeout)
    );
    assert_eq!(eg.wait_bits(0, WaitMode::All, false, None), Ok(0b10));
}

#[test]
fn notify_and_task_notifications() {
    let n = Arc::new(Notify::new());
    assert_eq!(n.try_take(), None);
    n.notify(1);
    n.notify(4);
    assert!(n.is_pending());
    assert_eq!(n.wait(None), Ok(5));
    let t = Instant::now();
    assert_eq!(n.wait(Some(SHORT)), Err(WaitError::Timeout));
    assert!(t.elapsed() >= SHORT);
    let n2 = n.clone();
    let h = spawn("notified", move || {
        n2.wait(Some(LONG)).unwrap();
    });
    n.notify(0);
    h.join().unwrap();

    let got = Arc::new(AtomicU64::new(0));
    let g2 = got.clone();
    let h = spawn("task-notify", move || {
        let v = mprt_rtos::wait_notification(Some(LONG)).unwrap();
        g2.store(u64::from(v), Ordering::SeqCst);
    });
    assert!(mprt_rtos::notify_task(h.id(), 0x80));
    h.join().unwrap();
    assert_eq!(got.load(Ordering::SeqCst), 0x80);
    assert!(!mprt_rtos::notify_task(TaskId(u64::MAX), 1));
    assert_eq!(
        mprt_rtos::wait_notification(Some(Duration::ZERO)),
        Err(WaitError::Timeout)
    );
}

#[test]
fn gil_fairness_two_threads() {
    const TOTAL: u64 = 200_000;
    let gil = Arc::new(Gil::new());
    let total = Arc::new(AtomicU64::new(0));
    let counts = Arc::new([AtomicU64::new(0), AtomicU64::new(0)]);
    // Hold the GIL until both workers are queued, so the test does not
    // depend on thread start-up timing.
    gil.acquire();
    let hs: Vec<_> = (0..2)
        .map(|i| {
            let (gil, total, counts) = (gil.clone(), total.clone(), counts.clone());
            spawn(&format!("gil-{i}"), move || {
                gil.acquire();
                let mut n = 0u64;
                while total.load(Ordering::Relaxed) < TOTAL {
                    total.store(total.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
                    counts[i].fetch_add(1, Ordering::Relaxed);
                    n += 1;
                    if n.is_multiple_of(100) {
                        gil.yield_to_waiters();
                    }
                }
                gil.release().unwrap();
            })
        })
        .collect();
    eventually("two GIL waiters", || {
        hs.iter()
            .all(|h| task_state(h.id()) == Some(TaskState::Ready))
    });
    assert!(gil.is_held_by_current());
    gil.release().unwrap();
    assert!(!gil.is_held_by_current());
    for h in hs {
        h.join().unwrap();
    }
    let (a, b) = (
        counts[0].load(Ordering::Relaxed),
        counts[1].load(Ordering::Relaxed),
    );
    assert_eq!(total.load(Ordering::Relaxed), TOTAL);
    assert_eq!(a + b, TOTAL);
    // FIFO hand-off alternates the two workers in chunks of ~100.
    assert!(a >= TOTAL / 4 && b >= TOTAL / 4, "unfair split {a}/{b}");
}

#[test]
fn gil_drop_request_and_release_errors() {
    let gil = Arc::new(Gil::new());
    gil.set_switch_interval(Duration::from_millis(1));
    assert_eq!(gil.switch_interval(), Duration::from_millis(1));
    assert_eq!(gil.release(), Err(Error::NotOwner));
    assert!(!gil.yield_to_waiters());
    gil.acquire();
    assert!(!gil.yield_to_waiters()); // nobody waits
    let g2 = gil.clone();
    let waiter = spawn("gil-waiter", move || {
        g2.acquire();
        assert!(g2.is_held_by_current());
        g2.release().unwrap();
    });
    // The waiter raises the flag itself after a switch interval.
    eventually("drop request", || gil.drop_requested());
    assert!(gil.has_waiters());
    assert!(gil.yield_to_waiters()); // waiter runs, releases, we get it back
    assert!(gil.is_held_by_current());
    assert!(!gil.drop_requested());
    gil.release().unwrap();
    waiter.join().unwrap();
}

#[test]
fn without_gil_lets_others_run() {
    let gil = Arc::new(Gil::new());
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let entered = Arc::new(mprt_rtos::Semaphore::new(0, 1));
    let (g2, e2) = (gil.clone(), entered.clone());
    let blocker = spawn("blocked-io", move || {
        g2.acquire();
        let r = mprt_rtos::without_gil(&*g2, || {
            e2.release().unwrap();
            rx.recv_timeout(LONG) // a blocking call outside the VM
        });
        assert!(r.is_ok());
        assert!(g2.is_held_by_current());
        g2.release().unwrap();
    });
    entered.acquire(Some(LONG)).unwrap();
    // The blocker holds no GIL while blocked: we can take it.
    gil.acquire();
    assert!(gil.is_held_by_current());
    gil.release().unwrap();
    tx.send(()).unwrap();
    blocker.join().unwrap();
    // Also with a sleep of this crate inside.
    gil.acquire();
    let r = mprt_rtos::without_gil(&*gil, || mprt_rtos::sleep(Duration::from_millis(1)));
    assert_eq!(r, Ok(()));
    assert!(gil.is_held_by_current());
    gil.release().unwrap();
}

#[test]
fn interrupt_wakes_blocked_waits() {
    let m = Arc::new(Mutex::new());
    m.lock().unwrap();
    let m2 = m.clone();
    let h = spawn("intr", move || {
        // Blocks forever unless interrupted.
        assert_eq!(m2.lock(), Err(WaitError::Interrupted));
        assert!(mprt_rtos::interrupt_pending());
        // Pending interrupt makes further waits return at once ...
        assert_eq!(
            mprt_rtos::sleep(Duration::from_secs(3600)),
            Err(WaitError::Interrupted)
        );
        // ... but a wait whose condition already holds still succeeds.
        let q = Queue::<u8>::with_capacity(1);
        q.send(1, None).unwrap();
        assert_eq!(q.recv(None), Ok(1));
        assert!(mprt_rtos::take_interrupt());
        assert!(!mprt_rtos::take_interrupt());
        assert_eq!(
            q.recv(Some(Duration::from_millis(1))),
            Err(WaitError::Timeout)
        );
    });
    eventually("task blocked", || {
        task_state(h.id()) == Some(TaskState::Blocked)
    });
    h.interrupt();
    h.join().unwrap();
    m.unlock().unwrap();

    // interrupt_main() wakes the registered main task's sleep.
    let me = mprt_rtos::current_task_id();
    let k = spawn("sigint", move || {
        eventually("main blocked", || {
            task_state(me) == Some(TaskState::Blocked)
        });
        assert!(mprt_rtos::interrupt_main());
    });
    mprt_rtos::set_main_task();
    let t = Instant::now();
    assert_eq!(
        mprt_rtos::sleep(Duration::from_secs(3600)),
        Err(WaitError::Interrupted)
    );
    assert!(t.elapsed() < LONG);
    assert!(mprt_rtos::take_interrupt());
    k.join().unwrap();
    assert!(!mprt_rtos::interrupt_task(TaskId(u64::MAX)));
}

#[test]
fn thousand_tasks() {
    let n = Arc::new(AtomicUsize::new(0));
    let hs: Vec<_> = (0..1000)
        .map(|i| {
            let n = n.clone();
            mprt_rtos::spawn(
                TaskOptions::new(&format!("t{i}")).stack_size(64 * 1024),
                move || {
                    n.fetch_add(1, Ordering::SeqCst);
                },
            )
            .unwrap()
        })
        .collect();
    let ids: HashSet<TaskId> = hs.iter().map(|h| h.id()).collect();
    assert_eq!(ids.len(), 1000);
    for h in hs {
        h.join().unwrap();
    }
    assert_eq!(n.load(Ordering::SeqCst), 1000);
}

#[test]
fn tasks_lists_live_tasks() {
    let gate = Arc::new(Semaphore::new(0, 3));
    let hs: Vec<_> = (0..3)
        .map(|i| {
            let g = gate.clone();
            mprt_rtos::spawn(
                TaskOptions::new(&format!("listed-{i}"))
                    .priority(3 + i as u8)
                    .stack_size(128 * 1024),
                move || g.acquire(Some(LONG)).unwrap(),
            )
            .unwrap()
        })
        .collect();
    eventually("listed tasks blocked", || {
        hs.iter()
            .all(|h| task_state(h.id()) == Some(TaskState::Blocked))
    });
    let list = mprt_rtos::tasks();
    for (i, h) in hs.iter().enumerate() {
        let t = list.iter().find(|t| t.id == h.id()).expect("listed");
        assert_eq!(t.name, format!("listed-{i}"));
        assert_eq!(h.name(), t.name);
        assert_eq!(t.priority, 3 + i as u8);
        assert_eq!(t.stack_size, 128 * 1024);
        assert_eq!(t.kind, TaskKind::Service);
        assert_eq!(t.core, None);
        let hw = t.stack_high_water.expect("high water");
        assert!(hw > 0 && hw <= 128 * 1024);
        #[cfg(target_os = "linux")]
        assert!(t.native_id.is_some() && t.native_id == h.native_id());
    }
    // The calling (adopted) thread is listed too.
    let me = mprt_rtos::current_task_id();
    assert!(mprt_rtos::tasks().iter().any(|t| t.id == me));
    for _ in 0..3 {
        gate.release().unwrap();
    }
    let ids: Vec<TaskId> = hs.iter().map(|h| h.id()).collect();
    for h in hs {
        h.join().unwrap();
    }
    let list = mprt_rtos::tasks();
    assert!(ids.iter().all(|id| list.iter().all(|t| t.id != *id)));
}

#[test]
fn join_timeout_and_panics() {
    let gate = Arc::new(Semaphore::new(0, 1));
    let g = gate.clone();
    let h = spawn("joinee", move || g.acquire(Some(LONG)).unwrap());
    assert_eq!(h.join_timeout(Some(SHORT)), Err(WaitError::Timeout));
    assert!(!h.is_finished());
    gate.release().unwrap();
    assert_eq!(h.join_timeout(Some(LONG)), Ok(()));
    assert!(h.is_finished());
    h.join().unwrap();
    let p = spawn("panicker", || panic!("expected test panic"));
    assert_eq!(p.join_timeout(Some(LONG)), Ok(()));
    assert_eq!(p.join(), Err(Error::TaskPanicked));
}

#[test]
fn soft_reset_stops_python_tasks_only() {
    let q = Arc::new(Queue::<u8>::with_capacity(1));
    let stopped = Arc::new(AtomicUsize::new(0));
    let py: Vec<_> = (0..3)
        .map(|i| {
            let (q, s) = (q.clone(), stopped.clone());
            mprt_rtos::spawn(TaskOptions::new(&format!("py-{i}")).python(), move || {
                match q.recv(None) {
                    Err(WaitError::Interrupted) if mprt_rtos::stop_requested() => {}
                    other => panic!("unexpected {other:?}"),
                }
                s.fetch_add(1, Ordering::SeqCst);
            })
            .unwrap()
        })
        .collect();
    let svc_gate = Arc::new(Semaphore::new(0, 1));
    let g = svc_gate.clone();
    let svc = spawn("service", move || g.acquire(None).unwrap());
    eventually("python tasks blocked", || {
        py.iter()
            .all(|h| task_state(h.id()) == Some(TaskState::Blocked))
    });
    assert!(mprt_rtos::request_stop_python_tasks() >= 3);
    mprt_rtos::wait_python_tasks(Some(LONG)).unwrap();
    assert_eq!(stopped.load(Ordering::SeqCst), 3);
    for h in py {
        assert!(h.is_finished());
        h.join().unwrap();
    }
    // The service task was not disturbed.
    assert!(!svc.is_finished());
    eventually("service blocked", || {
        task_state(svc.id()) == Some(TaskState::Blocked)
    });
    svc_gate.release().unwrap();
    svc.join().unwrap();
}

#[test]
fn ticks_and_sleep() {
    let a = mprt_rtos::tick_us();
    mprt_rtos::sleep(Duration::from_millis(20)).unwrap();
    let b = mprt_rtos::tick_us();
    assert!(b - a >= 20_000, "{a} {b}");
    mprt_rtos::sleep_until(b + 10_000).unwrap();
    assert!(mprt_rtos::tick_us() >= b + 10_000);
    assert!(mprt_rtos::tick_ms() >= b / 1000);
    mprt_rtos::sleep(Duration::ZERO).unwrap();
    mprt_rtos::yield_now();
}
