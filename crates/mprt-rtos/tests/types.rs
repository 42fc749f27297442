//! Backend-neutral tests: run with and without the `std` feature.

use mprt_rtos::{TaskKind, TaskOptions, TaskState, WaitError};

#[test]
fn task_options_builder() {
    let o = TaskOptions::new("worker")
        .priority(7)
        .stack_size(4096)
        .python()
        .core(1);
    assert_eq!(o.name, "worker");
    assert_eq!(o.priority, 7);
    assert_eq!(o.stack_size, 4096);
    assert_eq!(o.kind, TaskKind::Python);
    assert_eq!(o.core, Some(1));
    assert_eq!(TaskOptions::new("s").kind, TaskKind::Service);
}

#[test]
fn task_state_roundtrip() {
    for s in [
        TaskState::Running,
        TaskState::Ready,
        TaskState::Blocked,
        TaskState::Suspended,
        TaskState::Deleted,
    ] {
        assert_eq!(TaskState::from_u8(s.to_u8()), s);
        assert!(!s.as_str().is_empty());
    }
    assert_ne!(WaitError::Timeout, WaitError::Interrupted);
}
