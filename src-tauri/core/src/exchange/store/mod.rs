//! The exchange tables. Plain SQL; the rules live in the modules above.

pub mod files;
pub mod items;
pub mod peers;

pub use files::*;
pub use items::*;
pub use peers::*;
