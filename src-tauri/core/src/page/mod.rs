//! Read models of the pages that combine several slices — Today, the tandem list and
//! overview, the meeting page. They sit above every slice they read, so no slice has to
//! import a sibling to fill a page.

pub mod meeting;
pub mod tandems;
pub mod today;
