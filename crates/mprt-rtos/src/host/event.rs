//! Host event groups and notifications.
//!
//! Contract: [`EventGroup`] keeps 32 bits; `set_bits` wakes all waiters so
//! each re-checks its own any/all condition. [`Notify`] accumulates bits
//! until taken by one waiter (it is also the per-task notification cell).
//! Waits are interruptible and may time out.

use core::time::Duration;
use std::sync::Arc;

use super::wait::{Cv, Monitor};
use crate::api::{EventGroupApi, NotifyApi};
use crate::types::{WaitError, WaitMode};

/// 32 event bits.
pub struct EventGroup {
    m: Arc<Monitor<u32>>,
}

impl EventGroupApi for EventGroup {
    fn new() -> EventGroup {
        EventGroup { m: Monitor::new(0) }
    }
    fn set_bits(&self, bits: u32) -> u32 {
        let mut g = self.m.lock();
        *g |= bits;
        let v = *g;
        drop(g);
        self.m.notify_all_a();
        v
    }
    fn clear_bits(&self, bits: u32) -> u32 {
        let mut g = self.m.lock();
        let v = *g;
        *g &= !bits;
        v
    }
    fn bits(&self) -> u32 {
        *self.m.lock()
    }
    fn wait_bits(
        &self,
        bits: u32,
        mode: WaitMode,
        clear_on_exit: bool,
        timeout: Option<Duration>,
    ) -> Result<u32, WaitError> {
        let mut g = self.m.wait_for(Cv::A, timeout, |v| match mode {
            WaitMode::Any => *v & bits != 0,
            WaitMode::All => *v & bits == bits,
        })?;
        let v = *g;
        if clear_on_exit {
            *g &= !bits;
        }
        Ok(v)
    }
}

struct NState {
    value: u32,
    pending: bool,
}

/// Notification cell: bits accumulate until one waiter takes them.
pub struct Notify {
    m: Arc<Monitor<NState>>,
}

impl NotifyApi for Notify {
    fn new() -> Notify {
        Notify {
            m: Monitor::new(NState {
                value: 0,
                pending: false,
            }),
        }
    }
    fn notify(&self, bits: u32) {
        let mut g = self.m.lock();
        g.value |= bits;
        g.pending = true;
        drop(g);
        self.m.notify_one_a();
    }
    fn wait(&self, timeout: Option<Duration>) -> Result<u32, WaitError> {
        let mut g = self.m.wait_for(Cv::A, timeout, |s| s.pending)?;
        g.pending = false;
        Ok(core::mem::take(&mut g.value))
    }
    fn try_take(&self) -> Option<u32> {
        self.wait(Some(Duration::ZERO)).ok()
    }
    fn is_pending(&self) -> bool {
        self.m.lock().pending
    }
}
