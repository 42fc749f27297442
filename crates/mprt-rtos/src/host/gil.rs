//! Host GIL: FIFO hand-off lock with drop requests.
//!
//! Contract: the state (holder + FIFO of waiters, each with its own condvar)
//! lives under one std mutex. `release` with waiters transfers ownership
//! directly to the first one (it never becomes free in between, so nobody
//! can barge); `yield_to_waiters` does that and queues the caller at the
//! back. A waiter sleeps in timed waits of one switch interval; when one
//! expires with no hand-off having happened since it started, the waiter
//! sets `drop_requested` (cleared at each hand-off). Acquisition is not
//! interruptible. While queued a task's state is `Ready`.

use alloc::collections::VecDeque;
use core::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use core::time::Duration;
use std::sync::{Arc, Condvar, Mutex as StdMutex, MutexGuard};

use super::task;
use super::wait::lock;
use crate::api::GilApi;
use crate::types::{Error, TaskId, TaskState};

/// Smallest switch interval honoured (smaller values are raised to it).
pub const MIN_SWITCH_INTERVAL: Duration = Duration::from_micros(50);
/// Default switch interval.
pub const DEFAULT_SWITCH_INTERVAL: Duration = Duration::from_millis(5);

struct GilState {
    holder: Option<TaskId>,
    queue: VecDeque<(TaskId, Arc<Condvar>)>,
    /// Number of times the GIL changed hands (or was taken).
    switches: u64,
}

/// The global interpreter lock (host backend).
pub struct Gil {
    state: StdMutex<GilState>,
    /// Holder's task id (0 = none), readable without the lock.
    holder_id: AtomicU64,
    waiting: AtomicUsize,
    drop_request: AtomicBool,
    interval_ns: AtomicU64,
}

impl Gil {
    /// Gives the GIL to the first waiter (caller holds the state lock and
    /// the GIL). Returns false if nobody waits (the GIL stays with the caller).
    fn hand_off(&self, g: &mut GilState) -> bool {
        match g.queue.pop_front() {
            Some((next, cv)) => {
                g.holder = Some(next);
                g.switches += 1;
                self.holder_id.store(next.0, Ordering::SeqCst);
                self.waiting.store(g.queue.len(), Ordering::SeqCst);
                self.drop_request.store(false, Ordering::SeqCst);
                cv.notify_one();
                true
            }
            None => false,
        }
    }

    /// Queues `me` and blocks until the GIL is handed to it.
    fn wait_turn<'a>(&'a self, mut g: MutexGuard<'a, GilState>, me: TaskId) {
        let cv = Arc::new(Condvar::new());
        g.queue.push_back((me, cv.clone()));
        self.waiting.store(g.queue.len(), Ordering::SeqCst);
        let rec = task::current_record();
        let prev = task::set_state(&rec, TaskState::Ready);
        let mut seen = g.switches;
        while g.holder != Some(me) {
            let interval = self.switch_interval();
            let (ng, res) = match cv.wait_timeout(g, interval) {
                Ok(x) => x,
                Err(e) => e.into_inner(),
            };
            g = ng;
            if g.holder == Some(me) {
                break;
            }
            if res.timed_out() {
                if g.switches == seen {
                    self.drop_request.store(true, Ordering::SeqCst);
                }
                seen = g.switches;
            }
        }
        drop(g);
        task::restore_state(&rec, prev);
    }
}

impl GilApi for Gil {
    fn new() -> Gil {
        Gil {
            state: StdMutex::new(GilState {
                holder: None,
                queue: VecDeque::new(),
                switches: 0,
            }),
            holder_id: AtomicU64::new(0),
            waiting: AtomicUsize::new(0),
            drop_request: AtomicBool::new(false),
            interval_ns: AtomicU64::new(DEFAULT_SWITCH_INTERVAL.as_nanos() as u64),
        }
    }

    fn acquire(&self) {
        let me = task::current_id();
        let mut g = lock(&self.state);
        assert!(
            g.holder != Some(me),
            "Gil::acquire called by the task that holds the GIL"
        );
        if g.holder.is_none() && g.queue.is_empty() {
            g.holder = Some(me);
            g.switches += 1;
            self.holder_id.store(me.0, Ordering::SeqCst);
            return;
        }
        self.wait_turn(g, me);
    }

    fn release(&self) -> Result<(), Error> {
        let me = task::current_id();
        let mut g = lock(&self.state);
        if g.holder != Some(me) {
            return Err(Error::NotOwner);
        }
        if !self.hand_off(&mut g) {
            g.holder = None;
            self.holder_id.store(0, Ordering::SeqCst);
            self.drop_request.store(false, Ordering::SeqCst);
        }
        Ok(())
    }

    fn yield_to_waiters(&self) -> bool {
        if self.waiting.load(Ordering::SeqCst) == 0 {
            return false;
        }
        let me = task::current_id();
        let mut g = lock(&self.state);
        if g.holder != Some(me) || !self.hand_off(&mut g) {
            return false;
        }
        self.wait_turn(g, me);
        true
    }

    fn drop_requested(&self) -> bool {
        self.drop_request.load(Ordering::Relaxed)
    }

    fn has_waiters(&self) -> bool {
        self.waiting.load(Ordering::SeqCst) != 0
    }

    fn is_held_by_current(&self) -> bool {
        let h = self.holder_id.load(Ordering::SeqCst);
        h != 0 && h == task::current_id().0
    }

    fn switch_interval(&self) -> Duration {
        Duration::from_nanos(self.interval_ns.load(Ordering::Relaxed))
    }

    fn set_switch_interval(&self, interval: Duration) {
        let i = interval.max(MIN_SWITCH_INTERVAL);
        let ns = u64::try_from(i.as_nanos()).unwrap_or(u64::MAX);
        self.interval_ns.store(ns, Ordering::Relaxed);
    }
}
