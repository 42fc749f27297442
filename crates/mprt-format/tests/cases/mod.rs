#[rustfmt::skip]
pub mod generated;
