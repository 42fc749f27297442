//! Host locks and semaphores: [`Mutex`] (binary semaphore, releasable by
//! any task), [`RecursiveMutex`] (owner + depth) and [`Semaphore`]
//! (counting, bounded).
//!
//! Contract: all waits go through [`Monitor::wait_for`] (blocking condvar
//! waits, interruptible, optional timeout). No fairness is promised for
//! these locks (a releasing task may re-take a lock before a woken waiter);
//! the GIL is the fair one.

use core::time::Duration;
use std::sync::Arc;

use super::task;
use super::wait::{Cv, Monitor};
use crate::api::{MutexApi, RecursiveMutexApi, SemaphoreApi};
use crate::types::{Error, TaskId, WaitError};

/// Non-recursive lock; any task may unlock it (Python `_thread.LockType`).
pub struct Mutex {
    m: Arc<Monitor<bool>>,
}

impl MutexApi for Mutex {
    fn new() -> Mutex {
        Mutex {
            m: Monitor::new(false),
        }
    }
    fn lock_timeout(&self, timeout: Option<Duration>) -> Result<(), WaitError> {
        let mut g = self.m.wait_for(Cv::A, timeout, |locked| !*locked)?;
        *g = true;
        Ok(())
    }
    fn try_lock(&self) -> bool {
        let mut g = self.m.lock();
        if *g {
            false
        } else {
            *g = true;
            true
        }
    }
    fn unlock(&self) -> Result<(), Error> {
        let mut g = self.m.lock();
        if !*g {
            return Err(Error::NotLocked);
        }
        *g = false;
        drop(g);
        self.m.notify_one_a();
        Ok(())
    }
    fn is_locked(&self) -> bool {
        *self.m.lock()
    }
}

struct RecState {
    owner: Option<TaskId>,
    depth: u32,
}

/// Recursive mutex: re-lockable by its owner, unlockable only by it.
pub struct RecursiveMutex {
    m: Arc<Monitor<RecState>>,
}

impl RecursiveMutexApi for RecursiveMutex {
    fn new() -> RecursiveMutex {
        RecursiveMutex {
            m: Monitor::new(RecState {
                owner: None,
                depth: 0,
            }),
        }
    }
    fn lock_timeout(&self, timeout: Option<Duration>) -> Result<u32, WaitError> {
        let me = task::current_id();
        let mut g = self
            .m
            .wait_for(Cv::A, timeout, |s| s.owner.is_none() || s.owner == Some(me))?;
        g.owner = Some(me);
        g.depth += 1;
        Ok(g.depth)
    }
    fn try_lock(&self) -> bool {
        self.lock_timeout(Some(Duration::ZERO)).is_ok()
    }
    fn unlock(&self) -> Result<u32, Error> {
        let me = task::current_id();
        let mut g = self.m.lock();
        if g.owner != Some(me) {
            return Err(Error::NotOwner);
        }
        g.depth -= 1;
        let left = g.depth;
        if left == 0 {
            g.owner = None;
            drop(g);
            self.m.notify_one_a();
        }
        Ok(left)
    }
    fn owner(&self) -> Option<TaskId> {
        self.m.lock().owner
    }
    fn depth(&self) -> u32 {
        self.m.lock().depth
    }
}

struct SemState {
    count: u32,
    max: u32,
}

/// Counting semaphore with a maximum count.
pub struct Semaphore {
    m: Arc<Monitor<SemState>>,
}

impl SemaphoreApi for Semaphore {
    fn new(initial: u32, max: u32) -> Semaphore {
        let max = max.max(1);
        Semaphore {
            m: Monitor::new(SemState {
                count: initial.min(max),
                max,
            }),
        }
    }
    fn acquire(&self, timeout: Option<Duration>) -> Result<(), WaitError> {
        let mut g = self.m.wait_for(Cv::A, timeout, |s| s.count > 0)?;
        g.count -= 1;
        Ok(())
    }
    fn try_acquire(&self) -> bool {
        self.acquire(Some(Duration::ZERO)).is_ok()
    }
    fn release(&self) -> Result<(), Error> {
        let mut g = self.m.lock();
        if g.count >= g.max {
            return Err(Error::Overflow);
        }
        g.count += 1;
        drop(g);
        self.m.notify_one_a();
        Ok(())
    }
    fn count(&self) -> u32 {
        self.m.lock().count
    }
    fn max(&self) -> u32 {
        self.m.lock().max
    }
}
