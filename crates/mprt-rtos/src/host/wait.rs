//! The one blocking-wait building block of the host backend.
//!
//! Contract: a [`Monitor`] is a std mutex over some state plus two condvars.
//! [`Monitor::wait_for`] checks a readiness predicate under the lock, and if
//! it must block it first registers the monitor in the calling task's
//! wait-slot (state `Blocked`), so that an interrupt can lock the monitor and
//! `notify_all` it. The predicate is always checked before the interrupt
//! flag and the deadline, so a woken waiter consumes an available resource
//! rather than dropping a wake-up; this makes `notify_one` safe for
//! single-resource hand-offs. Poisoned std locks are recovered (a panicking
//! task must not wedge the others).

use core::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex as StdMutex, MutexGuard};
use std::time::{Duration, Instant};

use super::task::{self, TaskRecord};
use crate::types::{TaskState, WaitError};

/// Locks a std mutex, ignoring poisoning.
pub(crate) fn lock<S>(m: &StdMutex<S>) -> MutexGuard<'_, S> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Something an interrupter can wake: lock its state and notify all waiters.
pub(crate) trait Wake: Send + Sync {
    /// Wakes every waiter so it re-checks its interrupt flag.
    fn wake(&self);
}

/// Which of the monitor's two condition variables a wait uses.
#[derive(Clone, Copy)]
pub(crate) enum Cv {
    A,
    B,
}

/// State + two condvars (e.g. "not empty" / "not full").
pub(crate) struct Monitor<S> {
    pub state: StdMutex<S>,
    pub a: Condvar,
    pub b: Condvar,
    /// Tasks currently inside a condvar wait of this monitor; changed only
    /// under `state`, so a notifier that changed the state under the lock
    /// and reads it afterwards sees every waiter that could miss the change.
    sleepers: AtomicUsize,
}

impl<S: Send> Wake for Monitor<S> {
    fn wake(&self) {
        let _g = lock(&self.state);
        self.a.notify_all();
        self.b.notify_all();
    }
}

/// Deadline for a timeout; `None` (forever) also for unrepresentable ones.
pub(crate) fn deadline(timeout: Option<Duration>) -> Option<Instant> {
    timeout.and_then(|d| Instant::now().checked_add(d))
}

/// A task's registration as blocked on a monitor; undone on drop.
pub(crate) struct Registration {
    rec: Arc<TaskRecord>,
    prev: u8,
}

impl Registration {
    /// Registers the calling task as blocked on `w`. Must be called without
    /// holding `w`'s state lock.
    pub(crate) fn new(w: Arc<dyn Wake>) -> Registration {
        let rec = task::current_record();
        task::touch_stack(&rec);
        *lock(&rec.wait_slot) = Some(w);
        let prev = rec.state.swap(TaskState::Blocked.to_u8(), task::SEQ);
        Registration { rec, prev }
    }

    /// Whether the task has a pending interrupt or stop request.
    pub(crate) fn interrupted(&self) -> bool {
        self.rec.pending.load(task::SEQ) != 0
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        *lock(&self.rec.wait_slot) = None;
        self.rec.state.store(self.prev, task::SEQ);
    }
}

/// A satisfied wait: the state guard (dropped first) and the registration.
pub(crate) struct Waited<'a, S> {
    pub guard: MutexGuard<'a, S>,
    _reg: Option<Registration>,
}

impl<S> core::ops::Deref for Waited<'_, S> {
    type Target = S;
    fn deref(&self) -> &S {
        &self.guard
    }
}

impl<S> core::ops::DerefMut for Waited<'_, S> {
    fn deref_mut(&mut self) -> &mut S {
        &mut self.guard
    }
}

impl<S: Send + 'static> Monitor<S> {
    /// New monitor around `state`.
    pub(crate) fn new(state: S) -> Arc<Monitor<S>> {
        Arc::new(Monitor {
            state: StdMutex::new(state),
            a: Condvar::new(),
            b: Condvar::new(),
            sleepers: AtomicUsize::new(0),
        })
    }

    /// Wakes one waiter of condvar A, skipping the syscall if nobody sleeps.
    /// Call after releasing the state lock.
    pub(crate) fn notify_one_a(&self) {
        if self.sleepers.load(Ordering::SeqCst) != 0 {
            self.a.notify_one();
        }
    }

    /// Wakes one waiter of condvar B (see [`Monitor::notify_one_a`]).
    pub(crate) fn notify_one_b(&self) {
        if self.sleepers.load(Ordering::SeqCst) != 0 {
            self.b.notify_one();
        }
    }

    /// Wakes all waiters of condvar A (see [`Monitor::notify_one_a`]).
    pub(crate) fn notify_all_a(&self) {
        if self.sleepers.load(Ordering::SeqCst) != 0 {
            self.a.notify_all();
        }
    }

    /// Locks the state without waiting for any condition.
    pub(crate) fn lock(&self) -> MutexGuard<'_, S> {
        lock(&self.state)
    }

    /// Waits on condvar `cv` until `ready(state)` holds, the timeout elapses
    /// or the task is interrupted. On success the state is still locked.
    pub(crate) fn wait_for<'a>(
        self: &'a Arc<Self>,
        cv: Cv,
        timeout: Option<Duration>,
        mut ready: impl FnMut(&mut S) -> bool,
    ) -> Result<Waited<'a, S>, WaitError> {
        let mut g = lock(&self.state);
        if ready(&mut g) {
            return Ok(Waited {
                guard: g,
                _reg: None,
            });
        }
        if timeout == Some(Duration::ZERO) {
            return Err(WaitError::Timeout);
        }
        let deadline = deadline(timeout);
        drop(g);
        let reg = Registration::new(self.clone());
        let cv = match cv {
            Cv::A => &self.a,
            Cv::B => &self.b,
        };
        let mut g = lock(&self.state);
        loop {
            if ready(&mut g) {
                return Ok(Waited {
                    guard: g,
                    _reg: Some(reg),
                });
            }
            if reg.interrupted() {
                return Err(WaitError::Interrupted);
            }
            self.sleepers.fetch_add(1, Ordering::SeqCst);
            g = match deadline {
                None => cv.wait(g).unwrap_or_else(|e| e.into_inner()),
                Some(d) => {
                    let now = Instant::now();
                    if now >= d {
                        self.sleepers.fetch_sub(1, Ordering::SeqCst);
                        return Err(WaitError::Timeout);
                    }
                    match cv.wait_timeout(g, d - now) {
                        Ok((g, _)) => g,
                        Err(e) => e.into_inner().0,
                    }
                }
            };
            self.sleepers.fetch_sub(1, Ordering::SeqCst);
        }
    }
}
