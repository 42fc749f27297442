//! Host bounded MPMC queue.
//!
//! Contract: FIFO; `send` blocks while full (condvar B = "not full"),
//! `recv` blocks while empty (condvar A = "not empty"); each successful
//! operation wakes one waiter of the opposite side. Every item sent is
//! received exactly once. Waits are interruptible and may time out; a failed
//! send returns the item.

use alloc::collections::VecDeque;
use core::time::Duration;
use std::sync::Arc;

use super::wait::{Cv, Monitor};
use crate::api::QueueApi;
use crate::types::{SendError, WaitError};

struct QState<T> {
    items: VecDeque<T>,
    cap: usize,
}

/// Bounded multi-producer multi-consumer queue.
pub struct Queue<T> {
    m: Arc<Monitor<QState<T>>>,
}

impl<T: Send + 'static> QueueApi<T> for Queue<T> {
    fn with_capacity(capacity: usize) -> Queue<T> {
        let cap = capacity.max(1);
        Queue {
            m: Monitor::new(QState {
                items: VecDeque::with_capacity(cap),
                cap,
            }),
        }
    }
    fn send(&self, item: T, timeout: Option<Duration>) -> Result<(), SendError<T>> {
        match self.m.wait_for(Cv::B, timeout, |s| s.items.len() < s.cap) {
            Ok(mut g) => {
                g.items.push_back(item);
                drop(g);
                self.m.notify_one_a();
                Ok(())
            }
            Err(reason) => Err(SendError { item, reason }),
        }
    }
    fn recv(&self, timeout: Option<Duration>) -> Result<T, WaitError> {
        let mut g = self.m.wait_for(Cv::A, timeout, |s| !s.items.is_empty())?;
        let item = g.items.pop_front();
        drop(g);
        self.m.notify_one_b();
        Ok(item.expect("queue non-empty under lock"))
    }
    fn len(&self) -> usize {
        self.m.lock().items.len()
    }
    fn capacity(&self) -> usize {
        self.m.lock().cap
    }
}
