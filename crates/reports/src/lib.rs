//! Health reports: per tenant (quarterly on a schedule, or on demand) and per region for
//! operators; computed from the directory, rendered as JSON and as localized HTML with inline
//! SVG charts, stored in the bucket of the subject's region only.

mod html;
mod model;
mod store;

pub use html::render_html;
pub use model::{
    DayPoint, HealthReport, Percentiles, Quarter, RegionHealth, ShardHealth, Subject, collect,
    incident_value, percentile,
};
pub use store::{ReportStore, StoreError, generate, object_keys};
